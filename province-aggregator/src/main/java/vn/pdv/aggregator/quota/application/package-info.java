/** Stating membership counts, for units the tree knows; the congress calendar terms are read by. */
package vn.pdv.aggregator.quota.application;
