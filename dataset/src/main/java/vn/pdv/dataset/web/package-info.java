/** Does the data set's staff work through the province aggregator's REST API: what no event can say yet. */
package vn.pdv.dataset.web;
