/** Onboarding: reads an existing sympathiser list (CSV or XLSX) and records each sound row through the pipeline. */
package vn.pdv.unit.pipeline.importing;
