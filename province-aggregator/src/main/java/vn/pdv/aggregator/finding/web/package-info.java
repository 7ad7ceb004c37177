/** The findings over HTTP, within the caller's reach. */
package vn.pdv.aggregator.finding.web;
