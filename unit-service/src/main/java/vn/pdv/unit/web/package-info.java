/**
 * HTTP concerns shared by the service's controllers: RFC 9457 problem details in Vietnamese and English, the one
 * security configuration, who may do what ({@link vn.pdv.unit.web.CommitteeAccess}), and what every workspace page
 * has ({@link vn.pdv.unit.web.WorkspaceAdvice}: the signed-in user, the sync line, refusals as pages) with the home page.
 */
package vn.pdv.unit.web;
