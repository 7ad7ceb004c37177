package vn.pdv.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import vn.pdv.stack.Tokens;

/**
 * Plays the scenario through the services' REST APIs, as staff would: the bloc registers its units and
 * assigns the plan's quotas; each grassroots committee registers its branches, identifies sources and
 * admits them, at a pace that leaves some units ahead of plan and some behind. Each committee's work is done
 * as its secretary's demo account ({@code duk01.secretary}, …), the progress read as {@code province.admin}, with
 * tokens from the demo's Keycloak renewed before they expire. Simulated days pass
 * faster than real ones, through 2024 and 2025; where the simulation got to is kept in the data
 * directory, so a restart carries on. The days played through move the aggregator's {@link #clock() clock}, and
 * the plan's table goes to the aggregator's plan import once the bloc's units have reached it.
 */
final class Simulation {

    private static final LocalDate START = LocalDate.of(2024, 1, 2);
    private static final LocalDate END = LocalDate.of(2025, 12, 31);
    private static final int DAYS_FROM_SOURCE_TO_ADMISSION = 45;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Thu", "Quốc"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Hà", "Hương", "Khoa", "Lan", "Nam",
            "Phúc", "Quỳnh", "Tâm", "Trang", "Vy", "Hiếu", "Long"};

    private static final String PROVINCE_ADMIN = "province.admin";

    private final Scenario scenario;
    private final Tokens tokens;
    private final RestClient aggregator;
    private final Map<String, RestClient> services = new HashMap<>();
    private final DemoSettings settings;
    private final Path state;
    private final Random random = new Random(104);
    private final Map<String, Deque<Waiting>> waiting = new HashMap<>();
    private final Map<String, Deque<Probation>> probation = new HashMap<>();
    private final Map<String, Double> due = new HashMap<>();
    private final Map<String, Double> pace = new HashMap<>();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().name("pdv-demo-simulation").daemon().unstarted(runnable));
    private final SimulatedClock clock;
    private LocalDate today;
    private boolean planPosted;
    private int decisions;
    private long tick;

    /** A source waiting to be taken through the steps; {@code youth} decides the introduction route. */
    private record Waiting(String candidateId, LocalDate identifiedOn, boolean youth) {
    }

    /** A probationary member, to be recognised twelve months after the ceremony. */
    private record Probation(String candidateId, LocalDate admittedOn) {
    }

    Simulation(Scenario scenario, String aggregatorUrl, Tokens tokens, DemoSettings settings) {
        this.scenario = scenario;
        this.tokens = tokens;
        this.aggregator = signedIn(aggregatorUrl, PROVINCE_ADMIN);
        this.settings = settings;
        this.state = settings.dataDir().resolve("demo-simulated-date.txt");
        this.today = readState();
        this.clock = new SimulatedClock(today.minusDays(1));
    }

    /** The clock the aggregator is to judge by: the last day played through. */
    SimulatedClock clock() {
        return clock;
    }

    /** Registers units and quotas on a fresh data directory; on a restart finds them already there. */
    void seed() {
        Scenario.CommitteeService bloc = scenario.bloc();
        if (isEmpty(bloc)) {
            register(bloc, bloc.code(), bloc.name(), bloc.kind(), bloc.parentCode());
            for (Scenario.PlannedUnit unit : scenario.plannedUnits()) {
                register(bloc, unit.code(), unit.name(), unit.kind(), bloc.code());
            }
            for (int year : Scenario.PLAN_YEARS) {
                post(bloc, "/api/quotas", quotaBody(bloc.code(), year, Scenario.BLOC_TARGET.total(),
                        Map.of("YOUTH_UNION", Scenario.BLOC_TARGET.youthUnion())));
                for (Scenario.PlannedUnit unit : scenario.plannedUnits()) {
                    assignPlanQuota(bloc, unit, year);
                }
            }
        }
        for (Scenario.CommitteeService committee : scenario.grassroots()) {
            if (isEmpty(committee)) {
                register(committee, committee.code(), committee.name(), committee.kind(), committee.parentCode());
                for (Scenario.Branch branch : committee.branches()) {
                    register(committee, branch.code(), branch.name(), "SUBORDINATE_BRANCH", committee.code());
                }
                for (int year : Scenario.PLAN_YEARS) {
                    assignBranchQuotas(committee, year);
                }
                // Sources identified in late 2023 give January something to admit.
                int pool = Math.max(2, scenario.planned(committee.code()).quotas().get(2024).total() / 2);
                for (int i = 0; i < pool; i++) {
                    identifySource(committee, START.minusDays(60 + random.nextInt(60)));
                }
            }
        }
    }

    void start() {
        ticks.scheduleAtFixedRate(this::tickSafely, settings.tick().toMillis(), settings.tick().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop() {
        ticks.shutdownNow();
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            System.out.println("[demo] simulation step failed: " + e.getMessage());
        }
    }

    private void tick() {
        if (!planPosted) {
            planPosted = postPlan();
        }
        if (today.isAfter(END)) {
            return;
        }
        for (int day = 0; day < settings.daysPerTick(); day++) {
            for (Scenario.CommitteeService committee : scenario.grassroots()) {
                simulateDay(committee);
            }
            today = today.plusDays(1);
            clock.moveTo(today.minusDays(1));
        }
        writeState();
        if (++tick % 10 == 0 || today.isAfter(END)) {
            printProgress();
        }
        if (today.isAfter(END)) {
            System.out.println("[demo] simulation reached the end of 2025; the services stay up until Ctrl-C.");
        }
    }

    /** Each unit keeps its own pace for the year, between 75% and 115% of plan, so some fall behind. */
    private void simulateDay(Scenario.CommitteeService committee) {
        int year = today.getYear();
        Scenario.YearQuota quota = scenario.planned(committee.code()).quotas().get(year);
        if (quota == null) {
            return;
        }
        double unitPace = pace.computeIfAbsent(committee.code() + year, key -> 0.75 + random.nextDouble() * 0.4);
        double perDay = quota.total() * unitPace / today.lengthOfYear();
        double admissions = due.merge(committee.code(), perDay, Double::sum);
        if (random.nextDouble() < perDay * 1.4) {
            identifySource(committee, today);
        }
        Deque<Waiting> queue = waiting.computeIfAbsent(committee.code(), code -> new ArrayDeque<>());
        if (!queue.isEmpty() && random.nextDouble() < perDay * 0.08) {
            withdraw(committee, queue.pollLast());
        }
        Deque<Probation> probationers = probation.computeIfAbsent(committee.code(), code -> new ArrayDeque<>());
        while (!probationers.isEmpty() && !probationers.peekFirst().admittedOn().plusMonths(12).plusDays(3).isAfter(today)) {
            recognise(committee, probationers.pollFirst());
        }
        while (admissions >= 1 && !queue.isEmpty()
                && !queue.peekFirst().identifiedOn().isAfter(today.minusDays(DAYS_FROM_SOURCE_TO_ADMISSION))) {
            admit(committee, queue.pollFirst());
            admissions = due.merge(committee.code(), -1.0, Double::sum);
        }
    }

    private void identifySource(Scenario.CommitteeService committee, LocalDate on) {
        Scenario.Branch branch = committee.branches().get(random.nextInt(committee.branches().size()));
        boolean youth = random.nextDouble() < 0.7;
        boolean female = random.nextBoolean();
        LocalDate born = on.minusYears(youth ? 19 + random.nextInt(9) : 31 + random.nextInt(15))
                .minusDays(random.nextInt(365));
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("fullName", FAMILY[random.nextInt(FAMILY.length)] + " "
                + (female ? "Thị" : MIDDLE[random.nextInt(MIDDLE.length)]) + " " + GIVEN[random.nextInt(GIVEN.length)]);
        person.put("dateOfBirth", born.toString());
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("gender", female ? "FEMALE" : "MALE");
        attributes.put("ethnicMinority", random.nextDouble() < 0.05);
        attributes.put("religious", random.nextDouble() < 0.03);
        attributes.put("youthUnionMember", youth);
        attributes.put("tradeUnionMember", !youth || random.nextDouble() < 0.3);
        attributes.put("generalEducation", "12/12");
        attributes.put("professionalLevel", youth && committee.branches().size() > 2 && random.nextBoolean() ? "college" : "university");
        Map<String, Object> body = Map.of("branchCode", branch.code(),
                "introducedBy", youth ? "YOUTH_UNION" : "TRADE_UNION",
                "identifiedOn", on.toString(), "person", person, "attributes", attributes);
        Map<?, ?> created = post(committee, "/api/sources", body);
        if (created != null) {
            waiting.computeIfAbsent(committee.code(), code -> new ArrayDeque<>())
                    .addLast(new Waiting((String) created.get("candidateId"), on, youth));
        }
    }

    /**
     * Takes a source through every step the Party's procedure requires, dated backwards from today's
     * ceremony so each falls inside its rule: listed, certified and verified soon after being
     * identified; introduced, voted on and proposed in the weeks before; decided ten days before.
     */
    private void admit(Scenario.CommitteeService committee, Waiting candidate) {
        String steps = "/api/candidates/" + candidate.candidateId();
        LocalDate identified = candidate.identifiedOn();
        String decision = (++decisions) + "-QĐ/ĐUK";
        Map<String, Object> introducer = Map.of("memberRef", "M-" + (100 + random.nextInt(900)),
                "standing", "OFFICIAL", "withCandidateSince", identified.minusYears(2).toString());
        boolean admitted = post(committee, steps + "/sympathisers", Map.of("addedOn", identified.plusDays(5).toString(),
                        "resolutionNumber", decisions + "-NQ/CB", "helperMemberRef", "M-" + (100 + random.nextInt(900)))) != null
                && post(committee, steps + "/certificate", Map.of("certificateNumber", "GCN-" + decisions,
                        "issuedOn", identified.plusDays(10).toString())) != null
                && post(committee, steps + "/verification", Map.of("startedOn", identified.plusDays(12).toString(),
                        "concludedOn", identified.plusDays(20).toString())) != null
                && post(committee, steps + "/introductions", candidate.youth()
                        ? Map.of("route", "MEMBER_AND_YOUTH_UNION_COMMITTEE", "introducedOn", today.minusDays(25).toString(),
                                "introducers", List.of(introducer))
                        : Map.of("route", "TWO_OFFICIAL_MEMBERS", "introducedOn", today.minusDays(25).toString(),
                                "introducers", List.of(introducer, Map.of("memberRef", "M-" + (100 + random.nextInt(900)),
                                        "standing", "OFFICIAL", "withCandidateSince", identified.minusYears(3).toString())))) != null
                && post(committee, steps + "/branch-vote", vote(today.minusDays(20))) != null
                && post(committee, steps + "/proposal", Map.of("proposedOn", today.minusDays(15).toString(),
                        "proposedTo", scenario.bloc().code())) != null
                && post(committee, steps + "/admission", Map.of("decidedBy", scenario.bloc().code(),
                        "decisionNumber", decision, "decidedOn", today.minusDays(10).toString(),
                        "admittedOn", today.toString(), "readmission", false)) != null;
        if (admitted) {
            probation.computeIfAbsent(committee.code(), code -> new ArrayDeque<>())
                    .addLast(new Probation(candidate.candidateId(), today));
        }
    }

    /** After twelve months' probation and the new-member class, the branch votes and the committee recognises. */
    private void recognise(Scenario.CommitteeService committee, Probation member) {
        String steps = "/api/candidates/" + member.candidateId();
        LocalDate voted = member.admittedOn().plusMonths(12).plusDays(3);
        boolean recognised = post(committee, steps + "/new-member-class",
                        Map.of("completedOn", member.admittedOn().plusDays(60).toString())) != null
                && post(committee, steps + "/recognition-vote", vote(voted)) != null;
        if (recognised) {
            post(committee, steps + "/recognition", Map.of("decidedBy", scenario.bloc().code(),
                    "decisionNumber", (++decisions) + "-QĐ/ĐUK", "decidedOn", voted.plusDays(5).toString()));
        }
    }

    private void withdraw(Scenario.CommitteeService committee, Waiting candidate) {
        post(committee, "/api/candidates/" + candidate.candidateId() + "/exit", Map.of(
                "reason", "WITHDRAWN_FROM_SOURCES", "exitedOn", today.toString()));
    }

    private static Map<String, Object> vote(LocalDate on) {
        return Map.of("votedOn", on.toString(), "officialMembers", 15, "officialMembersPresent", 14,
                "votesFor", 13, "votesAgainst", 1);
    }

    private void register(Scenario.CommitteeService service, String code, String name, String kind, String parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        body.put("parentCode", parent);
        body.put("effectiveFrom", "2024-01-01");
        post(service, "/api/units", body);
    }

    private void assignPlanQuota(Scenario.CommitteeService bloc, Scenario.PlannedUnit unit, int year) {
        Scenario.YearQuota quota = unit.quotas().get(year);
        if (quota != null) {
            post(bloc, "/api/quotas", quotaBody(unit.code(), year, quota.total(),
                    Map.of("YOUTH_UNION", quota.youthUnion(), "TRADE_UNION", quota.tradeUnion())));
        }
    }

    private void assignBranchQuotas(Scenario.CommitteeService committee, int year) {
        Scenario.YearQuota quota = scenario.planned(committee.code()).quotas().get(year);
        List<Scenario.Branch> branches = committee.branches();
        for (int i = 0; i < branches.size(); i++) {
            int share = quota.total() / branches.size() + (i < quota.total() % branches.size() ? 1 : 0);
            post(committee, "/api/quotas", quotaBody(branches.get(i).code(), year, share, Map.of()));
        }
    }

    private static Map<String, Object> quotaBody(String target, int year, int total, Map<String, Integer> breakdown) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("targetUnitCode", target);
        body.put("planNumber", Scenario.PLAN_NUMBER);
        body.put("planIssuedOn", Scenario.PLAN_ISSUED_ON.toString());
        body.put("periodKind", "YEAR");
        body.put("year", year);
        body.put("metric", "ADMISSIONS");
        body.put("quota", total);
        body.put("breakdown", breakdown);
        return body;
    }

    /**
     * Posts plan 104-KH/ĐUK's table to the aggregator's plan import, as the province administrator, once the aggregator
     * knows the bloc's units (they reach it through the bloc's events): the import then checks the table against them,
     * and its warnings are what the dashboard lists for the bloc and each unit named. The quotas it loads are those
     * the bloc assigned from the same table; importing it again on a restart replaces the plan and changes nothing.
     *
     * @return whether the plan is in; false to try again on the next tick
     */
    private boolean postPlan() {
        Map<?, ?> bloc = aggregator.get().uri("/api/hierarchy/{unit}?on={on}", scenario.bloc().code(), END)
                .retrieve().onStatus(status -> status.value() == 404, (request, response) -> { })
                .body(Map.class);
        if (bloc == null || !(bloc.get("children") instanceof List<?> children)
                || children.size() < scenario.plannedUnits().size()) {
            return false;
        }
        Map<?, ?> imported = aggregator.post()
                .uri("/api/plans?expectedPeriods={years}", "2024,2025")
                .contentType(MediaType.valueOf("text/csv"))
                .body(PlanTable.csv())
                .retrieve().body(Map.class);
        List<?> warnings = imported == null ? List.of() : (List<?>) imported.get("warnings");
        System.out.println("[demo] plan " + Scenario.PLAN_NUMBER + " posted to the aggregator: "
                + (warnings == null ? 0 : warnings.size()) + " warnings, listed on the dashboard");
        return true;
    }

    private boolean isEmpty(Scenario.CommitteeService service) {
        List<?> units = clientOf(service).get().uri("/api/units").retrieve().body(List.class);
        return units == null || units.isEmpty();
    }

    /** @return the response body, or null when the service refused (its problem detail is printed) */
    private Map<?, ?> post(Scenario.CommitteeService service, String path, Map<String, ?> body) {
        try {
            return clientOf(service).post().uri(path).body(body).retrieve().body(Map.class);
        } catch (RestClientResponseException refused) {
            if (refused.getStatusCode().isSameCodeAs(HttpStatusCode.valueOf(422))) {
                Map<?, ?> problem = refused.getResponseBodyAs(Map.class);
                System.out.println("[demo] " + service.code() + " refused " + path + ": "
                        + (problem == null ? refused.getMessage() : problem.get("detail")));
                return null;
            }
            throw refused;
        }
    }

    /** The committee's service, called as its secretary. */
    private synchronized RestClient clientOf(Scenario.CommitteeService service) {
        return services.computeIfAbsent(service.code(), code -> signedIn(service.url(), service.secretary()));
    }

    /** A client that sends {@code account}'s access token with every request. */
    private RestClient signedIn(String url, String account) {
        return RestClient.builder().baseUrl(url).requestInterceptor((request, body, execution) -> {
            request.getHeaders().setBearerAuth(tokens.accessToken(account));
            return execution.execute(request, body);
        }).build();
    }

    private void printProgress() {
        int year = Math.min(today.getYear(), END.getYear());
        StringBuilder line = new StringBuilder("[" + today.minusDays(1) + "]");
        for (Scenario.CommitteeService committee : scenario.committees()) {
            Map<?, ?> progress = aggregator.get().uri("/api/progress/{unit}/{year}", committee.code(), year)
                    .retrieve().onStatus(status -> status.value() == 404, (request, response) -> { })
                    .body(Map.class);
            if (progress != null && progress.get("admissions") instanceof Map<?, ?> admissions) {
                line.append(admissions.get("quota") == null
                        ? String.format("  %s %s", committee.code(), admissions.get("actual"))
                        : String.format("  %s %s/%s (%s%%)", committee.code(), admissions.get("actual"),
                                admissions.get("quota"), admissions.get("percentOfPlan")));
            }
        }
        System.out.println(line);
    }

    private LocalDate readState() {
        try {
            return Files.exists(state) ? LocalDate.parse(Files.readString(state).strip()) : START;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeState() {
        try {
            Files.createDirectories(state.getParent());
            Files.writeString(state, today.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
