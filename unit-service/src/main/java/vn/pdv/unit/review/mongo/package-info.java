/** The recorded sympathiser-list reviews in MongoDB. */
package vn.pdv.unit.review.mongo;
