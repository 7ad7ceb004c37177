/** The ratings as a workbook laid out as the commendation and correction list. */
package vn.pdv.aggregator.rating.file;
