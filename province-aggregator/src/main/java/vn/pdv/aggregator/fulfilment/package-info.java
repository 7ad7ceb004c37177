/** Fulfilment: what each unit and its subtree achieved against its quota, exact under redelivery. */
package vn.pdv.aggregator.fulfilment;
