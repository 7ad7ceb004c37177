/** Alerts, last statuses and contacts in MongoDB: single-document conditional writes, no transactions. */
package vn.pdv.aggregator.alert.mongo;
