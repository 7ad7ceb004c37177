/**
 * A province's organisation tree through time: its units, where candidates are (the branches), which committee keeps
 * the log for each branch on a day, and the 1 July 2025 reorganisation (districts abolished, communes merged,
 * branches moved).
 */
package vn.pdv.dataset.organisation;
