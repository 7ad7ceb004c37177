/** Records an imported sympathiser list through the pipeline, row by row. */
package vn.pdv.unit.pipeline.importing.application;
