/** Assigning quotas over HTTP. */
package vn.pdv.unit.quota.web;
