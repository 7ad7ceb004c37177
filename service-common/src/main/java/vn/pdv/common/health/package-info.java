/** Health of the store, asked in a way every MongoDB-compatible server answers. */
package vn.pdv.common.health;
