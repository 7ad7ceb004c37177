package vn.pdv.unit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.Fixtures.aSource;
import static vn.pdv.unit.Fixtures.aUnit;
import static vn.pdv.unit.Fixtures.lastSequence;
import static vn.pdv.unit.Fixtures.registeredCommitteeAndBranch;
import static vn.pdv.unit.Fixtures.with;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.stack.JsonApi;
import vn.pdv.unit.UnitServiceTest;

/** Bad input gets a problem detail naming the field and the rule, in Vietnamese and English, and writes nothing. */
@UnitServiceTest
class BadInputTest {

    @LocalServerPort
    int port;

    JsonApi api;

    @BeforeEach
    void registerCommitteeAndBranch() {
        api = registeredCommitteeAndBranch(port);
    }

    @Test
    void aMissingFieldIsNamedWithItsRuleInBothLanguages() {
        long before = lastSequence(api);

        var answer = api.post("/api/sources", with(aSource("DUK-01-KN"), "branchCode", null));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.<String>read("$.type")).isEqualTo("urn:pdv:problem:invalid-request");
        assertThat(answer.<String>read("$.errors[0].field")).isEqualTo("branchCode");
        assertThat(answer.<String>read("$.errors[0].rule")).isEqualTo("NotBlank");
        assertThat(answer.<String>read("$.errors[0].message")).isEqualTo("không được để trống");
        assertThat(answer.<String>read("$.errors[0].messageEn")).isEqualTo("must not be blank");
        assertThat(lastSequence(api)).isEqualTo(before);
    }

    @Test
    void aNestedFieldIsNamedByItsPath() {
        var source = aSource("DUK-01-KN");
        @SuppressWarnings("unchecked")
        var person = new java.util.LinkedHashMap<>((Map<String, Object>) source.get("person"));
        person.put("idCardNumber", "12AB");

        var answer = api.post("/api/sources", with(source, "person", person));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.<String>read("$.errors[0].field")).isEqualTo("person.idCardNumber");
        assertThat(answer.<String>read("$.errors[0].rule")).isEqualTo("Pattern");
    }

    @Test
    void aMalformedDateIsNamed() {
        long before = lastSequence(api);

        var answer = api.post("/api/sources", with(aSource("DUK-01-KN"), "identifiedOn", "01/02/2024"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.<String>read("$.errors[0].field")).isEqualTo("identifiedOn");
        assertThat(answer.<String>read("$.errors[0].rule")).isEqualTo("Type");
        assertThat(answer.<String>read("$.errors[0].message")).isEqualTo("sai kiểu dữ liệu, cần: YYYY-MM-DD");
        assertThat(answer.<String>read("$.errors[0].messageEn")).isEqualTo("has the wrong type, expected: YYYY-MM-DD");
        assertThat(lastSequence(api)).isEqualTo(before);
    }

    @Test
    void anUnknownEnumValueIsNamed() {
        var answer = api.post("/api/sources", with(aSource("DUK-01-KN"), "introducedBy", "CHESS_CLUB"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.<String>read("$.errors[0].field")).isEqualTo("introducedBy");
        assertThat(answer.<String>read("$.errors[0].messageEn")).contains("BRANCH, YOUTH_UNION, TRADE_UNION");
    }

    @Test
    void aSourceInAnUnregisteredBranchIsRefusedWith422AndTheFix() {
        long before = lastSequence(api);

        var answer = api.post("/api/sources", aSource("DUK-99-XX"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<String>read("$.type")).isEqualTo("urn:pdv:problem:rule:BRANCH_UNKNOWN");
        assertThat(answer.<String>read("$.field")).isEqualTo("branchCode");
        assertThat(answer.<String>read("$.detail")).contains("DUK-99-XX", "đăng ký chi bộ trước");
        assertThat(answer.<String>read("$.detailEn")).contains("register it first");
        assertThat(lastSequence(api)).isEqualTo(before);
    }

    @Test
    void aBranchUnderAnUnknownParentIsRefused() {
        var answer = api.post("/api/units", aUnit("DUK-01-ZZ", "DUK-77"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<String>read("$.rule")).isEqualTo("PARENT_UNKNOWN");
        assertThat(api.get("/api/units").<List<String>>read("$[*].code")).doesNotContain("DUK-01-ZZ");
    }

    @Test
    void admittingAnUnknownCandidateIs404() {
        var answer = api.post("/api/candidates/nobody/admission", vn.pdv.unit.Fixtures.anAdmission());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.<String>read("$.detailEn")).contains("nobody");
    }
}
