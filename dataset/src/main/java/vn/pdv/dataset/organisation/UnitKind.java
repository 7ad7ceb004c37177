package vn.pdv.dataset.organisation;

/**
 * Levels of party organisation, by the contract's {@code UnitKind} names. The contract has no kind for the commune
 * committees of after 1 July 2025, which stand where districts stood (directly under the province, above grassroots
 * organisations); they are registered as {@link #DISTRICT_COMMITTEE}, the nearest level the contract has.
 */
public enum UnitKind {
    PROVINCE_COMMITTEE, DISTRICT_COMMITTEE, BLOC_COMMITTEE, GRASSROOTS_COMMITTEE, GRASSROOTS_BRANCH, SUBORDINATE_BRANCH
}
