/**
 * Quotas: what each unit is to achieve, per period (year, half, quarter, term) and metric, with the breakdown and the
 * plan each cites, as the committees above assigned it by event or by an imported plan; and the membership counts
 * that rate targets need.
 */
package vn.pdv.aggregator.quota;
