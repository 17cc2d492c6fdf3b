package io.github.cameldatagrok.grafana.emulator;

import java.time.Duration;

import io.github.cameldatagrok.emulator.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.cameldatagrok.grafana.emulator.Grafana.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultsTest {

    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create();

    @org.junit.jupiter.api.BeforeEach
    void reset() {
        GRAFANA.emulator().reset();
    }

    private static Grafana grafana() {
        return Grafana.bearer(GRAFANA.emulator());
    }

    @Test
    void tooManyRequestsWithAndWithoutRetryAfter() {
        Fault fault = GRAFANA.emulator().faults().add(Fault.on("GET", "/api/search").status(429).times(1));
        Grafana.Answer limited = grafana().get("/api/search");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("1");
        assertThat(limited.json().path("message").asText()).isEqualTo("Too Many Requests");
        assertThat(grafana().get("/api/search").status()).isEqualTo(200);
        assertThat(fault.hits()).isEqualTo(1);

        GRAFANA.emulator().faults().add(Fault.on("GET", "/api/search").status(429).retryAfterSeconds(7).times(1));
        assertThat(grafana().get("/api/search").header("Retry-After")).isEqualTo("7");
        GRAFANA.emulator().faults().add(Fault.on("GET", "/api/search").status(429)
                .retryAfter("Wed, 21 Oct 2026 07:28:00 GMT").times(1));
        assertThat(grafana().get("/api/search").header("Retry-After")).isEqualTo("Wed, 21 Oct 2026 07:28:00 GMT");
        GRAFANA.emulator().faults().add(Fault.on("GET", "/api/search").status(429).withoutRetryAfter().times(1));
        assertThat(grafana().get("/api/search").header("Retry-After")).isNull();
        // every attempt is in the request log, the faulted ones too
        assertThat(GRAFANA.emulator().requests("GET", "/api/search")).hasSize(5);
    }

    @Test
    void proxyPagesAndGrafanaShapes() {
        GRAFANA.emulator().faults().add(GrafanaFaults.nginxRequestTooLarge("POST", "/api/dashboards/db").times(1));
        Grafana.Answer large = grafana().post("/api/dashboards/db", json("{'dashboard':{'title':'x'}}"));
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.header("Content-Type")).startsWith("text/html");
        assertThat(large.text()).contains("413 Request Entity Too Large").contains("nginx");
        assertThat(GRAFANA.emulator().dashboards().size()).isZero();

        GRAFANA.emulator().faults().add(GrafanaFaults.proxyErrorPage("*", "/api/.*", 502).times(1));
        assertThat(grafana().get("/api/folders").text()).contains("502 Bad Gateway");

        GRAFANA.emulator().faults().add(GrafanaFaults.accessDenied("POST", "/api/folders", "folders:create").times(1));
        Grafana.Answer denied = grafana().post("/api/folders", json("{'title':'x'}"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().path("title").asText()).isEqualTo("Access denied");
        assertThat(denied.json().path("message").asText()).endsWith("Permissions needed: folders:create");

        GRAFANA.emulator().faults().add(GrafanaFaults.errutil("GET", "/api/health", 503, "health.down", "down")
                .times(1));
        assertThat(grafana().get("/api/health").json().path("messageId").asText()).isEqualTo("health.down");

        GRAFANA.emulator().faults().add(GrafanaFaults.kubernetesStatus("GET", "/apis/.*", 429, "TooManyRequests",
                "slow down").retryAfterSeconds(2).times(1));
        Grafana.Answer k8s = grafana().get("/apis/dashboard.grafana.app/v1/namespaces/default/dashboards");
        assertThat(k8s.status()).isEqualTo(429);
        assertThat(k8s.json().path("reason").asText()).isEqualTo("TooManyRequests");
        assertThat(k8s.header("Retry-After")).isEqualTo("2");
    }

    @Test
    void latencyAndDroppedConnections() {
        GRAFANA.emulator().faults().add(Fault.on("GET", "/api/health").latency(Duration.ofMillis(300)).times(1));
        long start = System.nanoTime();
        assertThat(grafana().get("/api/health").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

        GRAFANA.emulator().dashboards().put("d", "D", null);
        GRAFANA.emulator().faults().add(Fault.on("GET", "/api/dashboards/uid/d").dropConnectionAfterBytes(10).times(1));
        assertThatThrownBy(() -> grafana().get("/api/dashboards/uid/d")).isInstanceOf(RuntimeException.class);
        assertThat(grafana().get("/api/dashboards/uid/d").status()).isEqualTo(200);
    }

    @Test
    void datagrokOnlyFaultsAreRefused() {
        assertThatThrownBy(() -> GRAFANA.emulator().faults().add(Fault.on("GET", "/api/.*").apiError("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Grafana emulator");
    }
}
