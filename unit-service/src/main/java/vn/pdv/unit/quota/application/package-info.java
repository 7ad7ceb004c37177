/** Assigns quotas under the organisation tree's lock. */
package vn.pdv.unit.quota.application;
