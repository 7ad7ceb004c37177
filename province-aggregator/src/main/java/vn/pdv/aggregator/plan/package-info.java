/**
 * Plans as committees write them: the quota tables, read and checked row by row against themselves, the plan's own
 * targets and the levels above and below, with a warning for each mistake; and what is kept of each imported plan.
 * The quotas a plan hands down are {@code quota}'s.
 */
package vn.pdv.aggregator.plan;
