package vn.pdv.unit.pipeline;

public enum Gender {
    UNSPECIFIED, FEMALE, MALE
}
