package vn.pdv.common.architecture.tidy.thing;

/** Plain domain: depends on nothing but the JDK. */
public record Thing(String name) {
}
