package vn.pdv.common.architecture.untidy.thing.web;

public record ThingView(String name) {
}
