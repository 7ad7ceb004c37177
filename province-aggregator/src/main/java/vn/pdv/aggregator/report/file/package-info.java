/**
 * A report as the file a committee hands in: an XLSX workbook to print and sign (Apache POI) or a CSV for other
 * tools, both laying out exactly the report's {@link vn.pdv.aggregator.report.Column columns}.
 */
package vn.pdv.aggregator.report.file;
