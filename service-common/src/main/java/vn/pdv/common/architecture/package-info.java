/**
 * The house's architecture rules (STYLE.md 1 and 2), written once for both services' ArchUnit tests. Needs ArchUnit on
 * the test classpath; it is an optional dependency of this module, so no service carries it at run time.
 */
package vn.pdv.common.architecture;
