package vn.pdv.benchmarks;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.bson.BsonDocument;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;

/**
 * The documents a service writes, counted as its MongoDB client sends them: the statements of each {@code update},
 * {@code insert} and {@code delete} command, by collection. Added to the service's context as one more client settings
 * customizer, so nothing in the service changes to be counted.
 */
final class DocumentWrites implements CommandListener {

    /** The command's field holding its statements, by command. */
    private static final Map<String, String> STATEMENTS = Map.of("update", "updates", "insert", "documents",
            "delete", "deletes");

    private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> commands = new ConcurrentHashMap<>();

    /** What was counted up to a moment: statements and commands by collection. */
    record Counted(Map<String, Long> statements, Map<String, Long> commands) {

        long total() {
            return statements.values().stream().mapToLong(Long::longValue).sum();
        }

        /** What was counted after {@code earlier}. */
        Counted since(Counted earlier) {
            return new Counted(minus(statements, earlier.statements), minus(commands, earlier.commands));
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
        statements.computeIfAbsent(collection, name -> new LongAdder()).add(command.getArray(field).size());
        commands.computeIfAbsent(collection, name -> new LongAdder()).increment();
    }

    Counted counted() {
        return new Counted(sums(statements), sums(commands));
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counts) {
        Map<String, Long> sums = new TreeMap<>();
        counts.forEach((collection, count) -> sums.put(collection, count.sum()));
        return sums;
    }
}
