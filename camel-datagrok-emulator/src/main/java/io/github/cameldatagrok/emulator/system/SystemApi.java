package io.github.cameldatagrok.emulator.system;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.Router;

/**
 * Server-level routes: {@code GET /public/v1/healthcheck[?module=key]} (authenticated,
 * always 200: a failed service makes it {@code degraded}, see {@link ServiceStatus}), {@code GET /info/server} and
 * the anonymous probe {@code GET /admin/health}.
 */
public final class SystemApi implements ApiArea {

    /** The Datagrok server version the emulator claims. */
    public static final String SERVER_VERSION = "1.27.0";
    public static final String SERVER_COMMIT = "datagrok-emulator";

    private record Service(String key, String type, String name, String description) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service("db", "Service", "Database", "Metadata database (emulated in memory)"),
            new Service("storage", "Service", "Storage", "Table and file storage (emulated on local disk)"),
            new Service("grok_connect", "Plugin", "Grok Connect", "Data connectors (not emulated)"));

    private final Instant started = Instant.now();
    private final ServiceStatus status;

    public SystemApi(ServiceStatus status) {
        this.status = status;
    }

    @Override
    public void register(Router router) {
        router.get("/public/v1/healthcheck", this::healthcheck);
        router.get("/info/server", this::serverInfo);
        router.get("/admin/health", this::adminHealth);
    }

    void healthcheck(Exchange exchange) throws IOException {
        String module = exchange.queryParam("module");
        Instant now = Instant.now();
        ObjectNode health = Json.object();
        health.put("status", status.anyFailed() ? "degraded" : "ok");
        health.put("server", "Datagrok emulator");
        health.put("version", SERVER_VERSION);
        health.put("time", Json.timestamp(now));
        ArrayNode services = health.putArray("services");
        for (Service service : SERVICES) {
            if (module != null && !module.isEmpty() && !service.key().equalsIgnoreCase(module)) {
                continue;
            }
            ObjectNode entry = services.addObject();
            entry.put("key", service.key());
            entry.put("type", service.type());
            entry.put("name", service.name());
            entry.put("description", service.description());
            entry.put("enabled", true);
            entry.put("started", Json.timestamp(started));
            entry.put("time", Json.timestamp(now));
            entry.put("status", status.statusOf(service.key()));
            status.errorOf(service.key()).ifPresent(error -> entry.put("error", error));
        }
        exchange.sendJson(200, health);
    }

    void serverInfo(Exchange exchange) throws IOException {
        ObjectNode info = Json.object();
        info.put("Version", SERVER_VERSION);
        info.put("Commit", SERVER_COMMIT);
        exchange.sendJson(200, info);
    }

    void adminHealth(Exchange exchange) throws IOException {
        ObjectNode ok = Json.object();
        ok.put("status", "ok");
        exchange.sendJson(200, ok);
    }
}
