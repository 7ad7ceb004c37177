/** The committee's classes in MongoDB. */
package vn.pdv.unit.classes.mongo;
