/** The committee's organisations in MongoDB, keyed by code. */
package vn.pdv.unit.organisation.mongo;
