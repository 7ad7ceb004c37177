package vn.pdv.aggregator.candidate.mongo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import vn.pdv.aggregator.agenda.Awaiting;
import vn.pdv.aggregator.agenda.Matter;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.GuardedMirror;

/**
 * The {@code candidate_stages} documents of the candidates awaiting a decision, in memory; the others are not kept.
 * A candidate awaits while they stand at a {@link Matter#waitingAt()} stage and the step the deadline runs from has a
 * day. Not thread-safe on its own: see {@link GuardedMirror}.
 */
final class AgendaIndex implements GuardedMirror.Index {

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
        String branch = document.getString("unit");
        if (stage == null || branch == null) {
            return;
        }
        // Every candidate's document passes through here (the stock reads the same ones): days are parsed only for
        // the few standing where a committee's decision is awaited.
        if (stage.equals(Matter.ADMISSION.waitingAt().name())) {
            LocalDate proposed = day(document, MongoCandidates.PROPOSED_ON);
            if (proposed != null) {
                LocalDate voted = day(document, MongoCandidates.VOTED_ON);
                awaiting.put(candidate, new Awaiting(candidate, new UnitCode(branch), Matter.ADMISSION, proposed,
                        voted != null ? voted : proposed));
            }
        } else if (stage.equals(Matter.RECOGNITION.waitingAt().name())) {
            LocalDate recognitionVoted = day(document, MongoCandidates.RECOGNITION_VOTED_ON);
            if (recognitionVoted != null) {
                awaiting.put(candidate, new Awaiting(candidate, new UnitCode(branch), Matter.RECOGNITION,
                        recognitionVoted, recognitionVoted));
            }
        }
    }

    List<Awaiting> all() {
        return List.copyOf(awaiting.values());
    }

    private static LocalDate day(Document document, String field) {
        String text = document.getString(field);
        return text == null ? null : LocalDate.parse(text);
    }
}
