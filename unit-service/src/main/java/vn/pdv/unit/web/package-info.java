/** HTTP concerns shared by the service's controllers: RFC 9457 problem details in Vietnamese and English. */
package vn.pdv.unit.web;
