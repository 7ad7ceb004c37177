/** Who awaits a decision, in MongoDB: one document per candidate, each event applied once per origin. */
package vn.pdv.aggregator.agenda.mongo;
