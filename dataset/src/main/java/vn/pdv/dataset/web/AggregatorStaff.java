package vn.pdv.dataset.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.pdv.dataset.DataSet;
import vn.pdv.dataset.organisation.HierarchyChange;
import vn.pdv.dataset.organisation.UnitCode;

/**
 * Province staff at the aggregator's API: the reorganisation's moves, merges and closures ({@code POST
 * /api/hierarchy/changes}), the plan table ({@code POST /api/plans}), the membership counts ({@code PUT
 * /api/units/{code}/membership/{year}}). Run it once the aggregator knows the units (it refuses changes to units it
 * has not heard of). Plain JDK HTTP, so that the data set needs no web framework.
 */
public final class AggregatorStaff {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI aggregator;
    private final Supplier<String> token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param token an access token of a province administrator, who alone changes the tree, plans and membership */
    public AggregatorStaff(String aggregatorUrl, Supplier<String> token) {
        this.aggregator = URI.create(aggregatorUrl.endsWith("/") ? aggregatorUrl : aggregatorUrl + "/");
        this.token = token;
    }

    /** Everything, in order: changes (moves, merges, closures), the plan, the memberships. */
    public void apply(DataSet.StaffWork work) {
        reorganise(work);
        plansAndMemberships(work);
    }

    /**
     * The tree's changes (moves, merges, closures), due at {@link DataSet#reorganisedAt()}: as one reorganisation,
     * the way the province's decision makes them (all or none).
     */
    public void reorganise(DataSet.StaffWork work) {
        send("POST", "api/hierarchy/reorganisations", "application/json",
                json(Map.of("changes", work.changes().stream().map(AggregatorStaff::body).toList())), 201);
    }

    /** The plan and the memberships, once the aggregator has the logs. */
    public void plansAndMemberships(DataSet.StaffWork work) {
        if (work.plan() != null) {
            send("POST", "api/plans?metric=ADMISSIONS&issuingUnit=" + encode(work.plan().issuingUnit().value()),
                    "text/csv", work.plan().csv(), 201, 200);
        }
        work.memberships().forEach((year, members) -> send("PUT",
                "api/units/" + encode(work.province().value()) + "/membership/" + year, "application/json",
                json(Map.of("members", members)), 200));
    }

    /** A change as the aggregator's {@code POST /api/hierarchy/changes} takes it. */
    public static Map<String, Object> body(HierarchyChange change) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (change) {
            case HierarchyChange.Merge merge -> {
                body.put("kind", "MERGE");
                body.put("units", merge.units().stream().map(UnitCode::value).toList());
                body.put("into", merge.into().value());
                body.put("on", merge.on().toString());
                body.put("name", merge.name());
                body.put("unitKind", merge.kind().name());
                body.put("parent", merge.parent().value());
            }
            case HierarchyChange.Move move -> {
                body.put("kind", "MOVE");
                body.put("unit", move.unit().value());
                body.put("parent", move.parent().value());
                body.put("on", move.on().toString());
            }
            case HierarchyChange.Close close -> {
                body.put("kind", "CLOSE");
                body.put("unit", close.unit().value());
                body.put("on", close.on().toString());
            }
        }
        return body;
    }

    /** The changes as one JSON array of request bodies, for a file or another client. */
    public static String json(List<HierarchyChange> changes) {
        return json(changes.stream().map(AggregatorStaff::body).toList());
    }

    private void send(String method, String path, String contentType, String body, int... accepted) {
        HttpRequest request = HttpRequest.newBuilder(aggregator.resolve(path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token.get())
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (int status : accepted) {
            if (response.statusCode() == status) {
                return;
            }
        }
        throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                + response.body());
    }

    private static String json(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
