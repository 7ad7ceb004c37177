package vn.pdv.aggregator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.events.GeneralEducation;
import vn.pdv.events.OccupationSector;
import vn.pdv.events.ProfessionalLevel;
import vn.pdv.events.ReportingAttributes;
import vn.pdv.events.UnitKind;
import vn.pdv.stack.JsonApi;

/**
 * Issue 13: admissions sent through the real broker and registry counted as the statistical form counts them, in
 * {@code categories} of {@code /api/progress}: people once, "of which" parts overlapping, age bands and the average
 * age from the age the unit service worked out, education, profession and occupation, and the grassroots
 * organisations that admitted or identified sources.
 */
@AggregatorTest
class CategoriesIntakeTest {

    private static final LocalDate MAY_19 = LocalDate.of(2024, 5, 19);

    @LocalServerPort
    int port;

    JsonApi api;
    UnitLog log;

    @BeforeEach
    void openLog() {
        api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        log = new UnitLog();
    }

    @AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void countsThePeopleAdmittedByTheFormsCategoriesOnceWhateverIsRedelivered() {
        String bloc = log.committee();
        String hospital = log.unit("BV");
        String tax = log.unit("CT");
        log.send(log.registered(log.next(), bloc, null, UnitKind.BLOC_COMMITTEE),
                log.registered(log.next(), hospital, bloc, UnitKind.GRASSROOTS_COMMITTEE),
                log.registered(log.next(), log.unit("BV-NOI"), hospital, UnitKind.SUBORDINATE_BRANCH),
                log.registered(log.next(), log.unit("BV-NGOAI"), hospital, UnitKind.SUBORDINATE_BRANCH),
                log.registered(log.next(), tax, bloc, UnitKind.GRASSROOTS_BRANCH));
        CandidateAdmitted young = admitted(log.unit("BV-NOI"), 24, true, true, GeneralEducation.UPPER_SECONDARY,
                ProfessionalLevel.UNIVERSITY, OccupationSector.PUBLIC_SERVANT, false);
        CandidateAdmitted older = admitted(log.unit("BV-NGOAI"), 35, false, true, GeneralEducation.LOWER_SECONDARY,
                ProfessionalLevel.COLLEGE, OccupationSector.WORKER, true);
        CandidateAdmitted unknown = CandidateAdmitted.newBuilder(log.admitted(log.next(), log.unit("BV-NOI"), MAY_19, true))
                .setAttributes(ReportingAttributes.newBuilder().setYouthUnionMember(true).setTradeUnionMember(true).build())
                .build();
        log.send(young, older, unknown, log.source(log.next(), tax, MAY_19),
                log.source(log.next(), log.unit("BV-NOI"), MAY_19));
        log.send(young, older);
        var marker = log.source(log.next(), bloc, LocalDate.of(2024, 6, 1));
        log.send(marker);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/progress/" + bloc + "/2024").<Integer>read("$.sources.actual")).isEqualTo(3));
        var progress = api.get("/api/progress/" + bloc + "/2024");
        assertThat(progress.<Integer>read("$.categories.admitted")).isEqualTo(3);
        assertThat(progress.<Map<String, Integer>>read("$.categories.ofWhich")).containsAllEntriesOf(Map.of(
                "YOUTH_UNION", 2, "TRADE_UNION", 3, "READMISSION", 1, "FEMALE", 0));
        assertThat(progress.<Map<String, Integer>>read("$.categories.ageBands")).containsExactlyInAnyOrderEntriesOf(
                Map.of("AGE_18_TO_30", 1, "AGE_31_TO_40", 1, "AGE_41_TO_50", 0, "AGE_OVER_50", 0, "AGE_UNSPECIFIED", 1));
        assertThat(progress.<Double>read("$.categories.averageAge")).isEqualTo(29.5);
        assertThat(progress.<Integer>read("$.categories.withAge")).isEqualTo(2);
        assertThat(progress.<Map<String, Integer>>read("$.categories.education")).containsAllEntriesOf(Map.of(
                "EDUCATION_UPPER_SECONDARY", 1, "EDUCATION_LOWER_SECONDARY", 1, "EDUCATION_UNSPECIFIED", 1,
                "EDUCATION_PRIMARY", 0));
        assertThat(progress.<Map<String, Integer>>read("$.categories.profession")).containsAllEntriesOf(Map.of(
                "PROFESSION_UNIVERSITY", 1, "PROFESSION_COLLEGE", 1, "PROFESSION_UNSPECIFIED", 1));
        assertThat(progress.<Map<String, Integer>>read("$.categories.sector")).containsAllEntriesOf(Map.of(
                "SECTOR_PUBLIC_SERVANT", 1, "SECTOR_WORKER", 1, "SECTOR_UNSPECIFIED", 1));
        assertThat(progress.<Integer>read("$.categories.organisationsAdmitted"))
                .as("the hospital's committee, once for its two branches").isEqualTo(1);
        assertThat(progress.<Integer>read("$.categories.organisationsWithSources"))
                .as("the hospital, the tax office, and the bloc committee's own source").isEqualTo(3);
        assertThat(progress.<List<String>>read("$.notes[*].english"))
                .anySatisfy(note -> assertThat(note).contains("a person in both counted in both"));
        assertThat(api.get("/api/progress/" + tax + "/2024").<Integer>read("$.categories.organisationsAdmitted"))
                .isZero();
        assertThat(api.get("/api/progress/" + hospital + "/2024").<Double>read("$.categories.averageAge"))
                .isEqualTo(29.5);
    }

    private CandidateAdmitted admitted(String branch, int age, boolean youthUnion, boolean tradeUnion,
                                       GeneralEducation education, ProfessionalLevel profession,
                                       OccupationSector sector, boolean readmission) {
        return CandidateAdmitted.newBuilder(log.admitted(log.next(), branch, MAY_19, youthUnion))
                .setAgeAtAdmission(age)
                .setReadmission(readmission)
                .setAttributes(ReportingAttributes.newBuilder().setBirthYear(2024 - age - 1)
                        .setYouthUnionMember(youthUnion).setTradeUnionMember(tradeUnion)
                        .setEducationCategory(education).setProfessionalCategory(profession).setSectorCategory(sector)
                        .build())
                .build();
    }
}
