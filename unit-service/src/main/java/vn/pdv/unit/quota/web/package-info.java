/** Assigning quotas over HTTP, and the page of the quotas assigned with each organisation's progress. */
package vn.pdv.unit.quota.web;
