/** A test-only web app that renders a page through the shared layout and every shared fragment, for the browser tests. */
package vn.pdv.common.ui.sample;
