/** Registers organisations under the organisation tree's lock. */
package vn.pdv.unit.organisation.application;
