/**
 * The one way PDV builds web pages: server-rendered Thymeleaf on one layout with shared fragments, words in message
 * bundles, figures in vi-VN formats, htmx for partial updates. See service-common's README, "Web pages".
 */
package vn.pdv.common.ui;
