package vn.pdv.common.architecture.untidy.cycle.two;

import vn.pdv.common.architecture.untidy.cycle.one.One;

public record Two(One one) {
}
