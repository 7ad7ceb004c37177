/** The plans API: import a plan table, list what the imports found wrong. */
package vn.pdv.aggregator.plan.web;
