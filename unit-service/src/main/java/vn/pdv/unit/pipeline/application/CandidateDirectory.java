package vn.pdv.unit.pipeline.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.Candidates;
import vn.pdv.unit.pipeline.People;
import vn.pdv.unit.pipeline.PersonalDetails;
import vn.pdv.unit.pipeline.PipelineRules;
import vn.pdv.unit.pipeline.Stage;
import vn.pdv.unit.pipeline.TypedWords;
import vn.pdv.unit.pipeline.rules.DueItem;

/**
 * The committee's candidates as its staff read them on the pages: each with the person's details (when the reader
 * may see them), the branch's name, how long they have stood at their stage and what falls due next. Reads only; the
 * steps are {@link Pipeline}'s.
 *
 * <p>Known limit: the list is built in memory from the reach's candidates and their people, which is what a
 * committee's few hundred candidates allow; a search by name runs over the same rows.
 */
@Service
public class CandidateDirectory {

    private final Candidates candidates;
    private final People people;
    private final Units units;
    private final PipelineRules rules;

    CandidateDirectory(Candidates candidates, People people, Units units, PipelineRules rules) {
        this.candidates = candidates;
        this.people = people;
        this.units = units;
        this.rules = rules;
    }

    /**
     * One candidate as a list shows them.
     *
     * @param person      the personal details, or null when the reader may not see them (outside the reader's reach)
     * @param branchName  the branch's registered name, or its code when unknown
     * @param daysInStage whole days from the step that brought them to their stage to {@code today}
     * @param next        the earliest deadline still ahead of them (or passed), if any
     */
    public record Row(Candidate candidate, PersonalDetails person, String branchName, long daysInStage,
                      Optional<DueItem> next) {

        public CandidateId id() {
            return candidate.id();
        }

        public Stage stage() {
            return candidate.stage();
        }

        public LocalDate stageSince() {
            return candidate.stageSince();
        }
    }

    /** Every candidate of {@code reach}, in no particular order. */
    public List<Row> rows(Reach reach, LocalDate today, boolean withPeople) {
        return rowsOf(candidates.inReach(reach), today, withPeople);
    }

    public Optional<Row> row(CandidateId id, LocalDate today, boolean withPeople) {
        return candidates.find(id).map(candidate -> rowsOf(List.of(candidate), today, withPeople).getFirst());
    }

    /** Everything pending for the candidate, earliest first; nothing when the holiday calendar cannot count it. */
    public List<DueItem> dueFor(Candidate candidate) {
        try {
            return rules.deadlines().dueFor(candidate.milestones());
        } catch (IllegalStateException uncovered) {
            return List.of();
        }
    }

    /** The organisations in {@code reach}, by code, the committee's own first. */
    public Map<UnitCode, Unit> unitsIn(Reach reach) {
        return units.all().stream().filter(unit -> reach.covers(unit.code()))
                .collect(Collectors.toMap(Unit::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /**
     * Whether {@code row} answers a search: its name or ID-card number contains {@code words}, compared without case
     * or Vietnamese marks ("nguyen thi lan" finds "Nguyễn Thị Lan"), or the words are its candidate id.
     */
    public static boolean matches(Row row, String words) {
        if (words == null || words.isBlank()) {
            return true;
        }
        String wanted = TypedWords.folded(words);
        if (row.id().value().equalsIgnoreCase(words.strip())) {
            return true;
        }
        PersonalDetails person = row.person();
        return person != null && (TypedWords.folded(person.fullName()).contains(wanted)
                || (person.idCardNumber() != null && person.idCardNumber().contains(words.strip())));
    }

    private List<Row> rowsOf(Collection<Candidate> found, LocalDate today, boolean withPeople) {
        Map<CandidateId, PersonalDetails> details = withPeople
                ? people.of(found.stream().map(Candidate::id).toList()) : Map.of();
        Map<UnitCode, String> names = units.all().stream().collect(Collectors.toMap(Unit::code, Unit::name, (a, b) -> a));
        return found.stream().map(candidate -> {
            LocalDate since = candidate.stageSince();
            Optional<DueItem> next = candidate.stage().isActive() ? dueFor(candidate).stream().findFirst() : Optional.empty();
            return new Row(candidate, details.get(candidate.id()),
                    names.getOrDefault(candidate.branch(), candidate.branch().value()),
                    Math.max(0, ChronoUnit.DAYS.between(since, today)), next);
        }).toList();
    }
}
