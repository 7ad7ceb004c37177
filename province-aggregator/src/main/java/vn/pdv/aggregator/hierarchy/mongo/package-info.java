/** The tree's versions and closures in MongoDB, each written by one idempotent upsert. */
package vn.pdv.aggregator.hierarchy.mongo;
