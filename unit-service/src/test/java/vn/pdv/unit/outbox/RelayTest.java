package vn.pdv.unit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.pdv.unit.Fixtures.aSource;
import static vn.pdv.unit.Fixtures.lastSequence;
import static vn.pdv.unit.Fixtures.registeredCommitteeAndBranch;
import static vn.pdv.unit.Fixtures.theStepsToOfficialMember;
import static vn.pdv.unit.Fixtures.with;
import static vn.pdv.unit.PublishedEvents.decode;
import static vn.pdv.unit.PublishedEvents.recordsOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.events.AdmissionDecided;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.events.CandidateRecognised;
import vn.pdv.events.CandidateTransferredIn;
import vn.pdv.events.EventMetadata;
import vn.pdv.events.GeneralEducation;
import vn.pdv.events.OccupationSector;
import vn.pdv.events.ProfessionalLevel;
import vn.pdv.events.SourceCreated;
import vn.pdv.events.StepCorrected;
import vn.pdv.events.StepVoided;
import vn.pdv.events.UnitRegistered;
import vn.pdv.schemas.signing.EventSignatures;
import vn.pdv.schemas.signing.LocalStackKeys;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.Tokens;
import vn.pdv.unit.Fixtures;
import vn.pdv.unit.PublishedEvents;
import vn.pdv.unit.UnitServiceTest;
import vn.pdv.common.workingdays.WorkingDayCalendar;

/**
 * Steps recorded through the API reach the real broker in order, keyed by the committee, without personal data: one
 * candidate walked from source to official member, every step's event on the topic.
 */
@UnitServiceTest
class RelayTest {

    @LocalServerPort
    int port;

    @Test
    void deliversEveryStepFromSourceToOfficialMemberInSequenceKeyedByTheCommitteeAndWithoutPersonalData() {
        JsonApi api = registeredCommitteeAndBranch(port);
        String candidate = api.post("/api/sources", aSource("DUK-01-KN")).read("$.candidateId");
        for (var step : theStepsToOfficialMember()) {
            var answer = api.post("/api/candidates/" + candidate + "/" + step.getKey(), step.getValue());
            assertThat(answer.status()).as(step.getKey() + ": " + answer.body()).isEqualTo(201);
        }
        assertThat(api.get("/api/candidates/" + candidate).<String>read("$.stage")).isEqualTo("OFFICIAL_MEMBER");
        long last = lastSequence(api);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(((Number) api.get("/api/outbox").read("$.deliveredSequence")).longValue()).isEqualTo(last));
        assertThat(api.get("/api/outbox").<Integer>read("$.backlog")).isZero();

        List<ConsumerRecord<String, byte[]>> published = recordsOf("DUK-01");
        // This module's tests share one context, so the topic holds exactly this committee log's events.
        assertThat(published).extracting(record -> sequence(decode(record))).containsExactlyElementsOf(rangeUpTo(last));
        assertThat(published).extracting(ConsumerRecord::key).containsOnly("DUK-01");
        assertThat(published).extracting(record -> decode(record).getClass().getSimpleName())
                .endsWith("UnitRegistered", "UnitRegistered", "SourceCreated", "SympathiserAdded",
                        "AwarenessCertificateIssued", "BackgroundVerified", "CandidateIntroduced", "AdmissionVoted",
                        "AdmissionProposed", "AdmissionDecided", "CandidateAdmitted", "NewMemberClassCompleted",
                        "RecognitionVoted", "CandidateRecognised");
        List<SpecificRecord> steps = published.subList(published.size() - 12, published.size()).stream()
                .map(PublishedEvents::decode).toList();
        assertThat(steps).allSatisfy(step ->
                assertThat(((GenericRecord) step).get("candidateId")).hasToString(candidate));
        assertThat(steps).extracting(step -> ((EventMetadata) ((GenericRecord) step).get("metadata")).getActor())
                .as("recorded by the committee's secretary, named by the account's pseudonymous id")
                .containsOnly(subjectOf("duk01.secretary"));
        SourceCreated source = (SourceCreated) steps.getFirst();
        assertThat(source.getAttributes().getBirthYear()).isEqualTo(2000);
        CandidateAdmitted admitted = (CandidateAdmitted) steps.get(8);
        assertThat(admitted.getAdmittedOn()).hasToString("2024-05-19");
        assertThat(admitted.getAgeAtAdmission()).as("born 2000-04-12, admitted 2024-05-19").isEqualTo(24);
        assertThat(admitted.getAttributes().getGeneralEducation()).isEqualTo("12/12");
        assertThat(admitted.getAttributes().getEducationCategory()).isEqualTo(GeneralEducation.UPPER_SECONDARY);
        assertThat(admitted.getAttributes().getProfessionalCategory()).isEqualTo(ProfessionalLevel.UNSPECIFIED);
        assertThat(admitted.getAttributes().getSectorCategory()).isEqualTo(OccupationSector.UNSPECIFIED);
        assertThat(((CandidateRecognised) steps.getLast()).getDecidedOn()).hasToString("2025-06-05");
        for (ConsumerRecord<String, byte[]> record : published) {
            String bytes = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(bytes).doesNotContain("Nguyễn Thị Lan", "052300001234", "0905123456", "Lê Lợi", "2000-04-12");
            assertThat(decode(record).toString()).doesNotContain("2000-04-12", "Nguyễn", "052300001234");
        }
        assertThat(decode(published.getFirst())).isInstanceOf(UnitRegistered.class);
        assertThat(published).as("each record signed over its exact bytes by the committee's key, id in a header")
                .allSatisfy(RelayTest::signedByTheCommitteesLocalStackKey);
    }

    private static void signedByTheCommitteesLocalStackKey(ConsumerRecord<String, byte[]> record) {
        String keyId = new String(record.headers().lastHeader(EventSignatures.KEY_ID_HEADER).value(),
                StandardCharsets.UTF_8);
        assertThat(keyId).isEqualTo("DUK-01@local-stack");
        assertThat(EventSignatures.verifies(LocalStackKeys.byId(keyId).orElseThrow().publicKey(), record.topic(),
                record.key().getBytes(StandardCharsets.UTF_8), record.value(),
                record.headers().lastHeader(EventSignatures.SIGNATURE_HEADER).value(),
                record.headers().lastHeader(EventSignatures.PATH_HEADER) == null ? null
                        : record.headers().lastHeader(EventSignatures.PATH_HEADER).value())).isTrue();
    }

    @Test
    void keepsWhoRecordedEachStepAsTheAccountsPseudonymousIdInTheHistoryAndPublishesItAsTheActor() {
        JsonApi secretary = registeredCommitteeAndBranch(port);
        JsonApi clerk = new JsonApi(port).as("duk01.clerk");
        String clerkId = subjectOf("duk01.clerk");
        String secretaryId = subjectOf("duk01.secretary");
        String candidate = clerk.post("/api/sources", aSource("DUK-01-KN")).read("$.candidateId");
        var listing = theStepsToOfficialMember().getFirst();
        assertThat(secretary.post("/api/candidates/" + candidate + "/" + listing.getKey(), listing.getValue()).status())
                .isEqualTo(201);
        long last = lastSequence(secretary);

        assertThat(secretary.get("/api/candidates/" + candidate).<List<String>>read("$.history[*].recordedBy"))
                .containsExactly(clerkId, secretaryId);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(((Number) secretary.get("/api/outbox")
                .read("$.deliveredSequence")).longValue()).isGreaterThanOrEqualTo(last));
        List<SpecificRecord> steps = recordsOf("DUK-01").stream().map(PublishedEvents::decode)
                .filter(event -> ((GenericRecord) event).hasField("candidateId")
                        && candidate.equals(String.valueOf(((GenericRecord) event).get("candidateId"))))
                .toList();
        assertThat(steps).extracting(event -> ((EventMetadata) ((GenericRecord) event).get("metadata")).getActor())
                .containsExactly(clerkId, secretaryId);
        assertThat(steps).allSatisfy(event -> assertThat(event.toString())
                .doesNotContain("duk01.clerk", "duk01.secretary", "Văn thư", "Thư ký", "Bệnh viện"));
    }

    /** Issue 13: the decision after its 60 working days is recorded and published, the finding travelling with it. */
    @Test
    void publishesALateAdmissionDecisionWithItsFindingAndNoPersonalData() {
        JsonApi api = registeredCommitteeAndBranch(port);
        String candidate = Fixtures.walkedUpTo(api, "admission-decision", aSource("DUK-01-KN"));
        LocalDate dueBy = WorkingDayCalendar.vietnam().addWorkingDays(LocalDate.of(2024, 4, 10), 60);
        LocalDate decidedOn = WorkingDayCalendar.vietnam().addWorkingDays(dueBy, 5);

        var answer = api.post("/api/candidates/" + candidate + "/admission", with(with(Fixtures.anAdmission(),
                "decidedOn", decidedOn.toString()), "admittedOn", decidedOn.plusDays(7).toString()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.<String>read("$.stage")).isEqualTo("PROBATIONARY_MEMBER");
        assertThat(answer.<List<String>>read("$.history[?(@.event == 'AdmissionDecided')].findings[*].rule"))
                .containsExactly("DECISION_DEADLINE");
        assertThat(answer.<List<Integer>>read("$.history[?(@.event == 'AdmissionDecided')].findings[*].workingDaysLate"))
                .containsExactly(5);
        assertThat(answer.<List<String>>read("$.history[?(@.event == 'AdmissionDecided')].findings[*].message"))
                .first().asString().contains("chậm 5 ngày làm việc");
        long last = lastSequence(api);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(((Number) api.get("/api/outbox")
                .read("$.deliveredSequence")).longValue()).isGreaterThanOrEqualTo(last));
        List<SpecificRecord> steps = recordsOf("DUK-01").stream().map(PublishedEvents::decode)
                .filter(event -> ((GenericRecord) event).hasField("candidateId")
                        && candidate.equals(String.valueOf(((GenericRecord) event).get("candidateId"))))
                .toList();
        AdmissionDecided decided = steps.stream().filter(AdmissionDecided.class::isInstance)
                .map(AdmissionDecided.class::cast).findFirst().orElseThrow();
        assertThat(decided.getFindings()).singleElement().satisfies(finding -> {
            assertThat(finding.getRuleCode()).isEqualTo("DECISION_DEADLINE");
            assertThat(finding.getWorkingDaysLate()).isEqualTo(5);
            assertThat(finding.getValues()).containsEntry("dueBy", dueBy.toString())
                    .containsEntry("stepOn", decidedOn.toString());
        });
        CandidateAdmitted admitted = steps.stream().filter(CandidateAdmitted.class::isInstance)
                .map(CandidateAdmitted.class::cast).findFirst().orElseThrow();
        assertThat(admitted.getFindings()).as("the ceremony itself was in time").isEmpty();
        assertThat(decided.toString()).doesNotContain("2000-04-12", "Nguyễn");
    }

    /** Issue 13: a correction and a void are events of the log, signed like every other, with the step's figures. */
    @Test
    void publishesACorrectionAndAVoidSignedWithTheStepBeforeAndAfterAndWithoutTheReason() {
        JsonApi api = registeredCommitteeAndBranch(port);
        String candidate = Fixtures.walkedUpTo(api, "new-member-class", aSource("DUK-01-KN"));
        String ceremony = "/api/candidates/" + candidate + "/steps/9";
        assertThat(api.post(ceremony + "/correction", Fixtures.body("effectiveOn", "2024-05-24",
                "reason", "Nhập nhầm ngày lễ")).status()).isEqualTo(201);
        assertThat(api.post(ceremony + "/void", Fixtures.body("reason", "Ghi nhầm người")).status()).isEqualTo(201);
        long last = lastSequence(api);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(((Number) api.get("/api/outbox")
                .read("$.deliveredSequence")).longValue()).isGreaterThanOrEqualTo(last));

        List<ConsumerRecord<String, byte[]>> published = recordsOf("DUK-01").stream()
                .filter(record -> decode(record) instanceof GenericRecord event && event.hasField("candidateId")
                        && candidate.equals(String.valueOf(event.get("candidateId")))).toList();
        CandidateAdmitted admitted = published.stream().map(PublishedEvents::decode)
                .filter(CandidateAdmitted.class::isInstance)
                .map(CandidateAdmitted.class::cast).findFirst().orElseThrow();
        StepCorrected corrected = published.stream().map(PublishedEvents::decode)
                .filter(StepCorrected.class::isInstance)
                .map(StepCorrected.class::cast).findFirst().orElseThrow();
        StepVoided voided = published.stream().map(PublishedEvents::decode)
                .filter(StepVoided.class::isInstance)
                .map(StepVoided.class::cast).findFirst().orElseThrow();
        assertThat(corrected.getCorrectedSequence()).isEqualTo(admitted.getMetadata().getSequence());
        assertThat(corrected.getCorrectedEventId()).isEqualTo(admitted.getMetadata().getEventId());
        assertThat(corrected.getBefore().getStepType()).isEqualTo("CandidateAdmitted");
        assertThat(corrected.getBefore().getOccurredOn()).isEqualTo(LocalDate.of(2024, 5, 19));
        assertThat(corrected.getAfter().getOccurredOn()).isEqualTo(LocalDate.of(2024, 5, 24));
        assertThat(corrected.getAfter().getBranchCode()).isEqualTo("DUK-01-KN");
        assertThat(corrected.getAfter().getAttributes()).isEqualTo(admitted.getAttributes());
        assertThat(corrected.getStageNow()).isEqualTo("PROBATIONARY_MEMBER");
        assertThat(voided.getVoidedSequence()).isEqualTo(admitted.getMetadata().getSequence());
        assertThat(voided.getVoided().getOccurredOn()).isEqualTo(LocalDate.of(2024, 5, 24));
        assertThat(voided.getStageNow()).isEqualTo("ADMISSION_DECIDED");
        assertThat(voided.getBranchNow()).isEqualTo("DUK-01-KN");
        assertThat(List.of(corrected.toString(), voided.toString())).allSatisfy(text ->
                assertThat(text).doesNotContain("Nhập nhầm", "Ghi nhầm", "2000-04-12", "Nguyễn"));
        published.forEach(RelayTest::signedByTheCommitteesLocalStackKey);
    }

    /**
     * Issue 13: a candidate taken in from another committee is published under that committee's id for them, with the
     * stage, the sending committee and the reporting attributes, and never the person typed again from the dossier.
     */
    @Test
    void publishesATransferInUnderTheSendingCommitteesIdWithoutPersonalData() {
        JsonApi api = registeredCommitteeAndBranch(port);
        String theirs = "0c9e4b1a-2f3d-4e5a-8b6c-7d8e9f0a1b2c";
        assertThat(api.post("/api/candidates/transfers", Fixtures.aTransferAfterTheDecision(theirs)).status())
                .isEqualTo(201);
        long last = lastSequence(api);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(((Number) api.get("/api/outbox")
                .read("$.deliveredSequence")).longValue()).isGreaterThanOrEqualTo(last));

        List<ConsumerRecord<String, byte[]>> published = recordsOf("DUK-01").stream()
                .filter(record -> decode(record) instanceof CandidateTransferredIn event
                        && theirs.equals(event.getCandidateId())).toList();

        assertThat(published).hasSize(1);
        CandidateTransferredIn transferred = (CandidateTransferredIn) decode(published.getFirst());
        assertThat(transferred.getFromCommitteeCode()).isEqualTo("DUK-26");
        assertThat(transferred.getBranchCode()).isEqualTo("DUK-01-KN");
        assertThat(transferred.getStage()).isEqualTo("ADMISSION_DECIDED");
        assertThat(transferred.getTransferredOn()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(transferred.getAttributes().getBirthYear()).isEqualTo(2000);
        assertThat(new String(published.getFirst().value(), StandardCharsets.UTF_8))
                .doesNotContain("Lò Văn Minh", "001200012345", "0905123456", "Lê Lợi", "2000-04-12");
        assertThat(transferred.toString()).doesNotContain("Lò Văn Minh", "001200012345", "2000-04-12");
        signedByTheCommitteesLocalStackKey(published.getFirst());
    }

    private static String subjectOf(String account) {
        return com.jayway.jsonpath.JsonPath.read(Tokens.claimsOf(Tokens.of(account)), "$.sub");
    }

    private static List<Long> rangeUpTo(long last) {
        List<Long> range = new ArrayList<>();
        for (long sequence = 1; sequence <= last; sequence++) {
            range.add(sequence);
        }
        return range;
    }

    private static long sequence(SpecificRecord record) {
        return ((EventMetadata) ((GenericRecord) record).get("metadata")).getSequence();
    }
}
