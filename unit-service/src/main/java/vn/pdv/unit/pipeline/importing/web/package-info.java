/** The sympathiser-list import over HTTP. */
package vn.pdv.unit.pipeline.importing.web;
