package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;

/**
 * The dates a candidate has reached so far, as far as deadlines care; {@code null} means not reached yet.
 * Built with the {@code with...} methods from {@link #none()}.
 */
public record CandidateMilestones(
        LocalDate certificateIssuedOn,
        LocalDate dossierPreparedOn,
        LocalDate branchResolutionOn,
        boolean decisionExtended,
        LocalDate decidedOn,
        LocalDate admittedOn,
        LocalDate recognitionResolutionOn,
        boolean recognitionDecisionExtended,
        LocalDate recognisedOn,
        LocalDate exitedOn) {

    public static CandidateMilestones none() {
        return new CandidateMilestones(null, null, null, false, null, null, null, false, null, null);
    }

    public CandidateMilestones withCertificateIssuedOn(LocalDate date) {
        return new CandidateMilestones(date, dossierPreparedOn, branchResolutionOn, decisionExtended, decidedOn, admittedOn,
                recognitionResolutionOn, recognitionDecisionExtended, recognisedOn, exitedOn);
    }

    public CandidateMilestones withDossierPreparedOn(LocalDate date) {
        return new CandidateMilestones(certificateIssuedOn, date, branchResolutionOn, decisionExtended, decidedOn, admittedOn,
                recognitionResolutionOn, recognitionDecisionExtended, recognisedOn, exitedOn);
    }

    public CandidateMilestones withBranchResolutionOn(LocalDate date) {
        return new CandidateMilestones(certificateIssuedOn, dossierPreparedOn, date, decisionExtended, decidedOn, admittedOn,
                recognitionResolutionOn, recognitionDecisionExtended, recognisedOn, exitedOn);
    }

    public CandidateMilestones withDecisionExtended() {
        return new CandidateMilestones(certificateIssuedOn, dossierPreparedOn, branchResolutionOn, true, decidedOn, admittedOn,
                recognitionResolutionOn, recognitionDecisionExtended, recognisedOn, exitedOn);
    }

    public CandidateMilestones withDecidedOn(LocalDate date) {
        return new CandidateMilestones(certificateIssuedOn, dossierPreparedOn, branchResolutionOn, decisionExtended, date,
                admittedOn, recognitionResolutionOn, recognitionDecisionExtended, recognisedOn, exitedOn);
    }

    public CandidateMilestones withAdmittedOn(LocalDate date) {
        return new CandidateMilestones(certificateIssuedOn, dossierPreparedOn, branchResolutionOn, decisionExtended, decidedOn,
                date, recognitionResolutionOn, recognitionDecisionExtended, recognisedOn, exitedOn);
    }

    public CandidateMilestones withRecognitionResolutionOn(LocalDate date) {
        return new CandidateMilestones(certificateIssuedOn, dossierPreparedOn, branchResolutionOn, decisionExtended, decidedOn,
                admittedOn, date, recognitionDecisionExtended, recognisedOn, exitedOn);
    }

    public CandidateMilestones withRecognitionDecisionExtended() {
        return new CandidateMilestones(certificateIssuedOn, dossierPreparedOn, branchResolutionOn, decisionExtended, decidedOn,
                admittedOn, recognitionResolutionOn, true, recognisedOn, exitedOn);
    }

    public CandidateMilestones withRecognisedOn(LocalDate date) {
        return new CandidateMilestones(certificateIssuedOn, dossierPreparedOn, branchResolutionOn, decisionExtended, decidedOn,
                admittedOn, recognitionResolutionOn, recognitionDecisionExtended, date, exitedOn);
    }

    public CandidateMilestones withExitedOn(LocalDate date) {
        return new CandidateMilestones(certificateIssuedOn, dossierPreparedOn, branchResolutionOn, decisionExtended, decidedOn,
                admittedOn, recognitionResolutionOn, recognitionDecisionExtended, recognisedOn, date);
    }
}
