/**
 * The candidate pipeline over HTTP: the JSON API (one request per step, the candidate's history, the deadline list)
 * and the workspace pages that read it and record each step as a form (CandidatePages, StepPages).
 */
package vn.pdv.unit.pipeline.web;
