/** Stating membership counts, for units the tree knows. */
package vn.pdv.aggregator.quota.application;
