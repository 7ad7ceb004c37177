package vn.pdv.unit.pipeline.rules;

/**
 * The counts of a branch's vote on one candidate (admission or recognition).
 *
 * @param officialMembers        official members on the branch's roll, present or not: the base of the 2/3
 * @param officialMembersPresent official members at the meeting; only they vote
 */
public record BranchVote(int officialMembers, int officialMembersPresent, int votesFor, int votesAgainst) {

    public BranchVote {
        if (officialMembers < 0 || officialMembersPresent < 0 || votesFor < 0 || votesAgainst < 0) {
            throw new IllegalArgumentException("vote counts must not be negative");
        }
    }
}
