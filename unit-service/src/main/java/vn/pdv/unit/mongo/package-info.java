/** How the service's typed ids are stored in MongoDB: as plain strings. */
package vn.pdv.unit.mongo;
