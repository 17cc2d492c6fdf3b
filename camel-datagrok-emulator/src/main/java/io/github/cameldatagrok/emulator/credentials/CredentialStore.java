package io.github.cameldatagrok.emulator.credentials;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.Json;

/**
 * Credentials, one set per entity (a connection, a package, ...) it is bound to by {@code entityBindId}.
 * {@code parameters} hold the secrets (password, secretKey, apiKey), {@code openParameters} what may be shown.
 */
public final class CredentialStore {

    /** Stored credentials; {@code json} is {@code {id, entityBindId, parameters, openParameters[, group]}}. */
    public record StoredCredentials(String id, String entityId, ObjectNode json) {

        public JsonNode parameters() {
            return json.path("parameters");
        }
    }

    private final Map<String, StoredCredentials> byId = new LinkedHashMap<>();

    /**
     * Saves the credentials of an entity, replacing any it had. {@code id} null keeps the id of the entity's
     * current credentials, or makes a new one.
     */
    public synchronized StoredCredentials save(String id, String entityId, JsonNode parameters,
            JsonNode openParameters, JsonNode group) {
        String entity = entityId.toLowerCase(Locale.ROOT);
        Optional<StoredCredentials> current = forEntity(entity);
        String key = id != null ? id.toLowerCase(Locale.ROOT)
                : current.map(StoredCredentials::id).orElse(UUID.randomUUID().toString());
        StoredCredentials owner = byId.get(key);
        if (owner != null && !owner.entityId().equals(entity)) {
            throw new IllegalArgumentException("Credentials " + key + " belong to another entity");
        }
        current.ifPresent(c -> byId.remove(c.id()));
        ObjectNode json = Json.object();
        json.put("#type", "Credentials");
        json.put("id", key);
        json.put("entityBindId", entity);
        json.set("parameters", parameters == null || parameters.isNull() ? Json.object() : parameters.deepCopy());
        json.set("openParameters", openParameters == null || openParameters.isNull() ? Json.object()
                : openParameters.deepCopy());
        if (group != null && !group.isNull()) {
            json.set("group", group.deepCopy());
        }
        StoredCredentials saved = new StoredCredentials(key, entity, json);
        byId.put(key, saved);
        return saved;
    }

    public synchronized Optional<StoredCredentials> forEntity(String entityId) {
        String entity = entityId.toLowerCase(Locale.ROOT);
        return byId.values().stream().filter(c -> c.entityId().equals(entity)).findFirst();
    }

    public synchronized Optional<StoredCredentials> find(String id) {
        return Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
    }

    public synchronized boolean delete(String id) {
        return byId.remove(id.toLowerCase(Locale.ROOT)) != null;
    }

    /** Drops the credentials of a deleted entity. */
    public synchronized void deleteFor(String entityId) {
        forEntity(entityId).ifPresent(c -> byId.remove(c.id()));
    }

    public synchronized List<StoredCredentials> all() {
        return List.copyOf(byId.values());
    }

    public synchronized void clear() {
        byId.clear();
    }
}
