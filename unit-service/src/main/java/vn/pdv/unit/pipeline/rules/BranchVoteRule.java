package vn.pdv.unit.pipeline.rules;

import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

/**
 * A branch admits (or recognises) a candidate only when at least {@code voteThreshold} of its official members vote
 * for: of all official members on the roll, not of those present, so an absent member counts as not for.
 *
 * <p>Limit: whether members excused from Party activity (miễn sinh hoạt) count in the base is the caller's decision;
 * pass the number the committee's practice uses.
 */
public final class BranchVoteRule {

    private final RuleSettings settings;

    public BranchVoteRule(RuleSettings settings) {
        this.settings = settings;
    }

    public RuleCheck check(BranchVote vote) {
        if (vote.officialMembers() == 0
                || vote.officialMembersPresent() > vote.officialMembers()
                || vote.votesFor() + vote.votesAgainst() > vote.officialMembersPresent()) {
            return RuleCheck.violated(new RuleViolation(RuleCode.VOTE_COUNTS_INCONSISTENT,
                    Facts.values("officialMembers", vote.officialMembers(), "officialMembersPresent", vote.officialMembersPresent(),
                            "votesFor", vote.votesFor(), "votesAgainst", vote.votesAgainst()),
                    Bilingual.of("Số liệu biểu quyết không hợp lệ: " + vote.votesFor() + " tán thành, " + vote.votesAgainst()
                                    + " không tán thành, " + vote.officialMembersPresent() + " đảng viên chính thức có mặt trên tổng số "
                                    + vote.officialMembers() + ".",
                            "The vote counts cannot be right: " + vote.votesFor() + " for, " + vote.votesAgainst() + " against, "
                                    + vote.officialMembersPresent() + " official members present of " + vote.officialMembers() + "."),
                    Bilingual.of("Kiểm tra lại biên bản: số phiếu không vượt số đảng viên chính thức có mặt, số có mặt không vượt tổng số đảng viên chính thức của chi bộ.",
                            "Check the minutes: votes cannot exceed official members present, nor present exceed the branch's official members.")));
        }
        VoteThreshold threshold = settings.voteThreshold();
        if (!threshold.isMetBy(vote.votesFor(), vote.officialMembers())) {
            int required = threshold.votesRequired(vote.officialMembers());
            return RuleCheck.violated(new RuleViolation(RuleCode.VOTE_THRESHOLD,
                    Facts.values("votesFor", vote.votesFor(), "officialMembers", vote.officialMembers(),
                            "votesRequired", required, "threshold", threshold),
                    Bilingual.of("Chỉ " + vote.votesFor() + "/" + vote.officialMembers() + " đảng viên chính thức tán thành; cần ít nhất "
                                    + required + " (" + threshold + " tổng số đảng viên chính thức của chi bộ).",
                            "Only " + vote.votesFor() + " of " + vote.officialMembers() + " official members voted for; at least "
                                    + required + " (" + threshold + " of all the branch's official members) are needed."),
                    Bilingual.of("Chi bộ chưa đủ điều kiện đề nghị kết nạp; có thể xem xét lại ở kỳ họp sau.",
                            "The branch cannot propose the candidate on this vote; it may consider again at a later meeting.")));
        }
        return RuleCheck.satisfied();
    }
}
