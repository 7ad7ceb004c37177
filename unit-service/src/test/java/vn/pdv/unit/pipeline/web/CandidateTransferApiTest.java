package vn.pdv.unit.pipeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.Fixtures.aSource;
import static vn.pdv.unit.Fixtures.aTransferAfterTheDecision;
import static vn.pdv.unit.Fixtures.lastSequence;
import static vn.pdv.unit.Fixtures.registeredCommitteeAndBranch;
import static vn.pdv.unit.Fixtures.with;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.stack.JsonApi;
import vn.pdv.unit.Fixtures;
import vn.pdv.unit.UnitServiceTest;

/**
 * Issue 13, "Nhận chuyển đến": the receiving committee takes in a candidate transferred from another at the stage
 * reached there, under the sending committee's id, and the later steps are checked by the same rules.
 */
@UnitServiceTest
class CandidateTransferApiTest {

    @LocalServerPort
    int port;

    JsonApi api;

    /** The id the sending committee DUK-26 knows the candidate by, as its candidate page shows it ("mã chuyển"). */
    final String theirId = UUID.randomUUID().toString();

    @BeforeEach
    void registerCommitteeAndBranch() {
        api = registeredCommitteeAndBranch(port);
    }

    @Test
    void takesInACandidateAtTheStageReachedUnderTheSendingCommitteesIdAndTheCeremonyFollows() {
        var taken = api.post("/api/candidates/transfers", aTransferAfterTheDecision(theirId));

        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.<String>read("$.candidateId")).isEqualTo(theirId);
        assertThat(taken.<String>read("$.stage")).isEqualTo("ADMISSION_DECIDED");
        assertThat(taken.<String>read("$.branchCode")).isEqualTo("DUK-01-KN");
        assertThat(taken.<List<String>>read("$.history[*].event")).containsExactly("CandidateTransferredIn");
        assertThat(api.get("/api/candidates/" + theirId + "/person").<String>read("$.fullName"))
                .isEqualTo("Lò Văn Minh");

        var otherDecision = api.post("/api/candidates/" + theirId + "/admission",
                with(Fixtures.anAdmission(), "decisionNumber", "999-QĐ/ĐUK"));
        var ceremony = api.post("/api/candidates/" + theirId + "/admission", Fixtures.anAdmission());

        assertThat(otherDecision.status()).isEqualTo(422);
        assertThat(otherDecision.<String>read("$.rule")).isEqualTo("DECISION_MISMATCH");
        assertThat(ceremony.status()).as(ceremony.body()).isEqualTo(201);
        assertThat(ceremony.<String>read("$.stage")).isEqualTo("PROBATIONARY_MEMBER");
    }

    @Test
    void refusesAnIdAlreadyOnTheBooksAndWritesNothingNorTouchesThePersonThere() {
        String ours = api.post("/api/sources", aSource("DUK-01-KN")).read("$.candidateId");
        long before = lastSequence(api);

        var again = api.post("/api/candidates/transfers", aTransferAfterTheDecision(ours));

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.<String>read("$.type")).isEqualTo("urn:pdv:problem:rule:CANDIDATE_ALREADY_RECORDED");
        assertThat(again.<String>read("$.field")).isEqualTo("candidateId");
        assertThat(again.<String>read("$.message")).contains(ours);
        assertThat(again.<String>read("$.messageEn")).contains("already on this committee's books");
        assertThat(lastSequence(api)).isEqualTo(before);
        assertThat(api.get("/api/candidates/" + ours + "/person").<String>read("$.fullName"))
                .isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void refusesAStageWithoutTheDatesItImpliesNamingTheField() {
        long before = lastSequence(api);

        var noDecision = api.post("/api/candidates/transfers",
                with(aTransferAfterTheDecision(theirId), "admissionDecision", null));
        var unknownBranch = api.post("/api/candidates/transfers",
                with(aTransferAfterTheDecision(theirId), "branchCode", "DUK-01-XX"));

        assertThat(noDecision.status()).isEqualTo(422);
        assertThat(noDecision.<String>read("$.rule")).isEqualTo("TRANSFER_DATE_MISSING");
        assertThat(noDecision.<String>read("$.field")).isEqualTo("admissionDecision");
        assertThat(noDecision.<String>read("$.fixEn")).contains("dossier");
        assertThat(unknownBranch.status()).isEqualTo(422);
        assertThat(unknownBranch.<String>read("$.rule")).isEqualTo("BRANCH_UNKNOWN");
        assertThat(lastSequence(api)).isEqualTo(before);
        assertThat(api.get("/api/candidates/" + theirId).status()).isEqualTo(404);
    }
}
