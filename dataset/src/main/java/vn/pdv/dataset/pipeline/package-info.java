/**
 * Candidates on their way through the pipeline: who they are (reporting attributes only, never personal data), and
 * every step they take, in the rules' order and at plausible intervals, with exits at every stage.
 */
package vn.pdv.dataset.pipeline;
