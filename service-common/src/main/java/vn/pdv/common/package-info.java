/** What both services share at their edges: problem details, the clock, store health. */
package vn.pdv.common;
