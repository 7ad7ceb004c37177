package vn.pdv.aggregator.alert.kafka;

import org.springframework.context.annotation.Configuration;

/**
 * Nothing to declare: each committee's alerts topic ({@code pdv.alerts.<CODE>}) is declared by its unit service, or by
 * the deployment (a KafkaTopic per committee, helm/README.md), or created by the broker on first use where it may.
 */
@Configuration(proxyBeanMethods = false)
class KafkaAlertConfiguration {
}
