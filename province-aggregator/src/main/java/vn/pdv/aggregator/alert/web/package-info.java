/** The alerts API: alerts addressed to a unit, and each unit's alert contacts. */
package vn.pdv.aggregator.alert.web;
