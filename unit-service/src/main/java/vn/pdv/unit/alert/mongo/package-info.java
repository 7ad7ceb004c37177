/** Keeps alerts in MongoDB, one document per alert id. */
package vn.pdv.unit.alert.mongo;
