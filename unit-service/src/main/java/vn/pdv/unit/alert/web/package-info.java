/** The alert inbox over HTTP: list and acknowledge, as JSON and as a page. */
package vn.pdv.unit.alert.web;
