/** How both services authenticate to the Kafka cluster, from the environment the Helm charts set. */
package vn.pdv.common.kafka;
