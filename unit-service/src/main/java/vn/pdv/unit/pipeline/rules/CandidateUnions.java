package vn.pdv.unit.pipeline.rules;

/** The mass-organisation memberships that decide which introduction route a candidate may take. */
public record CandidateUnions(boolean youthUnionMember, boolean tradeUnionMember) {

    public static CandidateUnions youthUnion() {
        return new CandidateUnions(true, false);
    }

    public static CandidateUnions tradeUnion() {
        return new CandidateUnions(false, true);
    }

    public static CandidateUnions none() {
        return new CandidateUnions(false, false);
    }
}
