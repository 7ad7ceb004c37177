package vn.pdv.unit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.pdv.common.security.AccessRefused;
import vn.pdv.common.security.Caller;
import vn.pdv.common.security.Role;
import vn.pdv.unit.organisation.InMemoryUnits;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateFixture;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.Candidates;
import vn.pdv.unit.pipeline.Stage;

/** Who may do what at committee DUK-01, which manages the branches DUK-01-KN and DUK-01-YT; no Spring, no tokens. */
class CommitteeAccessTest {

    static final UnitCode COMMITTEE = new UnitCode("DUK-01");
    static final UnitCode KN = new UnitCode("DUK-01-KN");
    static final UnitCode YT = new UnitCode("DUK-01-YT");

    final InMemoryCandidates candidates = new InMemoryCandidates();
    final CommitteeAccess access = new CommitteeAccess(COMMITTEE, InMemoryUnits.branchesOf(COMMITTEE, KN, YT), candidates);
    final Candidate ofKn = candidates.add(CandidateFixture.at(Stage.SOURCE));

    @Test
    void givesTheCommitteesAccountsTheWholeCommitteeAndABranchsAccountItsBranch() {
        assertThat(access.reachOf(caller("DUK-01", Role.VIEWER))).isEqualTo(Reach.wholeCommittee());
        assertThat(access.reachOf(caller("DUK-01-KN", Role.BRANCH_CLERK))).isEqualTo(Reach.branch(KN));
    }

    @Test
    void refusesEveryAccountOfAUnitTheCommitteeDoesNotManageAProvinceAdministratorsIncluded() {
        for (Caller stranger : List.of(caller("DUK-26", Role.SECRETARY), caller("DUK", Role.VIEWER),
                caller("TU-BD", Role.PROVINCE_ADMIN), caller("DUK-26-CK", Role.BRANCH_CLERK))) {
            assertRefused(() -> access.toRead(stranger), "unit-out-of-scope");
            assertRefused(() -> access.toRecordFor(stranger, "DUK-01-KN"), "unit-out-of-scope");
            assertRefused(() -> access.toManage(stranger), "unit-out-of-scope");
        }
    }

    @Test
    void refusesAnAccountWithoutAUnit() {
        assertRefused(() -> access.toRead(caller(null, Role.SECRETARY)), "unit-out-of-scope");
    }

    @Test
    void letsEveryPdvRoleOfTheCommitteeReadButNotAnAccountWithoutOne() {
        for (Role role : EnumSet.of(Role.VIEWER, Role.SECRETARY, Role.CLERK, Role.BRANCH_CLERK)) {
            assertThat(access.toRead(caller("DUK-01", role))).isTrue();
            assertThat(access.toReadCommittee(caller("DUK-01", role))).isTrue();
        }
        assertRefused(() -> access.toRead(caller("DUK-01")), "role-required");
    }

    @Test
    void recordsStepsForAClerkOrASecretaryOfTheCommitteeButNotForAViewer() {
        assertThat(access.toRecordForCandidate(caller("DUK-01", Role.CLERK), ofKn.id().value())).isTrue();
        assertThat(access.toRecordForCandidate(caller("DUK-01", Role.SECRETARY), ofKn.id().value())).isTrue();
        assertThat(access.toRecordFor(caller("DUK-01", Role.CLERK), "DUK-01-YT")).isTrue();
        assertRefused(() -> access.toRecordForCandidate(caller("DUK-01", Role.VIEWER), ofKn.id().value()), "role-required");
    }

    @Test
    void letsABranchClerkActForItsOwnBranchOnly() {
        Caller knClerk = caller("DUK-01-KN", Role.BRANCH_CLERK);
        Caller ytClerk = caller("DUK-01-YT", Role.BRANCH_CLERK);

        assertThat(access.toRecordFor(knClerk, "DUK-01-KN")).isTrue();
        assertThat(access.toRecordForCandidate(knClerk, ofKn.id().value())).isTrue();
        assertThat(access.toReadCandidate(knClerk, ofKn.id().value())).isTrue();
        assertRefused(() -> access.toRecordFor(knClerk, "DUK-01-YT"), "unit-out-of-scope");
        assertRefused(() -> access.toRecordFor(knClerk, "DUK-01"), "unit-out-of-scope");
        assertRefused(() -> access.toRecordForCandidate(ytClerk, ofKn.id().value()), "unit-out-of-scope");
        assertRefused(() -> access.toReadCandidate(ytClerk, ofKn.id().value()), "unit-out-of-scope");
    }

    @Test
    void refusesABranchsViewerEveryStep() {
        assertRefused(() -> access.toRecordFor(caller("DUK-01-KN", Role.VIEWER), "DUK-01-KN"), "role-required");
    }

    @Test
    void answersPersonalDataWithinTheReachSoABranchsAccountReadsItsOwnBranchsPeopleOnly() {
        Caller knClerk = caller("DUK-01-KN", Role.BRANCH_CLERK);
        Caller ytClerk = caller("DUK-01-YT", Role.BRANCH_CLERK);

        assertThat(access.toReadPeople(caller("DUK-01", Role.VIEWER))).isTrue();
        assertThat(access.toReadPerson(caller("DUK-01", Role.VIEWER), ofKn.id().value())).isTrue();
        assertThat(access.toReadPeople(knClerk)).isTrue();
        assertThat(access.toReadPerson(knClerk, ofKn.id().value())).isTrue();
        assertRefused(() -> access.toReadPerson(ytClerk, ofKn.id().value()), "unit-out-of-scope");
        assertRefused(() -> access.toReadPerson(caller("DUK-01", Role.PROVINCE_ADMIN), ofKn.id().value()), "role-required");
        assertRefused(() -> access.toReadPeople(caller("DUK-26", Role.SECRETARY)), "unit-out-of-scope");
    }

    @Test
    void answersTheInboxAndTheOutboxToTheCommitteesOwnAccountsOnly() {
        assertThat(access.toReadCommittee(caller("DUK-01", Role.VIEWER))).isTrue();
        assertRefused(() -> access.toReadCommittee(caller("DUK-01-KN", Role.BRANCH_CLERK)), "unit-out-of-scope");
        assertRefused(() -> access.toReadCommittee(caller("DUK-01-KN", Role.SECRETARY)), "unit-out-of-scope");
    }

    @Test
    void leavesQuotasImportsUnitsAndAlertsToTheCommitteesSecretary() {
        assertThat(access.toManage(caller("DUK-01", Role.SECRETARY))).isTrue();
        assertRefused(() -> access.toManage(caller("DUK-01", Role.CLERK)), "role-required");
        assertRefused(() -> access.toManage(caller("DUK-01", Role.VIEWER)), "role-required");
        assertRefused(() -> access.toManage(caller("DUK-01-KN", Role.SECRETARY)), "unit-out-of-scope");
    }

    @Test
    void saysInVietnameseAndEnglishWhichRoleOrUnitWasMissing() {
        assertThatThrownBy(() -> access.toManage(caller("DUK-01", Role.CLERK)))
                .isInstanceOfSatisfying(AccessRefused.class, refused -> {
                    assertThat(refused.vi()).contains(Role.SECRETARY.vi());
                    assertThat(refused.en()).contains(Role.SECRETARY.en());
                });
        assertThatThrownBy(() -> access.toRead(caller("DUK-26", Role.CLERK)))
                .isInstanceOfSatisfying(AccessRefused.class, refused -> {
                    assertThat(refused.vi()).contains("DUK-26", "DUK-01");
                    assertThat(refused.en()).contains("DUK-26", "DUK-01");
                });
    }

    @Test
    void letsAnUnknownCandidatePassTheBranchCheckSoTheHandlerAnswers404() {
        assertThat(access.toRecordForCandidate(caller("DUK-01-KN", Role.BRANCH_CLERK), "no-such-candidate")).isTrue();
        assertThat(access.toReadCandidate(caller("DUK-01-YT", Role.VIEWER), "no-such-candidate")).isTrue();
    }

    private static Caller caller(String unit, Role... roles) {
        return new Caller("subject-of-" + unit, unit, Set.of(roles), "");
    }

    private static void assertRefused(Runnable question, String rule) {
        assertThatThrownBy(question::run).isInstanceOfSatisfying(AccessRefused.class,
                refused -> assertThat(refused.rule()).isEqualTo(rule));
    }

    static final class InMemoryCandidates implements Candidates {

        private final Map<CandidateId, Candidate> kept = new HashMap<>();

        Candidate add(Candidate candidate) {
            save(candidate);
            return candidate;
        }

        @Override
        public Optional<Candidate> find(CandidateId id) {
            return Optional.ofNullable(kept.get(id));
        }

        @Override
        public void save(Candidate candidate) {
            kept.put(candidate.id(), candidate);
        }

        @Override
        public List<Candidate> active(Reach reach) {
            return kept.values().stream().filter(candidate -> reach.covers(candidate.branch())).toList();
        }

        @Override
        public List<Candidate> inReach(Reach reach) {
            return active(reach);
        }
    }
}
