package vn.pdv.common.architecture.untidy.cycle.one;

import vn.pdv.common.architecture.untidy.cycle.two.Two;

public record One(Two two) {
}
