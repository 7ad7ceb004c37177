/** The candidate pipeline, from source to official member, under the Party's rules. */
package vn.pdv.unit.pipeline;
