/** The key directory in MongoDB ({@code committee-keys}). */
package vn.pdv.aggregator.keys.mongo;
