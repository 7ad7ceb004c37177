/** Gathers what one unit's page shows, from the same services the JSON API answers with. */
package vn.pdv.aggregator.dashboard.application;
