package vn.pdv.aggregator.fulfilment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a tally counts within a metric besides the total: the attributes reports break figures down by, and for
 * sources the organisation that introduced them (seed 002 asks the police branch for a civil-defence source, the
 * military branch for a militia one, each mass organisation for one of its own). A quota's breakdown names these.
 *
 * <p>The categories of the statistical form (issue 13) follow: age bands at admission, general education, professional
 * level and occupation, each with an UNSPECIFIED counter so that a person whose category is not known is counted as
 * such rather than dropped (every band adds up to the total). {@link #AGE_YEARS} is the one counter a step adds more
 * than one to: the sum of the ages at admission of the {@link #AGE_KNOWN} people, so an average over any period and
 * subtree is a quotient of two sums. The names are stored in the {@code tallies} documents: append, never rename.
 */
public enum Counter {
    TOTAL, YOUTH_UNION, TRADE_UNION, FEMALE, ETHNIC_MINORITY, RELIGIOUS, AGE_18_TO_30, READMISSION,
    INTRODUCED_BY_BRANCH, INTRODUCED_BY_YOUTH_UNION, INTRODUCED_BY_TRADE_UNION, INTRODUCED_BY_WOMENS_UNION,
    INTRODUCED_BY_FARMERS_UNION, INTRODUCED_BY_VETERANS_ASSOCIATION, INTRODUCED_BY_MILITIA,
    INTRODUCED_BY_CIVIL_DEFENCE,
    AGE_31_TO_40, AGE_41_TO_50, AGE_OVER_50, AGE_UNSPECIFIED, AGE_KNOWN, AGE_YEARS,
    EDUCATION_PRIMARY, EDUCATION_LOWER_SECONDARY, EDUCATION_UPPER_SECONDARY, EDUCATION_UNSPECIFIED,
    PROFESSION_NONE, PROFESSION_ELEMENTARY, PROFESSION_INTERMEDIATE, PROFESSION_COLLEGE, PROFESSION_UNIVERSITY,
    PROFESSION_MASTER, PROFESSION_DOCTORATE, PROFESSION_UNSPECIFIED,
    SECTOR_WORKER, SECTOR_FARMER, SECTOR_PUBLIC_SERVANT, SECTOR_MILITARY, SECTOR_POLICE, SECTOR_BUSINESS_OWNER,
    SECTOR_STUDENT, SECTOR_OTHER, SECTOR_UNSPECIFIED;

    /** The reporting attributes of a person, which every metric is broken down by. */
    public static final Set<Counter> ATTRIBUTES = EnumSet.range(YOUTH_UNION, READMISSION);

    /** The introducing organisations, which sources are broken down by. */
    public static final Set<Counter> INTRODUCERS = EnumSet.range(INTRODUCED_BY_BRANCH, INTRODUCED_BY_CIVIL_DEFENCE);

    /** The form's age bands at admission, youngest first; {@link #AGE_18_TO_30} is the first (no one is admitted younger). */
    public static final Set<Counter> AGE_BANDS = Collections.unmodifiableSet(
            EnumSet.of(AGE_18_TO_30, AGE_31_TO_40, AGE_41_TO_50, AGE_OVER_50, AGE_UNSPECIFIED));

    public static final Set<Counter> EDUCATION = Collections.unmodifiableSet(
            EnumSet.range(EDUCATION_PRIMARY, EDUCATION_UNSPECIFIED));

    public static final Set<Counter> PROFESSION = Collections.unmodifiableSet(
            EnumSet.range(PROFESSION_NONE, PROFESSION_UNSPECIFIED));

    public static final Set<Counter> SECTOR = Collections.unmodifiableSet(
            EnumSet.range(SECTOR_WORKER, SECTOR_UNSPECIFIED));

    /** The counter for a source's introducing organisation, by its contract name; empty for OTHER or unknown. */
    public static Optional<Counter> introducedBy(String organisation) {
        return named("INTRODUCED_BY_" + organisation);
    }

    /** The band an age at admission falls in. */
    public static Counter ageBand(Integer age) {
        if (age == null) {
            return AGE_UNSPECIFIED;
        }
        return age <= 30 ? AGE_18_TO_30 : age <= 40 ? AGE_31_TO_40 : age <= 50 ? AGE_41_TO_50 : AGE_OVER_50;
    }

    /** The education counter for the contract's category name; UNSPECIFIED for one not known here (a newer service). */
    public static Counter education(String category) {
        return named("EDUCATION_" + category).orElse(EDUCATION_UNSPECIFIED);
    }

    public static Counter profession(String category) {
        return named("PROFESSION_" + category).orElse(PROFESSION_UNSPECIFIED);
    }

    public static Counter sector(String category) {
        return named("SECTOR_" + category).orElse(SECTOR_UNSPECIFIED);
    }

    private static Optional<Counter> named(String name) {
        try {
            return Optional.of(valueOf(name));
        } catch (IllegalArgumentException | NullPointerException notOneWeCount) {
            return Optional.empty();
        }
    }
}
