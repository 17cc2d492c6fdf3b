package io.github.cameldatagrok.grafana.emulator;

import io.github.cameldatagrok.emulator.Fault;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @ExtendWith}: one emulator for the class, injected; faults and the request log cleared between tests. */
@ExtendWith(GrafanaEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {

    private static GrafanaEmulator first;

    @Test
    @Order(1)
    void theEmulatorIsInjected(GrafanaEmulator grafana) {
        first = grafana;
        assertThat(grafana.isRunning()).isTrue();
        assertThat(grafana.version()).isEqualTo(GrafanaVersion.of(13));
        grafana.dashboards().put("kept", "Kept", null);
        grafana.faults().add(Fault.on("GET", "/api/health").status(500));
        assertThat(Grafana.anonymous(grafana).get("/api/health").status()).isEqualTo(500);
    }

    @Test
    @Order(2)
    void theSameOneServesTheNextTestWithFaultsAndLogCleared(GrafanaEmulator grafana) {
        assertThat(grafana).isSameAs(first);
        assertThat(grafana.faults().list()).isEmpty();
        assertThat(grafana.requests()).isEmpty();
        assertThat(grafana.dashboards().find("kept")).isPresent();
        assertThat(Grafana.anonymous(grafana).get("/api/health").status()).isEqualTo(200);
    }
}
