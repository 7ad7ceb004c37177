package vn.pdv.dataset.pipeline;

/** The contract's enumerations the steps use, by the contract's symbol names. */
public final class Contract {

    private Contract() {
    }

    public enum Gender { FEMALE, MALE }

    public enum IntroducingOrganisation {
        BRANCH, YOUTH_UNION, TRADE_UNION, WOMENS_UNION, FARMERS_UNION, VETERANS_ASSOCIATION, MILITIA, CIVIL_DEFENCE
    }

    public enum IntroductionRoute { TWO_OFFICIAL_MEMBERS, MEMBER_AND_YOUTH_UNION_COMMITTEE, MEMBER_AND_TRADE_UNION_COMMITTEE }

    public enum ExitReason { OTHER, WITHDRAWN_FROM_SOURCES, NOT_ADMITTED, NOT_RECOGNISED, MOVED_TO_ANOTHER_UNIT }

    /** Where a candidate stands; the order of the pipeline. */
    public enum Stage {
        SOURCE, SYMPATHISER, CERTIFIED, VERIFIED, INTRODUCED, BRANCH_VOTED, PROPOSED, ADMISSION_DECIDED,
        PROBATIONARY_MEMBER, NEW_MEMBER_CLASS_COMPLETED, RECOGNITION_VOTED, OFFICIAL_MEMBER, EXITED
    }
}
