/** The quota API: the membership counts that rate targets need. */
package vn.pdv.aggregator.quota.web;
