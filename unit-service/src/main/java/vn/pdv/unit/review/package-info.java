/**
 * The quarterly review of each branch's sympathiser list (seed 004: "định kỳ hàng quý … xét, bổ sung, điều chỉnh danh
 * sách cảm tình đảng của chi bộ"): recording a review, and which quarters are due or overdue without one.
 */
package vn.pdv.unit.review;
