package io.github.cameldatagrok.grafana.emulator.datasources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;
import io.github.cameldatagrok.grafana.emulator.http.Names;
import io.github.cameldatagrok.grafana.emulator.http.StoreException;
import io.github.cameldatagrok.grafana.emulator.http.StoreException.Kind;

/**
 * The data sources of one org. A data source is kept as the JSON Grafana returns for it; {@code secureJsonData} is
 * write-only (kept apart, shown as {@code secureJsonFields}). Health answers OK unless a test says otherwise.
 */
public final class DataSourceStore {

    /** The fields of a create or update body that are stored as given. */
    private static final List<String> FIELDS = List.of("name", "type", "access", "url", "user", "database",
            "basicAuth", "basicAuthUser", "withCredentials", "isDefault", "jsonData");

    private final long orgId;
    private final Map<String, ObjectNode> byUid = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> secrets = new LinkedHashMap<>();
    private final Map<String, Health> health = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** What {@code GET .../health} answers for a data source. */
    public record Health(boolean ok, String message) {
    }

    public DataSourceStore(long orgId) {
        this.orgId = orgId;
    }

    /** Adds a data source from a create body; the answer's {@code datasource} object. */
    public synchronized ObjectNode create(ObjectNode body) {
        String name = text(body, "name");
        String type = text(body, "type");
        if (name == null || name.isBlank() || type == null || type.isBlank()) {
            throw new StoreException(Kind.BAD_REQUEST, "bad request data");
        }
        validateUrl(text(body, "url"));
        String uid = text(body, "uid");
        if (uid == null || uid.isEmpty()) {
            uid = Names.newUid();
        } else if (Names.uidProblem(uid) != null) {
            throw new StoreException(Kind.BAD_REQUEST, "Failed to add datasource: " + Names.uidProblem(uid));
        }
        if (findByName(name).isPresent()) {
            throw new StoreException(Kind.NAME_EXISTS, "data source with the same name already exists");
        }
        if (byUid.containsKey(uid)) {
            throw new StoreException(Kind.UID_EXISTS, "data source with the same uid already exists");
        }
        ObjectNode stored = GrafanaErrors.JSON.createObjectNode();
        stored.put("id", ids.incrementAndGet());
        stored.put("uid", uid);
        stored.put("orgId", orgId);
        copyFields(body, stored);
        stored.put("version", 1);
        stored.put("readOnly", false);
        if (stored.path("isDefault").asBoolean(false)) {
            makeDefault(stored);
        }
        byUid.put(uid, stored);
        secrets.put(uid, secureData(body, Map.of()));
        return view(stored);
    }

    /**
     * Replaces a data source (uid fixed); {@code version} in the body, when given, must be the stored one;
     * read-only (provisioned) data sources are refused.
     */
    public synchronized ObjectNode update(String uid, ObjectNode body) {
        ObjectNode current = require(uid);
        if (current.path("readOnly").asBoolean()) {
            throw new StoreException(Kind.READ_ONLY, "Cannot update read-only data source");
        }
        String name = text(body, "name");
        String type = text(body, "type");
        if (name == null || name.isBlank() || type == null || type.isBlank()) {
            throw new StoreException(Kind.BAD_REQUEST, "bad request data");
        }
        validateUrl(text(body, "url"));
        if (body.path("version").canConvertToInt() && body.path("version").asInt() != current.path("version").asInt()) {
            throw new StoreException(Kind.VERSION_MISMATCH,
                    "Datasource has already been updated by someone else. Please reload and try again");
        }
        Optional<ObjectNode> sameName = findByName(name);
        if (sameName.isPresent() && !sameName.get().path("uid").asText().equals(uid)) {
            throw new StoreException(Kind.NAME_EXISTS, "data source with the same name already exists");
        }
        ObjectNode replaced = GrafanaErrors.JSON.createObjectNode();
        replaced.put("id", current.path("id").asLong());
        replaced.put("uid", uid);
        replaced.put("orgId", orgId);
        copyFields(body, replaced);
        replaced.put("version", current.path("version").asInt() + 1);
        replaced.put("readOnly", false);
        if (replaced.path("isDefault").asBoolean(false)) {
            makeDefault(replaced);
        }
        byUid.put(uid, replaced);
        secrets.put(uid, secureData(body, secrets.getOrDefault(uid, Map.of())));
        return view(replaced);
    }

    public synchronized ObjectNode delete(String uid) {
        ObjectNode current = require(uid);
        if (current.path("readOnly").asBoolean()) {
            throw new StoreException(Kind.READ_ONLY, "Cannot delete read-only data source");
        }
        byUid.remove(uid);
        secrets.remove(uid);
        health.remove(uid);
        return view(current);
    }

    /** The data source as {@code GET /api/datasources/uid/:uid} answers it. */
    public synchronized Optional<ObjectNode> find(String uid) {
        return Optional.ofNullable(byUid.get(uid)).map(this::view);
    }

    public synchronized Optional<ObjectNode> findByName(String name) {
        return byUid.values().stream().filter(d -> d.path("name").asText().equals(name)).findFirst().map(this::view);
    }

    public synchronized Optional<ObjectNode> findById(long id) {
        return byUid.values().stream().filter(d -> d.path("id").asLong() == id).findFirst().map(this::view);
    }

    private ObjectNode require(String uid) {
        ObjectNode current = byUid.get(uid);
        if (current == null) {
            throw new StoreException(Kind.NOT_FOUND, "Data source not found");
        }
        return current;
    }

    /** All data sources, by name (case-insensitive). */
    public synchronized List<ObjectNode> all() {
        List<ObjectNode> all = new ArrayList<>();
        byUid.values().forEach(d -> all.add(view(d)));
        all.sort(Comparator.comparing(d -> d.path("name").asText().toLowerCase(Locale.ROOT)));
        return all;
    }

    /** The secure values given for a data source (what Grafana would encrypt and never return). */
    public synchronized Map<String, String> secureJsonData(String uid) {
        require(uid);
        return Map.copyOf(secrets.getOrDefault(uid, Map.of()));
    }

    // ---- seeding ----

    /** Adds a data source of this type, name and URL; returns its uid. */
    public String put(String uid, String name, String type, String url) {
        ObjectNode body = GrafanaErrors.JSON.createObjectNode();
        body.put("uid", uid);
        body.put("name", name);
        body.put("type", type);
        body.put("access", "proxy");
        body.put("url", url);
        return create(body).path("uid").asText();
    }

    /** Marks a data source provisioned: updates and deletes through the API get 403. */
    public synchronized void markReadOnly(String uid) {
        require(uid).put("readOnly", true);
    }

    /** What the health check of this data source answers from now on. */
    public synchronized void health(String uid, boolean ok, String message) {
        require(uid);
        health.put(uid, new Health(ok, Objects.requireNonNull(message, "message")));
    }

    public synchronized Health health(String uid) {
        require(uid);
        return health.getOrDefault(uid, new Health(true, "Data source is working"));
    }

    public synchronized void clear() {
        byUid.clear();
        secrets.clear();
        health.clear();
    }

    // ---- helpers ----

    private ObjectNode view(ObjectNode stored) {
        ObjectNode view = stored.deepCopy();
        String type = view.path("type").asText();
        view.put("typeName", type);
        view.put("typeLogoUrl", "public/plugins/" + type + "/img/logo.svg");
        if (!view.has("jsonData")) {
            view.putObject("jsonData");
        }
        ObjectNode fields = view.putObject("secureJsonFields");
        secrets.getOrDefault(stored.path("uid").asText(), Map.of()).keySet().forEach(key -> fields.put(key, true));
        view.put("apiVersion", "");
        return view;
    }

    private void makeDefault(ObjectNode chosen) {
        for (ObjectNode other : byUid.values()) {
            other.put("isDefault", false);
        }
        chosen.put("isDefault", true);
    }

    private static void copyFields(ObjectNode from, ObjectNode to) {
        for (String field : FIELDS) {
            JsonNode value = from.get(field);
            if (value != null && !value.isNull()) {
                to.set(field, value.deepCopy());
            }
        }
        for (String flag : List.of("basicAuth", "withCredentials", "isDefault")) {
            if (!to.has(flag)) {
                to.put(flag, false);
            }
        }
        for (String text : List.of("access", "url", "user", "database", "basicAuthUser")) {
            if (!to.has(text)) {
                to.put(text, "");
            }
        }
    }

    private static Map<String, String> secureData(ObjectNode body, Map<String, String> kept) {
        Map<String, String> values = new LinkedHashMap<>(kept);
        JsonNode secure = body.path("secureJsonData");
        for (Iterator<Map.Entry<String, JsonNode>> it = secure.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            values.put(entry.getKey(), entry.getValue().asText());
        }
        return values;
    }

    private static void validateUrl(String url) {
        if (url == null || url.isEmpty()) {
            return;
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            if (uri.getScheme() != null && uri.getHost() == null && !uri.getScheme().equals("file")) {
                throw new StoreException(Kind.BAD_REQUEST, "Validation error, invalid URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new StoreException(Kind.BAD_REQUEST, "Validation error, invalid URL");
        }
    }

    private static String text(ObjectNode body, String field) {
        return body.path(field).isTextual() ? body.path(field).asText() : null;
    }
}
