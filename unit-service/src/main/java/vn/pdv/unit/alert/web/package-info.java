/** The alert inbox over HTTP: list and acknowledge. */
package vn.pdv.unit.alert.web;
