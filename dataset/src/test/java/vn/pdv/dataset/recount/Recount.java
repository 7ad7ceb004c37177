package vn.pdv.dataset.recount;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.pdv.events.AwarenessCertificateIssued;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.events.CandidateExited;
import vn.pdv.events.CandidateRecognised;
import vn.pdv.events.EventMetadata;
import vn.pdv.events.QuotaAssigned;
import vn.pdv.events.ReportingAttributes;
import vn.pdv.events.SourceCreated;
import vn.pdv.events.SympathiserAdded;
import vn.pdv.events.SympathiserRemoved;
import vn.pdv.events.UnitRegistered;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroDeserializer;
import vn.pdv.schemas.serde.AvroSerdeConfig;

/**
 * Counts, from the raw events on the topic, what the province aggregator answers: per unit and period, admissions
 * (with the youth-union, trade-union and female parts, and for issue 13 those with "12/12" schooling and those at
 * most 30 by their birth year), sources, and the other pipeline counts, each event counted
 * for every unit above its branch on the event's day; and the pipeline stock now. Deliberately naive: it keeps
 * every counting event in a list and walks the tree for each one at each question. It reads the rules from the
 * aggregator's documentation, never its code:
 *
 * <ul>
 *   <li>An event at branch U on day d counts for A iff U was A or beneath A on day d. A unit's parent on day d is
 *       that of its latest version begun on or before d; on days before its first version, that of its first; none
 *       from the day it closed.</li>
 *   <li>A unit's own figures also take in the units merged into it (and those merged into them) on their days
 *       before the merge.</li>
 *   <li>Each event counts on its own day: a source on {@code identifiedOn}, an admission on {@code admittedOn} (the
 *       ceremony), a sympathiser on {@code addedOn}, a removal from the list on {@code removedOn} (a removal and an
 *       exit), a certificate on {@code issuedOn}, a recognition on {@code decidedOn}, an exit on
 *       {@code exitedOn}, except a move to another committee, which is no exit.</li>
 *   <li>The stock: each candidate at the furthest stage any of their events reached (an exit is furthest), at that
 *       event's branch, counted for the units whose subtree holds the branch today.</li>
 *   <li>A log's events are taken once each, in sequence: a repeated sequence is dropped.</li>
 * </ul>
 */
final class Recount {

    enum Count { ADMISSIONS, SOURCES, SYMPATHISERS_ADDED, SYMPATHISERS_REMOVED, CERTIFICATES, RECOGNITIONS, EXITS }

    /** The pipeline's stages in order, as the contract's CandidateStage names them. */
    static final List<String> STAGES = List.of("SOURCE", "SYMPATHISER", "CERTIFIED", "VERIFIED", "INTRODUCED",
            "BRANCH_VOTED", "PROPOSED", "ADMISSION_DECIDED", "PROBATIONARY_MEMBER", "NEW_MEMBER_CLASS_COMPLETED",
            "RECOGNITION_VOTED", "OFFICIAL_MEMBER", "EXITED");

    /**
     * @param upperSecondary the person's typed education is "12/12" (the form's THPT)
     * @param upTo30         the person was at most 30 in the year of the step, by the birth year
     */
    private record Counted(Count count, String branch, LocalDate day, boolean youth, boolean trade, boolean female,
                           boolean upperSecondary, boolean upTo30) {
    }

    private record Closure(LocalDate on, String successor) {
    }

    private record Furthest(int stage, String unit) {
    }

    /** The figures of one unit and period. */
    record Figures(Map<Count, Long> totals, long admittedYouth, long admittedTrade, long admittedFemale,
                   long admittedUpperSecondary, long admittedUpTo30) {

        long get(Count count) {
            return totals.getOrDefault(count, 0L);
        }
    }

    private final Map<String, TreeMap<LocalDate, String>> versions = new HashMap<>();
    private final Map<String, Closure> closures = new HashMap<>();
    private final List<Counted> counted = new ArrayList<>();
    private final Map<String, Furthest> candidates = new HashMap<>();
    private final Map<String, Integer> quotas = new HashMap<>();
    private final Map<String, Long> applied = new TreeMap<>();
    private final Map<String, List<String>> gaps = new TreeMap<>();

    /**
     * Reads the whole topic as it stands, keeping the logs whose key {@code logs} accepts.
     *
     * @param changes the staff changes the aggregator was given, which no event carries: each unit moved (a version
     *                under its new parent from the day), each unit closed, with the day it closed and the unit it
     *                merged into (null for a plain closure)
     */
    static Recount fromTopic(String bootstrapServers, String schemaRegistryUrl, Predicate<String> logs,
                             List<vn.pdv.dataset.organisation.HierarchyChange> changes) {
        Recount recount = new Recount();
        Map<String, Map.Entry<LocalDate, String>> closures = closuresOf(changes);
        for (var change : changes) {
            if (change instanceof vn.pdv.dataset.organisation.HierarchyChange.Move move) {
                recount.versions.computeIfAbsent(move.unit().value(), code -> new TreeMap<>())
                        .put(move.on(), move.parent().value());
            }
        }
        closures.forEach((unit, closure) -> recount.closures.put(unit,
                new Closure(closure.getKey(), closure.getValue())));
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000, AvroSerdeConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
        AvroDeserializer values = new AvroDeserializer();
        values.configure(config, false);
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.UNIT_EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(500))) {
                    if (logs.test(record.key())) {
                        recount.take(record.value());
                    }
                }
            }
        }
        return recount;
    }

    /** The closures the staff changes make: a merge closes its units into its successor, a closure plainly. */
    static Map<String, Map.Entry<LocalDate, String>> closuresOf(List<vn.pdv.dataset.organisation.HierarchyChange> changes) {
        Map<String, Map.Entry<LocalDate, String>> closures = new LinkedHashMap<>();
        for (var change : changes) {
            switch (change) {
                case vn.pdv.dataset.organisation.HierarchyChange.Merge merge -> merge.units().forEach(unit ->
                        closures.put(unit.value(), new java.util.AbstractMap.SimpleEntry<>(merge.on(), merge.into().value())));
                case vn.pdv.dataset.organisation.HierarchyChange.Close close ->
                        closures.put(close.unit().value(), new java.util.AbstractMap.SimpleEntry<>(close.on(), null));
                case vn.pdv.dataset.organisation.HierarchyChange.Move move -> {
                }
            }
        }
        return closures;
    }

    private void take(Object event) {
        EventMetadata metadata = (EventMetadata) ((org.apache.avro.generic.GenericRecord) event).get("metadata");
        String log = metadata.getUnitCode();
        long last = applied.getOrDefault(log, 0L);
        if (metadata.getSequence() <= last) {
            return;
        }
        if (metadata.getSequence() != last + 1) {
            gaps.computeIfAbsent(log, l -> new ArrayList<>()).add((last + 1) + ".." + (metadata.getSequence() - 1));
        }
        applied.put(log, metadata.getSequence());
        switch (event) {
            case UnitRegistered e -> versions.computeIfAbsent(e.getCode(), code -> new TreeMap<>())
                    .put(e.getEffectiveFrom(), e.getParentCode());
            case QuotaAssigned e -> quotas.put(quotaKey(e.getTargetUnitCode(), e.getPeriod().getEndYear() == null
                    ? String.valueOf(e.getPeriod().getYear())
                    : e.getPeriod().getYear() + "-" + e.getPeriod().getEndYear(), e.getMetric().name()), e.getTarget());
            case SourceCreated e -> step(Count.SOURCES, e.getBranchCode(), e.getIdentifiedOn(), e.getAttributes(),
                    e.getCandidateId(), "SOURCE");
            case SympathiserAdded e -> step(Count.SYMPATHISERS_ADDED, e.getBranchCode(), e.getAddedOn(),
                    e.getAttributes(), e.getCandidateId(), "SYMPATHISER");
            case SympathiserRemoved e -> {
                step(Count.SYMPATHISERS_REMOVED, e.getBranchCode(), e.getRemovedOn(), e.getAttributes(),
                        e.getCandidateId(), "EXITED");
                step(Count.EXITS, e.getBranchCode(), e.getRemovedOn(), e.getAttributes(), e.getCandidateId(), "EXITED");
            }
            case AwarenessCertificateIssued e -> step(Count.CERTIFICATES, e.getBranchCode(), e.getIssuedOn(),
                    e.getAttributes(), e.getCandidateId(), "CERTIFIED");
            case CandidateAdmitted e -> step(Count.ADMISSIONS, e.getBranchCode(), e.getAdmittedOn(), e.getAttributes(),
                    e.getCandidateId(), "PROBATIONARY_MEMBER");
            case CandidateRecognised e -> step(Count.RECOGNITIONS, e.getBranchCode(), e.getDecidedOn(),
                    e.getAttributes(), e.getCandidateId(), "OFFICIAL_MEMBER");
            // A move to another committee is no loss: the candidate leaves the stock here, and counts no exit.
            case CandidateExited e when e.getReason() == vn.pdv.events.ExitReason.MOVED_TO_ANOTHER_UNIT ->
                    reached(e.getCandidateId(), e.getBranchCode(), "EXITED");
            case CandidateExited e -> step(Count.EXITS, e.getBranchCode(), e.getExitedOn(), e.getAttributes(),
                    e.getCandidateId(), "EXITED");
            default -> {
                // The other steps move the candidate only: their record names the stage by its type.
                var record = (org.apache.avro.generic.GenericRecord) event;
                reached(String.valueOf(record.get("candidateId")), String.valueOf(record.get("branchCode")),
                        stageOf(record.getSchema().getName()));
            }
        }
    }

    private static String stageOf(String type) {
        return switch (type) {
            case "BackgroundVerified" -> "VERIFIED";
            case "CandidateIntroduced" -> "INTRODUCED";
            case "AdmissionVoted" -> "BRANCH_VOTED";
            case "AdmissionProposed" -> "PROPOSED";
            case "AdmissionDecided" -> "ADMISSION_DECIDED";
            case "NewMemberClassCompleted" -> "NEW_MEMBER_CLASS_COMPLETED";
            case "RecognitionVoted" -> "RECOGNITION_VOTED";
            default -> throw new IllegalArgumentException("not a step: " + type);
        };
    }

    /** A counting step: one more of {@code count} at the branch on the day, and the candidate at the stage. */
    private void step(Count count, String branch, LocalDate day, ReportingAttributes who, String candidate,
                      String stage) {
        counted.add(new Counted(count, branch, day, who.getYouthUnionMember(), who.getTradeUnionMember(),
                who.getGender() == vn.pdv.events.Gender.FEMALE, "12/12".equals(who.getGeneralEducation()),
                who.getBirthYear() != null && day.getYear() - who.getBirthYear() <= 30));
        reached(candidate, branch, stage);
    }

    private void reached(String candidate, String branch, String stage) {
        int order = STAGES.indexOf(stage);
        Furthest now = candidates.get(candidate);
        if (now == null || order > now.stage()) {
            candidates.put(candidate, new Furthest(order, branch));
        }
    }

    // ---- questions

    /** The figures of the unit over the days {@code from} (inclusive) to {@code until} (exclusive). */
    Figures figures(String unit, LocalDate from, LocalDate until) {
        Set<String> lineage = lineage(unit);
        Map<Count, Long> totals = new EnumMap<>(Count.class);
        long youth = 0;
        long trade = 0;
        long female = 0;
        long upperSecondary = 0;
        long upTo30 = 0;
        for (Counted event : counted) {
            if (event.day().isBefore(from) || !event.day().isBefore(until)) {
                continue;
            }
            if (chain(event.branch(), event.day()).stream().noneMatch(lineage::contains)) {
                continue;
            }
            totals.merge(event.count(), 1L, Long::sum);
            if (event.count() == Count.ADMISSIONS) {
                youth += event.youth() ? 1 : 0;
                trade += event.trade() ? 1 : 0;
                female += event.female() ? 1 : 0;
                upperSecondary += event.upperSecondary() ? 1 : 0;
                upTo30 += event.upTo30() ? 1 : 0;
            }
        }
        return new Figures(totals, youth, trade, female, upperSecondary, upTo30);
    }

    /** How many candidates stand in each stage now, in the unit's subtree as it stands {@code today}. */
    Map<String, Long> stock(String unit, LocalDate today) {
        Set<String> lineage = lineage(unit);
        Map<String, Long> stock = new LinkedHashMap<>();
        STAGES.forEach(stage -> stock.put(stage, 0L));
        for (Furthest candidate : candidates.values()) {
            if (chain(candidate.unit(), today).stream().anyMatch(lineage::contains)) {
                stock.merge(STAGES.get(candidate.stage()), 1L, Long::sum);
            }
        }
        return stock;
    }

    /** The latest quota a log assigned the unit for the period ("2024", "2025-2030") and metric; null for none. */
    Integer quota(String unit, String period, String metric) {
        return quotas.get(quotaKey(unit, period, metric));
    }

    /** Each log's last sequence taken. */
    Map<String, Long> lastSequences() {
        return applied;
    }

    /** Each log's missing sequences, e.g. {@code 5..7}. */
    Map<String, List<String>> gaps() {
        return gaps;
    }

    /** The unit on the day and the units above it, nearest first; empty when it did not exist that day. */
    List<String> chain(String unit, LocalDate day) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String at = unit;
        while (at != null && seen.add(at)) {
            Closure closure = closures.get(at);
            TreeMap<LocalDate, String> history = versions.get(at);
            if (history == null || closure != null && !day.isBefore(closure.on())) {
                break;
            }
            Map.Entry<LocalDate, String> version = history.floorEntry(day);
            chain.add(at);
            at = (version != null ? version : history.firstEntry()).getValue();
        }
        return chain;
    }

    /** The unit and every unit merged into it, directly or through others. */
    Set<String> lineage(String unit) {
        Set<String> lineage = new HashSet<>(List.of(unit));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Closure> closure : closures.entrySet()) {
                if (closure.getValue().successor() != null && lineage.contains(closure.getValue().successor())) {
                    grew |= lineage.add(closure.getKey());
                }
            }
        }
        return lineage;
    }

    private static String quotaKey(String unit, String period, String metric) {
        return unit + "|" + period + "|" + metric;
    }
}
