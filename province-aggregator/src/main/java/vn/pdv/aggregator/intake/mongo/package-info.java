/** Each committee log's progress in MongoDB: its mark, its gaps, when it last spoke. */
package vn.pdv.aggregator.intake.mongo;
