/** Registering the committee's organisations over HTTP. */
package vn.pdv.unit.organisation.web;
