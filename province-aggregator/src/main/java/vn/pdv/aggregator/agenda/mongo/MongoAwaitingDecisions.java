package vn.pdv.aggregator.agenda.mongo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.agenda.Awaiting;
import vn.pdv.aggregator.agenda.AwaitingDecisions;
import vn.pdv.aggregator.agenda.Matter;
import vn.pdv.aggregator.agenda.Milestone;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;

/**
 * {@code agenda_candidates}: one document per candidate with its branch, its furthest stage (moved only forward,
 * except exactly by a void or correction, as {@code candidate_stages} is) and the days of the steps the agenda reads
 * (the branch's admission vote, the proposal, the branch's recognition vote), each written once per origin by
 * {@link OncePerOrigin#applyAll}. A corrected step's day replaces the day; a voided step's stays in the document but
 * no longer counts, as the candidate stands before it. A candidate taken in from another committee is moved from then
 * on only by the log that took them in ({@code holder}), as in {@code candidate_stages}. Reads come from a {@link GuardedMirror} holding only the
 * candidates awaiting a decision.
 */
@Repository
class MongoAwaitingDecisions implements AwaitingDecisions {

    private static final String COLLECTION = "agenda_candidates";
    /** The steps whose day the agenda keeps, by the field they are kept in. */
    private static final Map<Stage, String> DATED = Map.of(Stage.BRANCH_VOTED, "votedOn", Stage.PROPOSED, "proposedOn",
            Stage.RECOGNITION_VOTED, "recognitionVotedOn");

    private final MongoTemplate mongo;
    private final Index index = new Index();
    private final GuardedMirror mirror;

    MongoAwaitingDecisions(MongoTemplate mongo) {
        this.mongo = mongo;
        this.mirror = new GuardedMirror(mongo, COLLECTION, index);
    }

    /** Fills the cache at start-up rather than on the first reader's time. */
    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        mirror.warm();
    }

    @Override
    public void note(List<Milestone> milestones) {
        Map<String, List<Milestone>> byCandidate = new LinkedHashMap<>();
        for (Milestone milestone : milestones) {
            byCandidate.computeIfAbsent(milestone.candidateId(), candidate -> new ArrayList<>()).add(milestone);
        }
        mirror.applyAll(byCandidate,
                milestone -> new Guard(milestone.origin().log().value(), milestone.origin().sequence()),
                (current, fresh) -> {
                    int order = current == null ? -1 : current.getInteger("order");
                    String holder = current == null ? null : current.getString("holder");
                    Update update = new Update();
                    Milestone standing = null;
                    for (Milestone milestone : fresh) {
                        String log = milestone.origin().log().value();
                        boolean takenIn = milestone.arrival() && !log.equals(holder);
                        if (holder != null && !log.equals(holder) && !takenIn) {
                            continue;
                        }
                        if (takenIn) {
                            holder = log;
                        }
                        if (takenIn || (milestone.exact() && !milestone.arrival())
                                || milestone.stage().ordinal() > order) {
                            standing = milestone;
                            order = milestone.stage().ordinal();
                        }
                        if (milestone.dated() != null && DATED.containsKey(milestone.dated())) {
                            update.set(DATED.get(milestone.dated()), milestone.on().toString());
                        }
                    }
                    if (standing != null) {
                        update.set("branch", standing.branch().value()).set("stage", standing.stage().name())
                                .set("order", standing.stage().ordinal());
                        if (holder != null) {
                            update.set("holder", holder);
                        }
                    }
                    return update;
                });
    }

    @Override
    public List<Awaiting> all() {
        return mirror.read(() -> List.copyOf(index.awaiting.values()));
    }

    /** The documents of the candidates awaiting a decision; the others are not kept. */
    private static final class Index implements GuardedMirror.Index {

        private final Map<String, Awaiting> awaiting = new LinkedHashMap<>();

        @Override
        public void clear() {
            awaiting.clear();
        }

        @Override
        public void put(Document document) {
            String candidate = document.getString("_id");
            awaiting.remove(candidate);
            String stage = document.getString("stage");
            String branch = document.getString("branch");
            if (stage == null || branch == null) {
                return;
            }
            LocalDate voted = day(document, "votedOn");
            LocalDate proposed = day(document, "proposedOn");
            LocalDate recognitionVoted = day(document, "recognitionVotedOn");
            UnitCode unit = new UnitCode(branch);
            if (stage.equals(Matter.ADMISSION.waitingAt().name()) && proposed != null) {
                awaiting.put(candidate, new Awaiting(candidate, unit, Matter.ADMISSION, proposed,
                        voted != null ? voted : proposed));
            } else if (stage.equals(Matter.RECOGNITION.waitingAt().name()) && recognitionVoted != null) {
                awaiting.put(candidate, new Awaiting(candidate, unit, Matter.RECOGNITION, recognitionVoted,
                        recognitionVoted));
            }
        }

        private static LocalDate day(Document document, String field) {
            String text = document.getString(field);
            return text == null ? null : LocalDate.parse(text);
        }
    }
}
