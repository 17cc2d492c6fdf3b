package io.github.cameldatagrok.grafana.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.cameldatagrok.emulator.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest {

    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.token("glsa_secret")
            .basicAuth("ops", "pw").org(2, "Second"));

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void healthIsOpenAndReportsTheVersion() {
        Grafana.Answer health = Grafana.anonymous(GRAFANA.emulator()).get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("database").asText()).isEqualTo("ok");
        assertThat(health.json().path("version").asText()).isEqualTo("13.2.1");
        assertThat(health.json().path("commit").asText()).isNotEmpty();
        Grafana.Answer head = Grafana.anonymous(GRAFANA.emulator()).send("HEAD", "/api/health", null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.text()).isEmpty();
    }

    @Test
    void aFailingDatabaseIs503() {
        GRAFANA.emulator().databaseFailing(true);
        try {
            Grafana.Answer health = Grafana.anonymous(GRAFANA.emulator()).get("/api/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().path("database").asText()).isEqualTo("failing");
        } finally {
            GRAFANA.emulator().databaseFailing(false);
        }
    }

    @Test
    void everythingElseNeedsCredentials() {
        Grafana.Answer none = Grafana.anonymous(GRAFANA.emulator()).get("/api/search");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.text()).isEqualTo(
                "{\"extra\":null,\"message\":\"Unauthorized\",\"messageId\":\"auth.unauthorized\",\"statusCode\":401,\"traceID\":\"\"}");
        // unknown routes too: authentication comes first
        assertThat(Grafana.anonymous(GRAFANA.emulator()).get("/api/nothing-here").status()).isEqualTo(401);

        Grafana.Answer wrongToken = new Grafana(GRAFANA.baseUrl(), "Bearer glsa_wrong").get("/api/search");
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.json().path("messageId").asText()).isEqualTo("api-key.invalid");
        assertThat(wrongToken.json().path("message").asText()).isEqualTo("Invalid API key");

        assertThat(new Grafana(GRAFANA.baseUrl(), "bearer glsa_secret").get("/api/search").status()).isEqualTo(401);
        assertThat(new Grafana(GRAFANA.baseUrl(), "glsa_secret").get("/api/search").status()).isEqualTo(401);
        Grafana.Answer wrongPassword = new Grafana(GRAFANA.baseUrl(), basic("ops", "nope")).get("/api/search");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.json().path("messageId").asText()).isEqualTo("password-auth.failed");
    }

    @Test
    void theTokenTheApiKeyBasicFormAndTheUserAreAccepted() {
        assertThat(new Grafana(GRAFANA.baseUrl(), "Bearer glsa_secret").get("/api/search").status()).isEqualTo(200);
        assertThat(new Grafana(GRAFANA.baseUrl(), basic("api_key", "glsa_secret")).get("/api/search").status())
                .isEqualTo(200);
        assertThat(new Grafana(GRAFANA.baseUrl(), basic("ops", "pw")).get("/api/search").status()).isEqualTo(200);
    }

    @Test
    void theOrgHeaderSelectsTheOrgAndATokenIsBoundToItsOrg() {
        GRAFANA.emulator().org(2).dashboards().put("second", "In org 2", null);
        Grafana user = new Grafana(GRAFANA.baseUrl(), basic("ops", "pw"));
        assertThat(user.header("X-Grafana-Org-Id", "2").get("/api/dashboards/uid/second").status()).isEqualTo(200);
        assertThat(user.get("/api/dashboards/uid/second").status()).isEqualTo(404);
        assertThat(user.header("X-Grafana-Org-Id", "9").get("/api/search").status()).isEqualTo(401);

        Grafana.Answer mismatch = new Grafana(GRAFANA.baseUrl(), "Bearer glsa_secret").header("X-Grafana-Org-Id", "2")
                .get("/api/search");
        assertThat(mismatch.status()).isEqualTo(401);
        assertThat(mismatch.json().path("messageId").asText()).isEqualTo("api-key.organization-mismatch");
        assertThat(new Grafana(GRAFANA.baseUrl(), "Bearer glsa_secret").header("X-Grafana-Org-Id", "1")
                .get("/api/search").status()).isEqualTo(200);
    }

    @Test
    void theRequestLogNeverHoldsTheToken() {
        new Grafana(GRAFANA.baseUrl(), "Bearer glsa_secret").header("Cookie", "grafana_session=abc")
                .get("/api/search?query=x");
        RecordedRequest request = GRAFANA.emulator().requests("GET", "/api/search").get(0);
        assertThat(request.authorizationPresent()).isTrue();
        assertThat(request.header("Authorization")).isEqualTo(RecordedRequest.MASKED);
        assertThat(request.header("Cookie")).isEqualTo(RecordedRequest.MASKED);
        assertThat(request.query()).isEqualTo("query=x");
        assertThat(GRAFANA.emulator().requests().toString()).doesNotContain("glsa_secret").doesNotContain("abc");
    }
}
