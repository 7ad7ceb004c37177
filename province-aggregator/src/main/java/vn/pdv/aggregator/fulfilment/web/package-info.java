/** The progress API: quota, actual and per cent of plan for a unit's subtree and a period. */
package vn.pdv.aggregator.fulfilment.web;
