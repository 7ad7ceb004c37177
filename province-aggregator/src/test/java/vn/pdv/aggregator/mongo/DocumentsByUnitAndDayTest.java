package vn.pdv.aggregator.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;

class DocumentsByUnitAndDayTest {

    private static final UnitCode BRANCH = new UnitCode("CB-01");
    private static final UnitCode OTHER = new UnitCode("CB-02");

    /** Answers with every count of the asked units' days, in the order walked. */
    private final DocumentsByUnitAndDay<Integer, List<Integer>> documents = new DocumentsByUnitAndDay<>(
            document -> document.getInteger("count"), (asked, index) -> {
                List<Integer> walked = new ArrayList<>();
                asked.units().stream().sorted(Comparator.comparing(UnitCode::value))
                        .forEach(unit -> index.forEachOf(unit, asked, walked::add));
                return walked;
            });

    @Test
    void answersTheAskedUnitsDaysFromTheFirstDayUpToButNotTheLast() {
        put(BRANCH, "2026-02-01", "log-a", 1);
        put(BRANCH, "2026-02-10", "log-a", 10);
        put(BRANCH, "2026-02-20", "log-a", 20);
        put(OTHER, "2026-02-10", "log-a", 100);

        assertThat(ask(Set.of(BRANCH), "2026-02-01", "2026-02-20")).containsExactly(1, 10);
        assertThat(ask(Set.of(BRANCH, OTHER), "2026-02-02", "2026-03-01")).containsExactly(10, 20, 100);
        assertThat(ask(Set.of(new UnitCode("CB-99")), "2026-01-01", "2027-01-01")).isEmpty();
    }

    @Test
    void walksDaysInOrderWhicheverOrderTheyWereRead() {
        put(BRANCH, "2026-03-05", "log-a", 5);
        put(BRANCH, "2026-01-05", "log-a", 1);
        put(BRANCH, "2026-02-05", "log-a", 2);
        put(BRANCH, "2026-12-31", "log-a", 12);
        put(BRANCH, "2026-01-01", "log-a", 0);

        assertThat(ask(Set.of(BRANCH), "2026-01-01", "2027-01-01")).containsExactly(0, 1, 2, 5, 12);
    }

    @Test
    void aDocumentReadAgainReplacesItselfAndNotTheOtherLogsOfTheSameDay() {
        put(BRANCH, "2026-02-10", "log-a", 1);
        put(BRANCH, "2026-02-10", "log-b", 7);
        put(BRANCH, "2026-02-10", "log-a", 3);

        assertThat(ask(Set.of(BRANCH), "2026-02-10", "2026-02-11")).containsExactlyInAnyOrder(3, 7);
    }

    @Test
    void anAnswerIsForgottenWhenADocumentChanges() {
        put(BRANCH, "2026-02-10", "log-a", 1);
        assertThat(ask(Set.of(BRANCH), "2026-02-01", "2026-03-01")).containsExactly(1);

        put(BRANCH, "2026-02-11", "log-a", 2);

        assertThat(ask(Set.of(BRANCH), "2026-02-01", "2026-03-01")).containsExactly(1, 2);
    }

    @Test
    void clearingForgetsEveryDocument() {
        put(BRANCH, "2026-02-10", "log-a", 1);

        documents.clear();

        assertThat(ask(Set.of(BRANCH), "2026-01-01", "2027-01-01")).isEmpty();
    }

    @Test
    void leavesOutADocumentWithoutAUnitOrADay() {
        documents.put(new Document("_id", "x").append("day", "2026-02-10").append("count", 1));
        documents.put(new Document("_id", "y").append("unit", BRANCH.value()).append("count", 1));

        assertThat(ask(Set.of(BRANCH), "2026-01-01", "2027-01-01")).isEmpty();
    }

    @Test
    void keepsManyDaysOfOneUnit() {
        LocalDate day = LocalDate.parse("2026-01-01");
        for (int at = 364; at >= 0; at--) {
            put(BRANCH, day.plusDays(at).toString(), "log-a", at);
            put(BRANCH, day.plusDays(at).toString(), "log-b", 1_000 + at);
        }

        List<Integer> walked = ask(Set.of(BRANCH), "2026-01-01", "2027-01-01");

        assertThat(walked).hasSize(730);
        assertThat(ask(Set.of(BRANCH), "2026-12-31", "2027-01-01")).containsExactlyInAnyOrder(364, 1_364);
    }

    private void put(UnitCode unit, String day, String log, int count) {
        documents.put(new Document("_id", DocumentsByUnitAndDay.id(unit, LocalDate.parse(day), log))
                .append("unit", unit.value()).append("day", day).append("count", count));
    }

    private List<Integer> ask(Set<UnitCode> units, String from, String until) {
        return documents.answer(units, LocalDate.parse(from), LocalDate.parse(until));
    }
}
