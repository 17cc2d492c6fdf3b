package io.github.cameldatagrok.grafana.emulator.system;

import java.io.IOException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulator;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;

/**
 * {@code GET|HEAD /api/health}, answered without authentication: {@code {"commit","database":"ok","version"}},
 * 503 with {@code "database":"failing"}; {@code hide_version} drops version and commit.
 */
public final class HealthApi implements ApiArea {

    private final GrafanaEmulator emulator;

    public HealthApi(GrafanaEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public void register(Router router) {
        router.get("/api/health", this::health);
        router.add("HEAD", "/api/health", this::health);
    }

    private void health(Exchange exchange) throws IOException {
        ObjectNode body = GrafanaErrors.JSON.createObjectNode();
        if (!emulator.hidesVersion()) {
            body.put("commit", GrafanaEmulator.COMMIT);
        }
        boolean failing = emulator.isDatabaseFailing();
        body.put("database", failing ? "failing" : "ok");
        if (!emulator.hidesVersion()) {
            body.put("version", emulator.version().toString());
        }
        exchange.sendJson(failing ? 503 : 200, body);
    }
}
