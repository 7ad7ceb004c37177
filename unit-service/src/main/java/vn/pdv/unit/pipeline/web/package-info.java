/** The candidate pipeline over HTTP: one request per step, the candidate's history, the deadline list. */
package vn.pdv.unit.pipeline.web;
