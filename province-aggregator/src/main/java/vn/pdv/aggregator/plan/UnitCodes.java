package vn.pdv.aggregator.plan;

import java.util.regex.Pattern;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * What an import accepts as a unit code, and the code it makes up for a table that has none. The shape is the unit
 * service's (letters, digits, '.', '_', '-'; at most 40), so a code typed into a plan matches the code the unit
 * registered; anything else in a code cell is a typing mistake and is reported.
 */
final class UnitCodes {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

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
}
