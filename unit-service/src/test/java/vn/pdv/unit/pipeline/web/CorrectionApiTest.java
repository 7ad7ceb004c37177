package vn.pdv.unit.pipeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.Fixtures.aSource;
import static vn.pdv.unit.Fixtures.aUnit;
import static vn.pdv.unit.Fixtures.body;
import static vn.pdv.unit.Fixtures.lastSequence;
import static vn.pdv.unit.Fixtures.registeredCommitteeAndBranch;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.stack.JsonApi;
import vn.pdv.unit.Fixtures;
import vn.pdv.unit.UnitServiceTest;

/**
 * Corrections and voids over HTTP: the corrected step decided again under the pipeline's rules (a refusal is the same
 * 422 problem, in Vietnamese and English, naming the field, and writes nothing), the history keeping the step as first
 * recorded with the correction beside it, the void of the latest step only, and who may do either.
 */
@UnitServiceTest
class CorrectionApiTest {

    /** The ceremony's place in the history: source, list, certificate, verification, introductions, vote, proposal,
     *  decision, ceremony. */
    private static final int CEREMONY = 9;

    @LocalServerPort
    int port;

    JsonApi api;

    @BeforeEach
    void registerCommitteeAndBranch() {
        api = registeredCommitteeAndBranch(port);
    }

    @Test
    void aCorrectedCeremonyDateIs201AndTheHistoryKeepsTheStepWithOldAndNewWhoWhenAndWhy() {
        String candidate = admitted();
        long before = lastSequence(api);

        var answer = api.post(step(candidate, CEREMONY) + "/correction",
                body("effectiveOn", "2024-05-24", "reason", "Nhập nhầm ngày lễ kết nạp"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(lastSequence(api)).as("the correction, one event").isEqualTo(before + 1);
        assertThat(answer.<String>read("$.stage")).isEqualTo("PROBATIONARY_MEMBER");
        assertThat(answer.<String>read("$.admittedOn")).isEqualTo("2024-05-24");
        String ceremony = "$.history[" + (CEREMONY - 1) + "]";
        assertThat(answer.<String>read(ceremony + ".event")).isEqualTo("CandidateAdmitted");
        assertThat(answer.<String>read(ceremony + ".on")).isEqualTo("2024-05-24");
        assertThat(answer.<Boolean>read(ceremony + ".corrected")).isTrue();
        assertThat(answer.<Boolean>read(ceremony + ".voided")).isFalse();
        assertThat(answer.<String>read(ceremony + ".revisions[0].kind")).isEqualTo("CORRECTED");
        assertThat(answer.<String>read(ceremony + ".revisions[0].reason")).isEqualTo("Nhập nhầm ngày lễ kết nạp");
        assertThat(answer.<String>read(ceremony + ".revisions[0].by")).isNotBlank();
        assertThat(answer.<String>read(ceremony + ".revisions[0].at")).isNotBlank();
        assertThat(answer.<List<String>>read(ceremony + ".revisions[0].changes[*].field")).containsExactly("effectiveOn");
        assertThat(answer.<String>read(ceremony + ".revisions[0].changes[0].from")).isEqualTo("2024-05-19");
        assertThat(answer.<String>read(ceremony + ".revisions[0].changes[0].to")).isEqualTo("2024-05-24");
    }

    @Test
    void aCeremonyCorrectedToBeforeItsDecisionIs422NamingTheFieldInBothLanguagesAndWritesNothing() {
        String candidate = admitted();
        long before = lastSequence(api);

        var answer = api.post(step(candidate, CEREMONY) + "/correction",
                body("effectiveOn", "2024-04-30", "reason", "sửa"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<String>read("$.type")).isEqualTo("urn:pdv:problem:rule:STEP_OUT_OF_ORDER");
        assertThat(answer.<String>read("$.field")).isEqualTo("admittedOn");
        assertThat(answer.<String>read("$.message")).contains("2024-04-30", "admittedOn");
        assertThat(answer.<String>read("$.messageEn")).contains("2024-04-30", "admittedOn");
        assertThat(answer.<String>read("$.fix")).isNotBlank();
        assertThat(answer.<String>read("$.fixEn")).isNotBlank();
        assertThat(lastSequence(api)).isEqualTo(before);
        assertThat(api.get("/api/candidates/" + candidate).<Boolean>read("$.history[" + (CEREMONY - 1) + "].corrected"))
                .isFalse();
    }

    @Test
    void aCorrectionWithoutAReasonIs400AndWritesNothing() {
        String candidate = admitted();
        long before = lastSequence(api);

        var answer = api.post(step(candidate, CEREMONY) + "/correction", body("effectiveOn", "2024-05-24"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("reason");
        assertThat(lastSequence(api)).isEqualTo(before);
    }

    @Test
    void voidingTheLatestStepReturnsTheCandidateToTheStageBeforeAndKeepsTheStepMarkedVoid() {
        String candidate = admitted();
        long before = lastSequence(api);

        var answer = api.post(step(candidate, CEREMONY) + "/void", body("reason", "Ghi nhầm người"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(lastSequence(api)).isEqualTo(before + 1);
        assertThat(answer.<String>read("$.stage")).isEqualTo("ADMISSION_DECIDED");
        assertThat(answer.<String>read("$.admittedOn")).isNull();
        assertThat(answer.<List<String>>read("$.history[*].event")).hasSize(CEREMONY).last().isEqualTo("CandidateAdmitted");
        assertThat(answer.<Boolean>read("$.history[" + (CEREMONY - 1) + "].voided")).isTrue();
        assertThat(answer.<String>read("$.history[" + (CEREMONY - 1) + "].revisions[0].kind")).isEqualTo("VOIDED");
        assertThat(answer.<String>read("$.history[" + (CEREMONY - 1) + "].revisions[0].reason")).isEqualTo("Ghi nhầm người");
    }

    @Test
    void voidingAStepBeforeTheLatestIs422AndWritesNothing() {
        String candidate = admitted();
        long before = lastSequence(api);

        var answer = api.post(step(candidate, CEREMONY - 1) + "/void", body("reason", "sửa"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<String>read("$.rule")).isEqualTo("STEP_NOT_LATEST");
        assertThat(answer.<String>read("$.field")).isEqualTo("step");
        assertThat(answer.<String>read("$.message")).contains("bước " + CEREMONY);
        assertThat(answer.<String>read("$.messageEn")).contains("step " + CEREMONY);
        assertThat(lastSequence(api)).isEqualTo(before);
        assertThat(api.get("/api/candidates/" + candidate).<String>read("$.stage")).isEqualTo("PROBATIONARY_MEMBER");
    }

    @Test
    void aStepTheCandidateDoesNotHaveIs404() {
        String candidate = admitted();

        assertThat(api.post(step(candidate, CEREMONY + 1) + "/void", body("reason", "sửa")).status()).isEqualTo(404);
        assertThat(api.post(step("no-such-candidate", 1) + "/correction",
                body("effectiveOn", "2024-05-24", "reason", "sửa")).status()).isEqualTo(404);
    }

    @Test
    void aBranchClerkOfAnotherBranchIs403AndNothingIsWritten() {
        api.post("/api/units", aUnit("DUK-01-KT", "DUK-01"));
        String elsewhere = Fixtures.walkedUpTo(api, "new-member-class", aSource("DUK-01-KT"));
        String ours = Fixtures.walkedUpTo(api, "new-member-class", aSource("DUK-01-KN"));
        JsonApi branchClerk = new JsonApi(port).as("duk01.branch.clerk");
        long before = lastSequence(api);

        var correction = branchClerk.post(step(elsewhere, CEREMONY) + "/correction",
                body("effectiveOn", "2024-05-24", "reason", "sửa"));
        var voiding = branchClerk.post(step(elsewhere, CEREMONY) + "/void", body("reason", "sửa"));
        var movingOursAway = branchClerk.post(step(ours, 1) + "/correction",
                body("branchCode", "DUK-01-KT", "reason", "nhầm chi bộ"));

        assertThat(correction.status()).isEqualTo(403);
        assertThat(correction.<String>read("$.rule")).isEqualTo("unit-out-of-scope");
        assertThat(voiding.status()).isEqualTo(403);
        assertThat(movingOursAway.status()).isEqualTo(403);
        assertThat(lastSequence(api)).isEqualTo(before);
        assertThat(api.get("/api/candidates/" + elsewhere).<String>read("$.stage")).isEqualTo("PROBATIONARY_MEMBER");
        assertThat(api.get("/api/candidates/" + ours).<String>read("$.branchCode")).isEqualTo("DUK-01-KN");
    }

    @Test
    void aSourceMovedToAnotherBranchTakesTheCandidateWithIt() {
        api.post("/api/units", aUnit("DUK-01-KT", "DUK-01"));
        String candidate = Fixtures.walkedUpTo(api, "sympathisers", aSource("DUK-01-KN"));

        var answer = api.post(step(candidate, 1) + "/correction", body("branchCode", "DUK-01-KT", "reason", "nhầm chi bộ"));
        var unknown = api.post(step(candidate, 1) + "/correction", body("branchCode", "DUK-01-XX", "reason", "nhầm"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.<String>read("$.branchCode")).isEqualTo("DUK-01-KT");
        assertThat(answer.<String>read("$.history[0].branchCode")).isEqualTo("DUK-01-KT");
        assertThat(answer.<List<String>>read("$.history[0].revisions[0].changes[*].to")).containsExactly("DUK-01-KT");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.<String>read("$.rule")).isEqualTo("BRANCH_UNKNOWN");
        assertThat(unknown.<String>read("$.field")).isEqualTo("branchCode");
    }

    private String admitted() {
        return Fixtures.walkedUpTo(api, "new-member-class", aSource("DUK-01-KN"));
    }

    private static String step(String candidate, int step) {
        return "/api/candidates/" + candidate + "/steps/" + step;
    }
}
