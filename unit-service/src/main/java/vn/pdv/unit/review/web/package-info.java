/** The sympathiser-list review over HTTP ({@code /api/sympathisers/reviews}) and as workspace pages. */
package vn.pdv.unit.review.web;
