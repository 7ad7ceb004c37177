package vn.pdv.aggregator;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The province's aggregator.
 *
 * <p>Its configuration file is {@code province-aggregator.yml}, not {@code application.yml}, so that it
 * can share a JVM (the local demo) with unit services without one shadowing the other.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AggregatorApplication {

    public static final String CONFIG_NAME = "province-aggregator";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AggregatorApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
