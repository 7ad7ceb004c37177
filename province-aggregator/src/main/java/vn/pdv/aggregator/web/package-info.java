/**
 * HTTP concerns shared by the aggregator's controllers: the values paths name, problem details, the one security
 * configuration, each request as one reading of the read caches, and who may read or change which unit on which day
 * ({@link vn.pdv.aggregator.web.ProvinceAccess}).
 */
package vn.pdv.aggregator.web;
