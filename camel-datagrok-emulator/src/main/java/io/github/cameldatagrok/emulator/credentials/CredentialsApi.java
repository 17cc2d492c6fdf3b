package io.github.cameldatagrok.emulator.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.api.Answers;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.JsonBody;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.emulator.users.UsersApi;

/**
 * Credentials of any entity, as Python {@code credentials.for_entity}, {@code save} and {@code delete} use them:
 * <ul>
 * <li>{@code GET /public/v1/credentials/for/{entityId}}: the entity's credentials, or empty ones ({@code id} null)
 * when it has none; an unknown entity is an ApiError (errorCode 404);</li>
 * <li>{@code POST /public/v1/credentials}: the body must name its entity in {@code entityBindId} (else an ApiError,
 * errorCode 400; an unknown entity, errorCode 404); answers the saved credentials;</li>
 * <li>{@code DELETE /public/v1/credentials/{id}}: 200 {@code null}; unknown credentials are an ApiError (errorCode
 * 404): whether the server answers 200 there, as it does for connections, is not known, so the emulator is
 * strict.</li>
 * </ul>
 */
public final class CredentialsApi implements ApiArea {

    private final CredentialStore store;
    private final Predicate<String> entityExists;

    /** {@code entityExists} tells whether an entity id names something credentials can belong to. */
    public CredentialsApi(CredentialStore store, Predicate<String> entityExists) {
        this.store = store;
        this.entityExists = entityExists;
    }

    @Override
    public void register(Router router) {
        router.get("/public/v1/credentials/for/{entity}", this::forEntity);
        router.post("/public/v1/credentials", this::save);
        router.delete("/public/v1/credentials/{id}", this::delete);
    }

    void forEntity(Exchange exchange) throws IOException {
        String entity = exchange.pathParam("entity");
        if (!entityExists.test(entity)) {
            ApiErrors.apiError(exchange, "Entity not found: " + entity, 404);
            return;
        }
        Optional<CredentialStore.StoredCredentials> stored = store.forEntity(entity);
        if (stored.isPresent()) {
            exchange.sendJson(200, stored.get().json());
            return;
        }
        ObjectNode empty = Json.object();
        empty.put("#type", "Credentials");
        empty.putNull("id");
        empty.put("entityBindId", entity);
        empty.putObject("parameters");
        empty.putObject("openParameters");
        exchange.sendJson(200, empty);
    }

    void save(Exchange exchange) throws IOException {
        JsonNode body = JsonBody.read(exchange);
        if (body == null) {
            return;
        }
        if (!body.isObject()) {
            ApiErrors.apiError(exchange, "Credentials must be a JSON object", 400);
            return;
        }
        String entity = text(body, "entityBindId");
        if (entity == null || entity.isBlank()) {
            ApiErrors.apiError(exchange, "Credentials need entityBindId: the id of the entity they belong to", 400);
            return;
        }
        if (!entityExists.test(entity)) {
            ApiErrors.apiError(exchange, "Entity not found: " + entity, 404);
            return;
        }
        String id = text(body, "id");
        if (id != null && !UsersApi.UUID_PATTERN.matcher(id).matches()) {
            ApiErrors.apiError(exchange, "Invalid credentials id: " + id, 400);
            return;
        }
        for (String field : new String[] {"parameters", "openParameters"}) {
            JsonNode value = body.get(field);
            if (value != null && !value.isNull() && !value.isObject()) {
                ApiErrors.apiError(exchange, field + " must be a JSON object", 400);
                return;
            }
        }
        try {
            exchange.sendJson(200, store.save(id, entity, body.get("parameters"), body.get("openParameters"),
                    body.get("group")).json());
        } catch (IllegalArgumentException rejected) {
            ApiErrors.apiError(exchange, rejected.getMessage(), 400);
        }
    }

    void delete(Exchange exchange) throws IOException {
        String id = exchange.pathParam("id");
        if (!store.delete(id)) {
            ApiErrors.apiError(exchange, "Credentials not found: " + id, 404);
            return;
        }
        exchange.send(200, "application/json", "null".getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JsonNode node, String field) {
        return Answers.text(node, field);
    }
}
