/** The party organisations a committee manages: itself and its subordinate branches. */
package vn.pdv.unit.organisation;
