/** The committee workspace's pages visited in real headless Chromium, one page object per page. */
package vn.pdv.unit.workspace;
