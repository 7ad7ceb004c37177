package vn.pdv.aggregator.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.ProvinceTree;
import vn.pdv.stack.JsonApi;

/**
 * {@code GET /api/agenda/{committee}} against the real Keycloak and the demo realm's tree (the bloc DUK, its committees
 * DUK-01 and DUK-26): the bloc's readers read the bloc's agenda, a committee's account beneath it is refused it, and
 * what cannot be read as a day or a unit is said as a problem in Vietnamese and English.
 */
@AggregatorTest
class AgendaApiTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void theBlocAndItsTwoCommittees() {
        ProvinceTree.demoBloc(new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN));
    }

    @Test
    void theBlocsReaderReadsItsAgendaOnTheDayAsked() {
        var agenda = new JsonApi(port).as("duk.viewer").get("/api/agenda/DUK?on=2024-06-30");

        assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
        assertThat(agenda.<String>read("$.committee")).isEqualTo("DUK");
        assertThat(agenda.<String>read("$.on")).isEqualTo("2024-06-30");
        assertThat(agenda.<Integer>read("$.awaiting")).isNotNegative();
    }

    @Test
    void refusesTheBlocsAgendaToACommitteeBeneathIt() {
        var refused = new JsonApi(port).as("duk01.viewer").get("/api/agenda/DUK?on=2024-06-30");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.<String>read("$.rule")).isEqualTo("unit-out-of-scope");
        assertThat(refused.<String>read("$.detail")).contains("DUK");
        assertThat(refused.<String>read("$.detailEn")).contains("DUK");
    }

    @Test
    void saysWhatIsWrongWithTheDayOrTheCommitteeInVietnameseAndEnglish() {
        JsonApi admin = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);

        var badDay = admin.get("/api/agenda/DUK?on=30/06/2024");
        var unknown = admin.get("/api/agenda/NOBODY-HERE?on=2024-06-30");

        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.<String>read("$.field")).isEqualTo("on");
        assertThat(badDay.<String>read("$.detail")).contains("YYYY-MM-DD", "không phải ngày");
        assertThat(badDay.<String>read("$.detailEn")).contains("is not a date");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.<String>read("$.detail")).contains("NOBODY-HERE");
        assertThat(unknown.<String>read("$.detailEn")).contains("NOBODY-HERE");
    }
}
