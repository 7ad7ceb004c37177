/** The agenda over HTTP: {@code GET /api/agenda/{committee}} and the dashboard's agenda page. */
package vn.pdv.aggregator.agenda.web;
