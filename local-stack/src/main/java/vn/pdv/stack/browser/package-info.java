/**
 * Real headless Chromium for tests of PDV's web pages: {@link vn.pdv.stack.browser.Browser} opens pages at laptop and
 * phone size, waits as a person would and keeps screenshots; {@link vn.pdv.stack.browser.Axe} runs axe-core in them.
 */
package vn.pdv.stack.browser;
