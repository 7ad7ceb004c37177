package vn.pdv.dataset.recount;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.pdv.dataset.Entry;
import vn.pdv.dataset.EventId;
import vn.pdv.dataset.Fact;
import vn.pdv.dataset.organisation.Unit;
import vn.pdv.dataset.organisation.UnitCode;
import vn.pdv.dataset.organisation.UnitKind;
import vn.pdv.dataset.pipeline.Attributes;
import vn.pdv.dataset.pipeline.CandidateId;
import vn.pdv.dataset.pipeline.Contract;
import vn.pdv.dataset.pipeline.Decision;
import vn.pdv.dataset.pipeline.Step;
import vn.pdv.dataset.pipeline.Vote;

/** A few committees' logs written by hand, entry by entry, each numbered from 1 in the order written. */
final class HandWrittenLogs {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Vote VOTE = new Vote(12, 11, 10, 1);

    private final String prefix;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant clock = Instant.parse("2024-01-01T01:00:00Z");

    HandWrittenLogs(String prefix) {
        this.prefix = prefix;
    }

    String code(String local) {
        return prefix + (local.isEmpty() ? "" : "-" + local);
    }

    List<Entry> entries() {
        return entries;
    }

    HandWrittenLogs unit(String log, String code, UnitKind kind, String parent, LocalDate from) {
        return add(log, new Unit(new UnitCode(code(code)), "Đơn vị " + code, kind,
                parent == null ? null : new UnitCode(code(parent)), from));
    }

    /** A candidate's steps at a branch; each call records one step. */
    final class Candidate {

        private final CandidateId id = new CandidateId(UUID.randomUUID().toString());
        private final UnitCode branch;
        private final Attributes who;

        Candidate(String branch, boolean female, boolean youth) {
            this.branch = new UnitCode(code(branch));
            this.who = new Attributes(female ? Contract.Gender.FEMALE : Contract.Gender.MALE, youth ? 2000 : 1980,
                    false, false, youth, !youth, "12/12", null, null);
        }

        Candidate source(String log, LocalDate on) {
            add(log, new Step.SourceCreated(id, branch, Contract.IntroducingOrganisation.BRANCH, on, who));
            return this;
        }

        Candidate sympathiser(String log, LocalDate on) {
            add(log, new Step.SympathiserAdded(id, branch, on, "1-NQ/CB", who));
            return this;
        }

        Candidate removed(String log, LocalDate on) {
            add(log, new Step.SympathiserRemoved(id, branch, on, "2-NQ/CB", who));
            return this;
        }

        Candidate certified(String log, LocalDate on) {
            add(log, new Step.AwarenessCertificateIssued(id, branch, "1/GCN", on, who));
            return this;
        }

        Candidate verified(String log, LocalDate on) {
            add(log, new Step.BackgroundVerified(id, branch, on.minusDays(20), on));
            return this;
        }

        Candidate introduced(String log, LocalDate on) {
            add(log, new Step.CandidateIntroduced(id, branch, Contract.IntroductionRoute.TWO_OFFICIAL_MEMBERS, on));
            return this;
        }

        Candidate voted(String log, LocalDate on) {
            add(log, new Step.AdmissionVoted(id, branch, on, VOTE));
            return this;
        }

        Candidate proposed(String log, LocalDate on) {
            add(log, new Step.AdmissionProposed(id, branch, new UnitCode(code(log)), on));
            return this;
        }

        private Decision decision;

        Candidate decided(String log, LocalDate on) {
            decision = new Decision(new UnitCode(code(log)), "1-QĐ/HU", on, false);
            add(log, new Step.AdmissionDecided(id, branch, decision));
            return this;
        }

        Candidate admitted(String log, LocalDate on) {
            add(log, new Step.CandidateAdmitted(id, branch, decision, on, false, who));
            return this;
        }

        Candidate exited(String log, LocalDate on, Contract.ExitReason reason, Contract.Stage stage) {
            add(log, new Step.CandidateExited(id, branch, reason, stage, on, null, who));
            return this;
        }
    }

    Candidate candidate(String branch, boolean female, boolean youth) {
        return new Candidate(branch, female, youth);
    }

    private HandWrittenLogs add(String log, Fact fact) {
        String key = code(log);
        long sequence = sequences.merge(key, 1L, Long::sum);
        clock = clock.plusSeconds(60);
        entries.add(new Entry(new UnitCode(key), sequence, new EventId(UUID.randomUUID().toString()),
                fact.occurredOn().atStartOfDay(VIETNAM).toInstant(), clock, fact));
        return this;
    }
}
