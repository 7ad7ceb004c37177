/** The tree of party organisations the province's figures add up along. */
package vn.pdv.aggregator.hierarchy;
