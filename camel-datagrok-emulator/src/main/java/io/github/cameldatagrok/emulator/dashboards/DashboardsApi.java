package io.github.cameldatagrok.emulator.dashboards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.emulator.tables.TableInfo;
import io.github.cameldatagrok.emulator.tables.TableName;
import io.github.cameldatagrok.emulator.tables.TableStore;

/**
 * {@code POST /public/v1/dashboards/{name}/{tableIds}} (Python {@code tables.create_dashboard}): a project of the given tables
 * (comma-separated UUIDs or dotted names in one segment) with the optional layout JSON of the body (section 5).
 * An unknown table, an empty id or a body that is not JSON is an ApiError on HTTP 200, and nothing is created.
 * Answer: {@code {"ID", "id", "name", "Grok name", "URL", "tables"}}.
 */
public final class DashboardsApi implements ApiArea {

    static final int MAX_LAYOUT = 16 * 1024 * 1024;

    private final DashboardStore dashboards;
    private final TableStore tables;

    public DashboardsApi(DashboardStore dashboards, TableStore tables) {
        this.dashboards = dashboards;
        this.tables = tables;
    }

    @Override
    public void register(Router router) {
        router.post("/public/v1/dashboards/{name}/{tableIds}", this::create);
    }

    void create(Exchange exchange) throws IOException {
        String name = exchange.pathParam("name");
        byte[] body = exchange.readSmallBody(MAX_LAYOUT);
        JsonNode layout = null;
        if (!new String(body, StandardCharsets.UTF_8).isBlank()) {
            try {
                layout = Json.MAPPER.readTree(body);
            } catch (JsonProcessingException notJson) {
                ApiErrors.apiError(exchange, "The dashboard layout is not JSON: " + notJson.getOriginalMessage(), 400);
                return;
            }
        }
        List<String> ids = new ArrayList<>();
        for (String table : exchange.pathParam("tableIds").split(",", -1)) {
            Optional<TableInfo> found;
            try {
                found = table.isBlank() ? Optional.empty()
                        : TableStore.isUuid(table) ? tables.findById(table)
                        : tables.findByName(TableName.fromUrl(table, exchange.login()));
            } catch (IllegalArgumentException invalid) {
                ApiErrors.apiError(exchange, invalid.getMessage(), 400);
                return;
            }
            if (found.isEmpty()) {
                ApiErrors.apiError(exchange, "Table not found: '" + table + "'", 404);
                return;
            }
            ids.add(found.get().id());
        }
        Dashboard dashboard = dashboards.put(name, ids, layout);
        ObjectNode answer = Json.object();
        answer.put("ID", dashboard.id());
        answer.put("id", dashboard.id());
        answer.put("name", dashboard.name());
        answer.put("Grok name", dashboard.grokName());
        answer.put("URL", exchange.serverUrl() + "/p/" + dashboard.id());
        answer.set("tables", Json.MAPPER.valueToTree(ids));
        exchange.sendJson(200, answer);
    }
}
