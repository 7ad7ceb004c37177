package vn.pdv.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;

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
     * What one statement of an update of a collection comes to in the leaner shape: the document it would write, null
     * for none. A collection not named here is written as it is now.
     */
    private static final Map<String, Function<BsonDocument, String>> LEANER = Map.of(
            "tallies", DocumentWrites::unitMonthAndLog,
            "candidate_stages", DocumentWrites::unitStoodIn);

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
        Function<BsonDocument, String> leanerDocument = "update".equals(event.getCommandName())
                ? LEANER.get(collection) : null;
        int leanerWrites = written.size();
        if (leanerDocument != null) {
            Set<String> documents = new HashSet<>();
            for (BsonValue statement : written) {
                String document = leanerDocument.apply(statement.asDocument());
                if (document != null) {
                    documents.add(document);
                }
            }
            leanerWrites = documents.size();
        }
        leaner.computeIfAbsent(collection, name -> new LongAdder()).add(leanerWrites);
    }

    /** A tally's document {@code unit|day|log} as {@code unit|month|log}. */
    private static String unitMonthAndLog(BsonDocument statement) {
        return unitMonthAndLog(statement.getDocument("q").getString("_id").getValue());
    }

    private static String unitMonthAndLog(String tally) {
        String[] unitDayAndLog = tally.split("\\|", 3);
        return unitDayAndLog[0] + "|" + unitDayAndLog[1].substring(0, 7) + "|" + unitDayAndLog[2];
    }

    /** The unit a candidate's update stands them in; null when it moves only the guard or the agenda's days. */
    private static String unitStoodIn(BsonDocument statement) {
        BsonValue unit = statement.getDocument("u").getDocument("$set", new BsonDocument()).get("unit");
        return unit instanceof BsonString named ? named.getValue() : null;
    }

    /**
     * The documents the leaner shape would hold for what the collections {@code written} to hold now: what it would
     * write if each committee's whole log came as one batch, once per document. A collection it keeps as now counts no
     * more documents than were {@code written} to it (others may have been written by staff, not by events).
     */
    static long leanerHeld(String connectionString, String database, Map<String, Long> written) {
        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoDatabase held = client.getDatabase(database);
            long documents = 0;
            for (String collection : written.keySet()) {
                Set<String> leanerDocuments = new HashSet<>();
                switch (collection) {
                    case "tallies" -> held.getCollection(collection).find().projection(new Document("_id", 1))
                            .forEach(tally -> leanerDocuments.add(unitMonthAndLog(tally.getString("_id"))));
                    case "candidate_stages" -> held.getCollection(collection).find()
                            .projection(new Document("unit", 1))
                            .forEach(candidate -> leanerDocuments.add(candidate.getString("unit")));
                    default -> documents += Math.min(written.get(collection),
                            held.getCollection(collection).countDocuments());
                }
                documents += leanerDocuments.size();
            }
            return documents;
        }
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
