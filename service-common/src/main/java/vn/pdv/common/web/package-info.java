/** One RFC 9457 problem-details shape for both services, in Vietnamese and English. */
package vn.pdv.common.web;
