/** Onboarding: reads an existing sympathiser list (CSV or XLSX) and checks every row as the API would. */
package vn.pdv.unit.pipeline.importing;
