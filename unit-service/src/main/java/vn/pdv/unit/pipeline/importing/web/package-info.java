/** The sympathiser-list import over HTTP: the API and the page (check, then load). */
package vn.pdv.unit.pipeline.importing.web;
