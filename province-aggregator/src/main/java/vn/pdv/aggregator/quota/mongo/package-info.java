/** Quotas and membership counts in MongoDB; an event's quota is guarded by its origin. */
package vn.pdv.aggregator.quota.mongo;
