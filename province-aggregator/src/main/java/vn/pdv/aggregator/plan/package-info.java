/**
 * Plans and quotas as committees write them: who assigned how many admissions or sources to which unit for which
 * period, and the checks that say, row by row, where a plan contradicts itself or the levels above and below it.
 * Pure domain: no Spring, Kafka, Avro or Mongo.
 */
package vn.pdv.aggregator.plan;
