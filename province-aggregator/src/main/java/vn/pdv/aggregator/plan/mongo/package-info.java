/** Imported plans in MongoDB: targets and warnings, one document per plan number and metric. */
package vn.pdv.aggregator.plan.mongo;
