package vn.pdv.unit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.stack.JsonApi;
import vn.pdv.unit.UnitServiceTest;

@UnitServiceTest
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void describesEveryEndpointStaffUse() {
        var docs = new JsonApi(port).as("duk01.viewer").get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.<String>read("$.info.title")).startsWith("PDV");
        assertThat(docs.<Map<String, Object>>read("$.paths")).containsKeys("/api/units", "/api/sources",
                "/api/candidates/{id}/admission", "/api/quotas", "/api/outbox", "/api/deadlines", "/api/alerts", "/api/alerts/{id}/acknowledgement");
        assertThat(docs.<String>read("$.components.securitySchemes.bearer.type")).isEqualTo("http");
        assertThat(docs.<String>read("$.components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(docs.<String>read("$.components.securitySchemes.bearer.bearerFormat")).isEqualTo("JWT");
        assertThat(docs.<java.util.List<Map<String, Object>>>read("$.security")).singleElement()
                .satisfies(requirement -> assertThat(requirement).containsKey("bearer"));
    }
}
