/** The status API: a unit and its children judged on a day. */
package vn.pdv.aggregator.status.web;
