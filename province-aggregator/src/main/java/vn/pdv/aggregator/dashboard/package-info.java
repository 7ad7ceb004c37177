/** The dashboard: the pages province, bloc and district staff keep open, built on the progress, status and completeness services. */
package vn.pdv.aggregator.dashboard;
