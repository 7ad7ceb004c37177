package vn.pdv.aggregator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.stack.JsonApi;

@AggregatorTest
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void describesProgressAndCompleteness() {
        var docs = new JsonApi(port).as("duk.viewer").get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.<String>read("$.info.title")).startsWith("PDV");
        assertThat(docs.<Map<String, Object>>read("$.paths")).containsKeys("/api/progress/{unit}/{period}", "/api/logs",
                "/api/alerts", "/api/units/{code}/contacts", "/api/reports/{unit}/{period}",
                "/api/hierarchy/{unit}", "/api/hierarchy/changes", "/api/status/{unit}", "/api/plans", "/api/plans/warnings",
                "/api/units/{code}/membership/{year}", "/api/units/{code}/targets/{period}", "/api/ratings/{unit}/{year}",
                "/api/findings/{unit}/{period}", "/api/agenda/{committee}");
        assertThat(docs.<String>read("$.components.securitySchemes.bearer.type")).isEqualTo("http");
        assertThat(docs.<String>read("$.components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(docs.<String>read("$.components.securitySchemes.bearer.bearerFormat")).isEqualTo("JWT");
        assertThat(docs.<java.util.List<Map<String, Object>>>read("$.security")).singleElement()
                .satisfies(requirement -> assertThat(requirement).containsKey("bearer"));
    }
}
