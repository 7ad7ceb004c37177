/** The dashboard's pages (Thymeleaf, templates/progress), their htmx regions and the live stream that refreshes them. */
package vn.pdv.aggregator.dashboard.web;
