package vn.pdv.unit.pipeline;

import java.time.LocalDate;

/**
 * The dates of the steps taken at the sending committee that the later rules read, as the receiving committee copies
 * them from the paper dossier: the sympathiser period runs from {@code sympathiserSince}, the branch vote checks the
 * certificate and the dossier's age ({@code introducedOn}), the decision's deadline runs from the branch's vote, the
 * ceremony must carry the recorded decision, recognition runs from the admission. Only those the stage reached implies
 * are required ({@link Candidate#transferIn}); the others may be null.
 */
public record TransferFacts(LocalDate sympathiserSince, LocalDate certificateIssuedOn, LocalDate introducedOn,
                            LocalDate branchVotedOn, CommitteeDecision admissionDecision, LocalDate admittedOn,
                            LocalDate recognitionVotedOn) {

    public static TransferFacts none() {
        return new TransferFacts(null, null, null, null, null, null, null);
    }
}
