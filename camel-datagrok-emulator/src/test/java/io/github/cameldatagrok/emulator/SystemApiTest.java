package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SystemApiTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @Test
    void healthcheckIsOkWithServices() {
        HttpResponse<String> response = Http.bearer(DATAGROK.emulator()).get("/public/v1/healthcheck");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = Http.json(response);
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("server").asText()).isNotBlank();
        assertThat(health.get("version").asText()).isNotBlank();
        assertThat(health.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(health.get("services")).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode service : health.get("services")) {
            assertThat(service.get("key").asText()).isNotBlank();
            assertThat(service.get("type").asText()).isIn("Service", "Plugin");
            assertThat(service.get("enabled").asBoolean()).isTrue();
            assertThat(service.get("status").asText()).isEqualTo("Running");
        }
    }

    @Test
    void aFailedServiceMakesTheReportDegradedStillWith200() {
        DATAGROK.emulator().health().fail("grok_connect", "Grok Connect is down");
        try {
            HttpResponse<String> response = Http.bearer(DATAGROK.emulator()).get("/public/v1/healthcheck");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode health = Http.json(response);
            assertThat(health.get("status").asText()).isEqualTo("degraded");
            JsonNode connect = Http.json(Http.bearer(DATAGROK.emulator()).get("/public/v1/healthcheck?module=grok_connect"))
                    .get("services").get(0);
            assertThat(connect.get("status").asText()).isEqualTo("Failed");
            assertThat(connect.get("error").asText()).isEqualTo("Grok Connect is down");
        } finally {
            DATAGROK.emulator().health().clear();
        }
        assertThat(Http.json(Http.bearer(DATAGROK.emulator()).get("/public/v1/healthcheck")).get("status").asText())
                .isEqualTo("ok");
    }

    @Test
    void healthcheckModuleFiltersServices() {
        JsonNode health = Http.json(Http.bearer(DATAGROK.emulator()).get("/public/v1/healthcheck?module=db"));

        assertThat(health.get("services")).hasSize(1);
        assertThat(health.get("services").get(0).get("key").asText()).isEqualTo("db");
        assertThat(Http.json(Http.bearer(DATAGROK.emulator()).get("/public/v1/healthcheck?module=nope"))
                .get("services")).isEmpty();
    }

    @Test
    void serverInfoHasVersionAndCommit() {
        for (String base : new String[] {DATAGROK.baseUrl(), DATAGROK.serverUrl()}) {
            HttpResponse<String> response = new Http(base, null).get("/info/server");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode info = Http.json(response);
            assertThat(info.get("Version").asText()).isNotBlank();
            assertThat(info.get("Commit").asText()).isNotBlank();
        }
    }

    @Test
    void adminHealthIsAnonymous() {
        assertThat(new Http(DATAGROK.serverUrl(), null).get("/admin/health").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownRouteIs404NotFound() {
        for (String path : new String[] {"/nothing", "/public/v2/tables/x", "/public/v1/tables", "/public/v1/tables/",
                "/public/v1/tables/a/b", "/api/public/v1/healthcheck"}) {
            HttpResponse<String> response = Http.bearer(DATAGROK.emulator()).get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
            assertThat(response.body()).as(path).isEqualTo("{\"message\":\"Not Found\"}");
        }
    }

    @Test
    void withoutApiPrefixEveryPublicRouteAnswersToo() {
        HttpResponse<String> response = new Http(DATAGROK.serverUrl(), DATAGROK.apiKey()).get("/public/v1/healthcheck");

        assertThat(response.statusCode()).isEqualTo(200);
    }
}
