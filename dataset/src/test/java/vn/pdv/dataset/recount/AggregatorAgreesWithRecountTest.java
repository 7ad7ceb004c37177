package vn.pdv.dataset.recount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.dataset.DataSet;
import vn.pdv.dataset.Shape;
import vn.pdv.dataset.kafka.TopicWriter;
import vn.pdv.dataset.organisation.Province;
import vn.pdv.dataset.organisation.UnitCode;
import vn.pdv.dataset.organisation.UnitKind;
import vn.pdv.dataset.recount.Recount.Count;
import vn.pdv.dataset.web.AggregatorStaff;
import vn.pdv.schemas.Topics;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.TestStackInitializer;
import vn.pdv.stack.Tokens;

/**
 * A small generated province (about a twentieth of one: two districts, five new communes from fourteen old ones, a
 * bloc, 80 organisations, 400 branches; three years across the reorganisation) loaded into the real aggregator
 * through the real broker and registry, the reorganisation's merges and closures, its plan and memberships given
 * through the API as staff would, and the aggregator's progress answers held against the independent recount of the
 * same topic: for the province, a district, a bloc, a merged commune, an old commune, a moved organisation and a
 * branch, over years, quarters, a half-year and the terms. Every difference is listed, figure by figure.
 *
 * <p>As a province deploys it: two aggregator instances of one consumer group share the topic's partitions and one
 * database; the reorganisation is given to one, the plan to the other, and both answer every figure.
 *
 * <p>With {@code -Dpdv.recount.shape=province} the same comparison runs on a whole province ({@link Shape#province()},
 * ~430,000 events), as {@code dataset/README.md} describes; the suite runs the small one. With
 * {@code -Dpdv.recount.kill=true} the second instance is first killed mid-batch ({@link KilledMidBatch}).
 */
class AggregatorAgreesWithRecountTest {

    private static final Duration CATCH_UP = Duration.ofMinutes(5);
    private static final String CODE = "AGR";
    private static final Shape SHAPE = "province".equals(System.getProperty("pdv.recount.shape"))
            ? Shape.province() : Shape.small();

    private static final InProcessServices services = new InProcessServices();
    private static DataSet dataSet;
    private static Province province;
    /**
     * With {@code -Dpdv.recount.kill=true} the second instance runs in a JVM of its own, takes in the logs up to the
     * reorganisation alone and is killed outright (SIGKILL) between the writes of a batch, then restarted beside the
     * first: every figure is then compared on an instance that was killed mid-batch, as the issue asks.
     */
    private static final boolean KILL = Boolean.getBoolean("pdv.recount.kill");
    private static KilledMidBatch killed;
    /** Two instances of one group and one database; the first also answers whether the logs are complete. */
    private static final List<JsonApi> aggregators = new ArrayList<>();
    private static String group;
    private static Recount recount;

    @BeforeAll
    static void loadTheProvinceIntoTheAggregatorAndRecountTheTopic() {
        dataSet = DataSet.province(CODE, SHAPE, 7);
        province = dataSet.province(CODE);
        // As it happens: the logs up to the reorganisation, the province's changes to the tree through the API, then
        // the logs in the new tree (a new commune may change only what stands in its subtree), then the plan.
        Map<String, Long> lastSequences = new HashMap<>();
        String database = "agrees-" + UUID.randomUUID();
        group = "agrees-" + UUID.randomUUID();
        List<String> properties = Stream.concat(TestStackInitializer.properties(database).stream(),
                Stream.of("pdv.aggregator.group-id=" + group,
                        // The watcher's sweeps are not what this test is about.
                        "pdv.aggregator.alerts.check-every=PT1H")).toList();
        DataSet.StaffWork work = dataSet.staffWork(CODE);
        List<AggregatorStaff> staff = new ArrayList<>();
        try (TopicWriter writer = new TopicWriter(TestStack.kafkaBootstrapServers(), TestStack.schemaRegistryUrl())) {
            writer.ensureTopic();
            lastSequences.putAll(writer.write(dataSet.entries(true)).lastSequences());
            if (KILL) {
                killed = new KilledMidBatch(database, properties);
                killed.killBetweenTheWritesOfABatch(lastSequences);
            }
            for (int instance = 0; instance < 2; instance++) {
                int port = KILL && instance == 1 ? killed.restart()
                        : InProcessServices.port(services.start(AggregatorApplication.builder(), properties));
                aggregators.add(new JsonApi(port).as("province.admin"));
                staff.add(new AggregatorStaff("http://127.0.0.1:" + port, () -> Tokens.of("province.admin")));
            }
            await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(1)).until(() -> caughtUp(lastSequences));
            staff.getFirst().reorganise(work);
            lastSequences.putAll(writer.write(dataSet.entries(false)).lastSequences());
        }
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(1)).until(() -> caughtUp(lastSequences));
        staff.getLast().plansAndMemberships(work);
        recount = Recount.fromTopic(TestStack.kafkaBootstrapServers(), TestStack.schemaRegistryUrl(),
                key -> key.equals(CODE) || key.startsWith(CODE + "-"), work.changes());
        assertThat(recount.gaps()).isEmpty();
        assertThat(recount.lastSequences()).isEqualTo(lastSequences);
    }

    @AfterAll
    static void stop() {
        services.close();
        if (killed != null) {
            killed.close();
        }
    }

    @Test
    void everyFigureOfTheProgressAnswersEqualsTheRecount() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        UnitCode movedOrganisation = province.topLevel(true).stream()
                .filter(unit -> province.kind(unit) == UnitKind.DISTRICT_COMMITTEE)
                .flatMap(commune -> province.subtree(commune, true).stream())
                .filter(unit -> province.kind(unit) == UnitKind.GRASSROOTS_COMMITTEE).findFirst().orElseThrow();
        UnitCode branch = province.branches().getFirst().code();
        List<String> units = List.of(CODE, province.districts().getFirst().value(), province.blocs().getFirst().value(),
                mergedCommune().value(), CODE + "-X001", movedOrganisation.value(), branch.value());
        List<String> periods = List.of("2024", "2025", "2026", "2025-Q1", "2025-Q3", "2025-H2", "2026-Q1", "2020-2025",
                "2025-2030");
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (int instance = 0; instance < aggregators.size(); instance++) {
            for (String unit : units) {
                for (String period : periods) {
                    compared += compare(aggregators.get(instance), "instance " + (instance + 1), unit, period,
                            today, differences);
                }
            }
        }
        System.out.printf("Compared %,d figures of %d units over %d periods on %d instances with the recount: %d "
                + "differ%n", compared, units.size(), periods.size(), aggregators.size(), differences.size());
        assertThat(compared).isGreaterThan(1_000);
        assertThat(differences).as("figures where the aggregator and the recount differ (%d of %d compared)",
                differences.size(), compared).isEmpty();
    }

    @Test
    void theTwoInstancesShareTheTopicsPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.kafkaBootstrapServers()))) {
            ConsumerGroupDescription described = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            List<Set<TopicPartition>> held = described.members().stream()
                    .map(member -> member.assignment().topicPartitions().stream()
                            .filter(partition -> partition.topic().equals(Topics.UNIT_EVENTS))
                            .collect(Collectors.toSet()))
                    .filter(partitions -> !partitions.isEmpty()).toList();
            assertThat(held).as("members of %s holding partitions of %s", group, Topics.UNIT_EVENTS).hasSize(2);
            assertThat(held.stream().mapToInt(Set::size).sum()).isEqualTo(TopicWriter.PARTITIONS);
        }
    }

    @Test
    void theRecountedProvinceIsTheSizeItsShapeSays() {
        Recount.Figures year = recount.figures(CODE, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
        long sources = SHAPE.sourcesPerYear();
        // About 40 % of the sources are admitted (Shape); for the small one, 600-900 sources and 200-400 admissions.
        assertThat(year.get(Count.SOURCES)).isBetween(sources * 4 / 5, sources * 6 / 5);
        assertThat(year.get(Count.ADMISSIONS)).isBetween(sources * 4 / 15, sources * 8 / 15);
    }

    /** Compares one answer figure by figure; returns how many figures it compared. */
    private static int compare(JsonApi aggregator, String instance, String unit, String period, LocalDate today,
                               List<String> differences) {
        String where = instance + ": " + unit;
        JsonApi.Answer answer = aggregator.get("/api/progress/" + unit + "/" + period);
        if (answer.status() != 200) {
            differences.add(where + " " + period + ": the aggregator answered " + answer.status() + " " + answer.body());
            return 1;
        }
        LocalDate[] days = days(period);
        Recount.Figures expected = recount.figures(unit, days[0], days[1]);
        int compared = 0;
        compared += same(differences, where, period, "admissions.actual", expected.get(Count.ADMISSIONS),
                answer.read("$.admissions.actual"));
        compared += same(differences, where, period, "admissionsBy.YOUTH_UNION.actual", expected.admittedYouth(),
                answer.read("$.admissionsBy.YOUTH_UNION.actual"));
        compared += same(differences, where, period, "admissionsBy.TRADE_UNION.actual", expected.admittedTrade(),
                answer.read("$.admissionsBy.TRADE_UNION.actual"));
        compared += same(differences, where, period, "admissionsBy.FEMALE.actual", expected.admittedFemale(),
                answer.read("$.admissionsBy.FEMALE.actual"));
        compared += same(differences, where, period, "categories.education.EDUCATION_UPPER_SECONDARY",
                expected.admittedUpperSecondary(), answer.read("$.categories.education.EDUCATION_UPPER_SECONDARY"));
        compared += same(differences, where, period, "categories.ageBands.AGE_18_TO_30", expected.admittedUpTo30(),
                answer.read("$.categories.ageBands.AGE_18_TO_30"));
        compared += same(differences, where, period, "sources.actual", expected.get(Count.SOURCES),
                answer.read("$.sources.actual"));
        for (Count count : List.of(Count.SYMPATHISERS_ADDED, Count.SYMPATHISERS_REMOVED, Count.CERTIFICATES,
                Count.RECOGNITIONS, Count.EXITS)) {
            compared += same(differences, where, period, "pipeline." + count, expected.get(count),
                    answer.read("$.pipeline." + count));
        }
        compared += same(differences, where, period, "admissions.quota", recount.quota(unit, period, "ADMISSIONS"),
                answer.read("$.admissions.quota"));
        compared += same(differences, where, period, "sources.quota", recount.quota(unit, period, "SOURCES"),
                answer.read("$.sources.quota"));
        if (!recount.chain(unit, today).isEmpty()) {
            // The stock is "now": compared for units that stand today (for a closed one the aggregator counts
            // the units it had during the period, which the recount does not model).
            for (Map.Entry<String, Long> stage : recount.stock(unit, today).entrySet()) {
                compared += same(differences, where, period, "stock." + stage.getKey(), stage.getValue(),
                        answer.read("$.stock." + stage.getKey()));
            }
        }
        return compared;
    }

    private static int same(List<String> differences, String where, String period, String figure, Object recounted,
                            Object answered) {
        long expected = recounted == null ? -1 : ((Number) recounted).longValue();
        long actual = answered == null ? -1 : ((Number) answered).longValue();
        if (expected != actual) {
            differences.add("%s %s %s: recount %s, aggregator %s".formatted(where, period, figure, recounted, answered));
        }
        return 1;
    }

    /** The period's first day and the day after its last. */
    private static LocalDate[] days(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)};
        }
        String rest = period.substring(5);
        return switch (rest.charAt(0)) {
            case 'Q' -> {
                LocalDate from = LocalDate.of(year, (rest.charAt(1) - '1') * 3 + 1, 1);
                yield new LocalDate[] {from, from.plusMonths(3)};
            }
            case 'H' -> {
                LocalDate from = LocalDate.of(year, rest.charAt(1) == '1' ? 1 : 7, 1);
                yield new LocalDate[] {from, from.plusMonths(6)};
            }
            default -> new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(Integer.parseInt(rest) + 1, 1, 1)};
        };
    }

    /** A commune formed from more than one old commune. */
    private static UnitCode mergedCommune() {
        return province.changes().stream()
                .filter(change -> change instanceof vn.pdv.dataset.organisation.HierarchyChange.Merge merge
                        && merge.units().size() > 1)
                .map(change -> ((vn.pdv.dataset.organisation.HierarchyChange.Merge) change).into())
                .findFirst().orElseThrow();
    }

    private static boolean caughtUp(Map<String, Long> lastSequences) {
        JsonApi.Answer logs = aggregators.getFirst().get("/api/logs");
        List<Map<String, Object>> noted = logs.read("$[*]");
        Map<String, Long> seen = new java.util.HashMap<>();
        noted.forEach(log -> seen.put((String) log.get("log"), ((Number) log.get("lastSequence")).longValue()));
        return lastSequences.entrySet().stream()
                .allMatch(log -> seen.getOrDefault(log.getKey(), 0L).equals(log.getValue()));
    }

}
