package vn.pdv.aggregator.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.PlanReference;

/**
 * What an import accepts as a unit code, the code it makes up for a table that has none, and the issuing unit a plan
 * number names. The shape is {@link UnitCode#PATTERN}, the unit service's, so a code typed into a plan matches the
 * code the unit registered; anything else in a code cell is a typing mistake and is reported.
 */
public final class UnitCodes {

    private static final Pattern VALID = Pattern.compile(UnitCode.PATTERN);

    private UnitCodes() {
    }

    static boolean isValid(String text) {
        return text != null && VALID.matcher(text).matches();
    }

    /**
     * A code made from a unit's name, for tables that carry no code column. Deterministic, so re-importing the same
     * table yields the same codes; long names are cut and suffixed with a hash so that two long names sharing a
     * prefix still get different codes. Not stable across renames: give a code column or a known-unit list when
     * that matters.
     */
    static UnitCode fromName(String name) {
        String slug = Names.slug(name);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("no letters or digits to make a code from: " + name);
        }
        if (slug.length() > 40) {
            String hash = Integer.toHexString(Names.normalise(name).hashCode());
            slug = slug.substring(0, 40 - hash.length() - 1).replaceAll("-+$", "") + "-" + hash;
        }
        return new UnitCode(slug);
    }

    /**
     * The issuing body's abbreviation at the end of the plan's number ("ĐUK" in "104-KH/ĐUK") as a unit code, for when
     * the caller names no issuing unit. Vietnamese document numbers end in the issuer's abbreviation by convention
     * (Hướng dẫn 36-HD/VPTW), which is all this relies on.
     */
    public static Optional<UnitCode> issuerOf(PlanReference plan) {
        String number = plan.number();
        int slash = number.lastIndexOf('/');
        if (slash < 0 || slash == number.length() - 1) {
            return Optional.empty();
        }
        String abbreviation = Names.slug(number.substring(slash + 1)).toUpperCase(Locale.ROOT);
        return isValid(abbreviation) ? Optional.of(new UnitCode(abbreviation)) : Optional.empty();
    }
}
