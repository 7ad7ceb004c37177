/** Candidates and their personal details in MongoDB. */
package vn.pdv.unit.pipeline.mongo;
