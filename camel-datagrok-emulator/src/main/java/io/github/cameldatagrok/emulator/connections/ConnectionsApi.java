package io.github.cameldatagrok.emulator.connections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.credentials.CredentialStore;
import io.github.cameldatagrok.emulator.api.Answers;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.JsonBody;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.emulator.search.SmartFilter;
import io.github.cameldatagrok.emulator.users.UsersApi;

/**
 * Data connections, as Python {@code connections.*} uses them:
 * <ul>
 * <li>{@code GET /public/v1/connections/{idOrName}}: the connection; unknown is an ApiError (errorCode 404);</li>
 * <li>{@code GET /public/v1/connections[?text=…&dataSource=…&tags=a,b]}: every match (no paging); {@code tags} keeps
 * connections that have all of them;</li>
 * <li>{@code POST /public/v1/connections?saveCredentials=true|false}: create or update; with {@code true} the
 * {@code credentials} sent replace the stored ones, with {@code false} (or absent) they are ignored;</li>
 * <li>{@code DELETE /public/v1/connections/{idOrName}}: 200 even for an unknown connection, as the server does;</li>
 * <li>{@code POST /public/v1/connections/test}: a JSON string, {@code "ok"} or the error text.</li>
 * </ul>
 * Read connections carry their credentials' {@code id}, {@code entityBindId} and {@code openParameters}, never the
 * secret {@code parameters}: those are read with {@code GET /public/v1/credentials/for/{id}}.
 */
public final class ConnectionsApi implements ApiArea {

    /** {@code name=}, {@code dataSource=}, {@code namespace=}; words match name, friendly name and description. */
    static final SmartFilter<ConnectionStore.StoredConnection> FILTER =
            new SmartFilter<ConnectionStore.StoredConnection>(c -> Arrays.asList(text(c.json(), "name"),
                    text(c.json(), "friendlyName"), text(c.json(), "description")))
                    .text("name", c -> text(c.json(), "name"))
                    .text("dataSource", ConnectionStore.StoredConnection::dataSource)
                    .text("namespace", c -> text(c.json(), "namespace"));

    private final ConnectionStore connections;
    private final CredentialStore credentials;

    public ConnectionsApi(ConnectionStore connections, CredentialStore credentials) {
        this.connections = connections;
        this.credentials = credentials;
    }

    @Override
    public void register(Router router) {
        router.post("/public/v1/connections/test", this::test);
        router.get("/public/v1/connections", this::list);
        router.post("/public/v1/connections", this::save);
        router.get("/public/v1/connections/{connection}", this::get);
        router.delete("/public/v1/connections/{connection}", this::delete);
    }

    void get(Exchange exchange) throws IOException {
        String name = exchange.pathParam("connection");
        Answers.entity(exchange, connections.find(name), "Connection", name, this::json);
    }

    void list(Exchange exchange) throws IOException {
        Predicate<ConnectionStore.StoredConnection> filter = Answers.filter(exchange, FILTER);
        if (filter == null) {
            return;
        }
        String dataSource = exchange.queryParam("dataSource");
        if (dataSource != null && !dataSource.isEmpty()) {
            if (!DataSources.isKnown(dataSource)) {
                ApiErrors.apiError(exchange, "Unknown data source: " + dataSource, 400);
                return;
            }
            filter = filter.and(c -> c.dataSource().equals(dataSource));
        }
        String tags = exchange.queryParam("tags");
        if (tags != null && !tags.isBlank()) {
            List<String> wanted = Arrays.stream(tags.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
            filter = filter.and(c -> tagsOf(c).containsAll(wanted));
        }
        ArrayNode list = Json.MAPPER.createArrayNode();
        connections.all().stream().filter(filter).forEach(c -> list.add(json(c)));
        exchange.sendJson(200, list);
    }

    void save(Exchange exchange) throws IOException {
        String saveCredentials = exchange.queryParam("saveCredentials");
        if (saveCredentials != null && !saveCredentials.equals("true") && !saveCredentials.equals("false")) {
            ApiErrors.apiError(exchange, "saveCredentials takes true or false, not " + saveCredentials, 400);
            return;
        }
        ObjectNode body = objectBody(exchange, "A connection");
        if (body == null) {
            return;
        }
        String id = text(body, "id");
        if (id == null) {
            id = ConnectionStore.newId();
        } else if (!UsersApi.UUID_PATTERN.matcher(id).matches()) {
            ApiErrors.apiError(exchange, "Invalid connection id: " + id, 400);
            return;
        }
        JsonNode sentCredentials = body.get("credentials");
        if (sentCredentials != null && !sentCredentials.isNull() && !sentCredentials.isObject()) {
            ApiErrors.apiError(exchange, "credentials must be a JSON object", 400);
            return;
        }
        ConnectionStore.StoredConnection saved;
        try {
            saved = connections.save(id, body);
            if ("true".equals(saveCredentials) && sentCredentials != null && sentCredentials.isObject()) {
                String credentialsId = text(sentCredentials, "id");
                credentials.save(credentialsId != null && UsersApi.UUID_PATTERN.matcher(credentialsId).matches()
                                ? credentialsId : null, saved.id(), sentCredentials.get("parameters"),
                        sentCredentials.get("openParameters"), sentCredentials.get("group"));
            }
        } catch (IllegalArgumentException rejected) {
            ApiErrors.apiError(exchange, rejected.getMessage(), 400);
            return;
        }
        exchange.sendJson(200, json(saved));
    }

    void delete(Exchange exchange) throws IOException {
        connections.find(exchange.pathParam("connection")).ifPresent(c -> {
            connections.delete(c.id());
            credentials.deleteFor(c.id());
        });
        exchange.send(200, "application/json", "null".getBytes(StandardCharsets.UTF_8));
    }

    void test(Exchange exchange) throws IOException {
        ObjectNode body = objectBody(exchange, "A connection to test");
        if (body == null) {
            return;
        }
        JsonNode sent = body.path("credentials").path("parameters");
        JsonNode secrets = sent.isObject() && sent.size() > 0 ? sent
                : Optional.ofNullable(text(body, "id")).flatMap(credentials::forEntity)
                        .map(CredentialStore.StoredCredentials::parameters).orElse(Json.object());
        String error = connections.test(body, secrets);
        exchange.sendJson(200, Json.MAPPER.getNodeFactory().textNode(error == null ? "ok" : error));
    }

    private static ObjectNode objectBody(Exchange exchange, String what) throws IOException {
        JsonNode body = JsonBody.read(exchange);
        if (body == null) {
            return null;
        }
        if (!body.isObject()) {
            ApiErrors.apiError(exchange, what + " must be a JSON object", 400);
            return null;
        }
        return (ObjectNode) body;
    }

    private ObjectNode json(ConnectionStore.StoredConnection connection) {
        ObjectNode json = connection.json().deepCopy();
        ObjectNode reference = json.putObject("credentials");
        Optional<CredentialStore.StoredCredentials> stored = credentials.forEntity(connection.id());
        if (stored.isPresent()) {
            reference.put("id", stored.get().id());
            reference.set("openParameters", stored.get().json().path("openParameters").deepCopy());
        } else {
            reference.putNull("id");
            reference.putObject("openParameters");
        }
        reference.put("entityBindId", connection.id());
        return json;
    }

    private static List<String> tagsOf(ConnectionStore.StoredConnection connection) {
        List<String> tags = new ArrayList<>();
        connection.json().path("tags").forEach(t -> tags.add(t.asText()));
        return tags;
    }

    static String text(JsonNode node, String field) {
        return Answers.text(node, field);
    }
}
