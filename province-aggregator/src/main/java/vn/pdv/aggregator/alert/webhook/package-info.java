/** Posts alerts as JSON to the URLs committees registered. */
package vn.pdv.aggregator.alert.webhook;
