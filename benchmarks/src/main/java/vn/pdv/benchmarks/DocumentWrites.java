package vn.pdv.benchmarks;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The documents a service writes, counted as its MongoDB client sends them: the statements of each {@code update},
 * {@code insert} and {@code delete} command, by collection. Added to the service's context as one more client settings
 * customizer, so nothing in the service changes to be counted.
 *
 * <p>Beside them it counts what the leaner shape issue 16 proposes would have written for the same commands, each
 * command standing for a batch: tallies kept per unit and month (a command's statements for the days of one month of
 * one unit and log become one), and the pipeline stock kept as counts per unit rather than a document per candidate (a
 * command's candidates standing in one unit become one, and a candidate whose standing does not move writes nothing).
 * It is a floor: that shape would also have to write the candidates the agenda follows, and both units of a candidate
 * moved from one to another. {@link #leanerHeld} gives the floor beneath it, for batches as large as a whole log.
 */
final class DocumentWrites implements CommandListener {

    /** The command's field holding its statements, by command. */
    private static final Map<String, String> STATEMENTS = Map.of("update", "updates", "insert", "documents",
            "delete", "deletes");

    /**
     * The collections the leaner shape keeps otherwise, and the document it would write for one of theirs, from one
     * field of it. Every other collection it keeps as now.
     */
    enum Leaner {

        /** Tallies per unit, month and log rather than per day: {@code unit|day|log} as {@code unit|month|log}. */
        TALLIES("tallies", "_id") {
            @Override
            String document(String unitDayAndLog) {
                String[] parts = unitDayAndLog.split("\\|", 3);
                return parts[0] + "|" + parts[1].substring(0, 7) + "|" + parts[2];
            }
        },
        /** The pipeline stock as counts per unit rather than a document per candidate: the candidate's unit. */
        STOCK("candidate_stages", "unit") {
            @Override
            String document(String unit) {
                return unit;
            }
        };

        final String collection;
        /** The field the document is made from: {@code _id} as an update's filter names it, any other as it sets it. */
        private final String field;

        Leaner(String collection, String field) {
            this.collection = collection;
            this.field = field;
        }

        abstract String document(String value);

        /** The document an update statement would write; null when it sets no {@link #field} (moves only the guard). */
        String written(BsonDocument statement) {
            BsonValue value = "_id".equals(field) ? statement.getDocument("q").get(field)
                    : statement.getDocument("u").getDocument("$set", new BsonDocument()).get(field);
            return value instanceof BsonString named ? document(named.getValue()) : null;
        }

        /** The documents that would stand for what {@code mongo} holds of {@link #collection} now. */
        Set<String> held(MongoTemplate mongo) {
            Set<String> documents = new HashSet<>();
            mongo.getCollection(collection).find().projection(new Document(field, 1))
                    .forEach(held -> documents.add(document(held.getString(field))));
            return documents;
        }

        static Leaner of(String collection) {
            return Stream.of(values()).filter(leaner -> leaner.collection.equals(collection)).findFirst()
                    .orElse(null);
        }
    }

    private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> commands = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> leaner = new ConcurrentHashMap<>();

    /** What was counted up to a moment: statements, commands and the leaner shape's writes, by collection. */
    record Counted(Map<String, Long> statements, Map<String, Long> commands, Map<String, Long> leaner) {

        long total() {
            return sum(statements);
        }

        long leanerTotal() {
            return sum(leaner);
        }

        private static long sum(Map<String, Long> counts) {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** What was counted after {@code earlier}. */
        Counted since(Counted earlier) {
            return new Counted(minus(statements, earlier.statements), minus(commands, earlier.commands),
                    minus(leaner, earlier.leaner));
        }

        private static Map<String, Long> minus(Map<String, Long> later, Map<String, Long> earlier) {
            Map<String, Long> difference = new TreeMap<>();
            later.forEach((collection, count) -> {
                long added = count - earlier.getOrDefault(collection, 0L);
                if (added > 0) {
                    difference.put(collection, added);
                }
            });
            return difference;
        }

        /** Each collection's statements and, in brackets, their mean per command (a bulk is one command). */
        String byCollection() {
            StringBuilder text = new StringBuilder();
            statements.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(entry -> text.append(text.isEmpty() ? "" : ", ").append("%s %,d (%,.0f a bulk)".formatted(
                            entry.getKey(), entry.getValue(),
                            entry.getValue() / (double) Math.max(1, commands.getOrDefault(entry.getKey(), 1L)))));
            return text.toString();
        }
    }

    /** {@code application}, its MongoDB client reporting its commands here. */
    SpringApplicationBuilder countingIn(SpringApplicationBuilder application) {
        return application.initializers(context -> context.getBeanFactory().registerSingleton("benchmarkWriteCount",
                (MongoClientSettingsBuilderCustomizer) settings -> settings.addCommandListener(this)));
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String field = STATEMENTS.get(event.getCommandName());
        if (field == null) {
            return;
        }
        BsonDocument command = event.getCommand();
        String collection = command.getString(event.getCommandName()).getValue();
        BsonArray written = command.getArray(field);
        statements.computeIfAbsent(collection, name -> new LongAdder()).add(written.size());
        commands.computeIfAbsent(collection, name -> new LongAdder()).increment();
        Leaner kept = "update".equals(event.getCommandName()) ? Leaner.of(collection) : null;
        int leanerWrites = written.size();
        if (kept != null) {
            Set<String> documents = new HashSet<>();
            for (BsonValue statement : written) {
                String document = kept.written(statement.asDocument());
                if (document != null) {
                    documents.add(document);
                }
            }
            leanerWrites = documents.size();
        }
        leaner.computeIfAbsent(collection, name -> new LongAdder()).add(leanerWrites);
    }

    /**
     * The documents the leaner shape would hold for what the collections {@code written} to hold now: what it would
     * write if each committee's whole log came as one batch, once per document. A collection it keeps as now counts no
     * more documents than were {@code written} to it (others may have been written by staff, not by events).
     */
    static long leanerHeld(MongoTemplate mongo, Map<String, Long> written) {
        long documents = 0;
        for (Map.Entry<String, Long> collection : written.entrySet()) {
            Leaner kept = Leaner.of(collection.getKey());
            documents += kept != null ? kept.held(mongo).size()
                    : Math.min(collection.getValue(), mongo.getCollection(collection.getKey()).countDocuments());
        }
        return documents;
    }

    Counted counted() {
        return new Counted(sums(statements), sums(commands), sums(leaner));
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counts) {
        Map<String, Long> sums = new TreeMap<>();
        counts.forEach((collection, count) -> sums.put(collection, count.sum()));
        return sums;
    }
}
