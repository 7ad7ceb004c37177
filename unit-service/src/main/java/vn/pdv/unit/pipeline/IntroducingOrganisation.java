package vn.pdv.unit.pipeline;

/** Who put the person forward as a source: the branch itself or a mass organisation. */
public enum IntroducingOrganisation {
    BRANCH, YOUTH_UNION, TRADE_UNION, WOMENS_UNION, FARMERS_UNION, VETERANS_ASSOCIATION, MILITIA, CIVIL_DEFENCE, OTHER
}
