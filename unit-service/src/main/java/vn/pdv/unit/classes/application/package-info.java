/** Planning classes, enrolling candidates, holding a class through the committee's log and the pipeline's own steps. */
package vn.pdv.unit.classes.application;
