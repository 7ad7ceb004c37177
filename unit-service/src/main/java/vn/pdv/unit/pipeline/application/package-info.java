/** Records the pipeline's steps: each decided by the candidate, logged and projected under its lock; the committee's rules from its settings. */
package vn.pdv.unit.pipeline.application;
