/** {@code /api/keys}: the province administrator registers, lists and revokes committees' signing keys. */
package vn.pdv.aggregator.keys.web;
