/** Quotas: what each unit is to achieve, per period and metric, as the committees above assigned it. */
package vn.pdv.aggregator.quota;
