package vn.pdv.unit.pipeline;

/** The three ways Điều lệ Đảng allows a candidate to be introduced. */
public enum IntroductionRoute {
    /** Two official members. */
    TWO_OFFICIAL_MEMBERS,
    /** One official member and the grassroots youth-union committee. */
    MEMBER_AND_YOUTH_UNION_COMMITTEE,
    /** One official member and the grassroots trade-union committee. */
    MEMBER_AND_TRADE_UNION_COMMITTEE;

    public int membersNeeded() {
        return this == TWO_OFFICIAL_MEMBERS ? 2 : 1;
    }
}
