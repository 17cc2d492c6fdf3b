package io.github.cameldatagrok.client.model;

import java.util.Map;

/**
 * The server's health report ({@code GET /public/v1/healthcheck}). The route always answers 200, so the
 * verdict is in {@link #status()}: {@code ok} or {@code degraded}.
 *
 * @param status  {@code ok} or {@code degraded}
 * @param version the server version, if sent
 * @param raw     the whole report
 */
public record DatagrokHealth(String status, String version, Map<String, Object> raw) {

    public boolean isOk() {
        return "ok".equalsIgnoreCase(status);
    }
}
