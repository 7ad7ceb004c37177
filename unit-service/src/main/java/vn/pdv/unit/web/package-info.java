/**
 * HTTP concerns shared by the service's controllers: RFC 9457 problem details in Vietnamese and English, the one
 * security configuration, and who may do what ({@link vn.pdv.unit.web.CommitteeAccess}).
 */
package vn.pdv.unit.web;
