package vn.pdv.unit.organisation;

import java.util.Objects;
import java.util.regex.Pattern;

/** A party organisation's code, stable across renames; the key of everything the organisation owns. */
public record UnitCode(String value) {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public UnitCode {
        Objects.requireNonNull(value, "unit code");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a unit code: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
