/** Serves reports as downloads: {@code GET /api/reports/{unit}/{period}?format=xlsx|csv}. */
package vn.pdv.aggregator.report.web;
