/**
 * An independent recount of the aggregator's figures from the raw events on the topic: deliberately simple, sharing no
 * code with the aggregator, so that the two can be held against each other.
 */
package vn.pdv.dataset.recount;
