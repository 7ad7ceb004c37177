/** HTTP concerns shared by the aggregator's controllers. */
package vn.pdv.aggregator.web;
