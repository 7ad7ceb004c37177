/** The ratings over HTTP: JSON, or the workbook the standing committee signs. */
package vn.pdv.aggregator.rating.web;
