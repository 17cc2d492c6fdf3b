package io.github.cameldatagrok.grafana.emulator.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.grafana.emulator.GrafanaOrg;
import io.github.cameldatagrok.grafana.emulator.GrafanaVersion;

/**
 * What the Kubernetes-style {@code /apis/<group>/<version>/namespaces/<ns>/<resource>} routes share: which versions
 * a Grafana release serves, the namespace check, the Status errors, request bodies, and list paging with
 * {@code limit} and an opaque {@code continue} token.
 */
public final class ResourceApi {

    /** Page size of a list that names no {@code limit} (Grafana documents none: clients should always send one). */
    public static final int DEFAULT_LIST_LIMIT = 500;

    private final String group;
    private final String resource;
    private final String kind;

    public ResourceApi(String group, String resource, String kind) {
        this.group = group;
        this.resource = resource;
        this.kind = kind;
    }

    public String group() {
        return group;
    }

    public String kind() {
        return kind;
    }

    /** {@code v1beta1} from 12, {@code v1} from 13. */
    public static boolean serves(GrafanaVersion grafana, String apiVersion) {
        return switch (apiVersion) {
            case "v1beta1" -> grafana.servesV1beta1();
            case "v1" -> grafana.servesV1();
            default -> false;
        };
    }

    /**
     * Checks the version and namespace of the request; answers (404, 400, 403) and returns false when they do not
     * fit the release played and the caller's org.
     */
    public boolean accepts(Exchange exchange, GrafanaOrg org, GrafanaVersion grafana) throws IOException {
        if (!serves(grafana, exchange.pathParam("version"))) {
            GrafanaErrors.kubernetes(exchange, 404, "NotFound", "the server could not find the requested resource",
                    null, null, null);
            return false;
        }
        String namespace = exchange.pathParam("namespace");
        if (namespace.equals("org-1")) {
            status(exchange, 400, "BadRequest", "invalid namespace: use default rather than org-1", null);
            return false;
        }
        if (!namespace.equals(org.namespace())) {
            status(exchange, 403, "Forbidden", resource + "." + group + " is forbidden: the namespace " + namespace
                    + " is not the org of the request (" + org.namespace() + ")", null);
            return false;
        }
        return true;
    }

    public void status(Exchange exchange, int code, String reason, String message, String name) throws IOException {
        GrafanaErrors.kubernetes(exchange, code, reason, message, name, name == null ? null : group,
                name == null ? null : resource);
    }

    public void notFound(Exchange exchange, String name) throws IOException {
        status(exchange, 404, "NotFound", resource + "." + group + " \"" + name + "\" not found", name);
    }

    public void alreadyExists(Exchange exchange, String name) throws IOException {
        status(exchange, 409, "AlreadyExists", resource + "." + group + " \"" + name + "\" already exists", name);
    }

    public void conflict(Exchange exchange, String name) throws IOException {
        status(exchange, 409, "Conflict", "Operation cannot be fulfilled on " + resource + "." + group + " \"" + name
                + "\": the object has been modified; please apply your changes to the latest version and try again",
                name);
    }

    public void badRequest(Exchange exchange, String message) throws IOException {
        status(exchange, 400, "BadRequest", message, null);
    }

    /** A request that passed the version and namespace checks: its org, and its body when one was read. */
    public record Call(GrafanaOrg org, ObjectNode body) {
    }

    /** Checks version and namespace (and reads the body when {@code withBody}); null after answering a refusal. */
    public Call call(Exchange exchange, boolean withBody) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        if (!accepts(exchange, org, org.dashboards().grafanaVersion())) {
            return null;
        }
        if (!withBody) {
            return new Call(org, null);
        }
        ObjectNode body = body(exchange);
        return body == null ? null : new Call(org, body);
    }

    /**
     * The request object, or null after answering 415/400: a JSON object whose {@code kind} and {@code apiVersion},
     * when given, are this resource's.
     */
    public ObjectNode body(Exchange exchange) throws IOException {
        String mediaType = exchange.mediaType();
        if (mediaType != null && !mediaType.equals("application/json")) {
            status(exchange, 415, "UnsupportedMediaType", "the body of the request was in an unknown format - "
                    + "accepted media types include: application/json", null);
            return null;
        }
        byte[] bytes;
        try {
            bytes = exchange.readSmallBody(JsonRequest.MAX_BYTES);
        } catch (Exchange.BodyTooLargeException e) {
            status(exchange, 413, "RequestEntityTooLarge", "the request body is too large", null);
            return null;
        }
        JsonNode node;
        try {
            node = bytes.length == 0 ? null : GrafanaErrors.JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            badRequest(exchange, "the request body is not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        if (!(node instanceof ObjectNode object)) {
            badRequest(exchange, "the request body must be a JSON object");
            return null;
        }
        String expected = group + "/" + exchange.pathParam("version");
        if (object.hasNonNull("apiVersion") && !object.path("apiVersion").asText().equals(expected)) {
            badRequest(exchange, "the API version in the data (" + object.path("apiVersion").asText()
                    + ") does not match the expected API version (" + expected + ")");
            return null;
        }
        if (object.hasNonNull("kind") && !object.path("kind").asText().equals(kind)) {
            badRequest(exchange, "the kind in the data (" + object.path("kind").asText() + ") does not match the "
                    + "expected kind (" + kind + ")");
            return null;
        }
        return object;
    }

    /**
     * The name a create asks for ({@code metadata.name}, or {@code metadata.generateName} plus 5 characters), or
     * null after answering 400: no name, or a {@code resourceVersion}, which only updates carry.
     */
    public String nameForCreate(Exchange exchange, ObjectNode body) throws IOException {
        if (resourceVersion(body) != null) {
            badRequest(exchange, "resourceVersion should not be set on objects to be created");
            return null;
        }
        String name = body.path("metadata").path("name").asText("");
        if (name.isEmpty()) {
            String prefix = body.path("metadata").path("generateName").asText("");
            if (prefix.isEmpty()) {
                badRequest(exchange, "metadata.name or metadata.generateName is required");
                return null;
            }
            name = prefix + Names.newUid().substring(9);
        }
        if (Names.uidProblem(name) != null) {
            badRequest(exchange, "metadata.name: " + Names.uidProblem(name));
            return null;
        }
        return name;
    }

    /** Whether an update's {@code metadata.name} is the one in the URL; answers 400 when not. */
    public boolean nameMatches(Exchange exchange, ObjectNode body, String name) throws IOException {
        String bodyName = body.path("metadata").path("name").asText("");
        if (bodyName.equals(name)) {
            return true;
        }
        badRequest(exchange, bodyName.isEmpty() ? "metadata.name is required"
                : "the name of the object (" + bodyName + ") does not match the name on the URL (" + name + ")");
        return false;
    }

    /** The {@code metadata.annotations} value, or null. */
    public static String annotation(ObjectNode object, String key) {
        JsonNode value = object.path("metadata").path("annotations").path(key);
        return value.isTextual() ? value.asText() : null;
    }

    /** {@code metadata.resourceVersion} as a number, null when absent, or -1 when it is not one of ours. */
    public static Long resourceVersion(ObjectNode object) {
        JsonNode value = object.path("metadata").path("resourceVersion");
        if (value.isMissingNode() || value.isNull() || value.asText().isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value.asText());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** The {@code metadata} of a returned object. */
    public ObjectNode metadata(ObjectNode object, String name, GrafanaOrg org, String uid, long resourceVersion,
            long generation, Instant created) {
        ObjectNode metadata = object.putObject("metadata");
        metadata.put("name", name);
        metadata.put("namespace", org.namespace());
        metadata.put("uid", uid);
        metadata.put("resourceVersion", Long.toString(resourceVersion));
        metadata.put("generation", generation);
        metadata.put("creationTimestamp", created.truncatedTo(ChronoUnit.SECONDS).toString());
        return metadata;
    }

    /** The start of an object: {@code kind} and {@code apiVersion} as asked. */
    public ObjectNode object(Exchange exchange) {
        ObjectNode object = GrafanaErrors.JSON.createObjectNode();
        object.put("kind", kind);
        object.put("apiVersion", group + "/" + exchange.pathParam("version"));
        return object;
    }

    /** One page of a list: which items, and the token for the next page ("" on the last). */
    public record Page(int from, int to, String continueToken) {
    }

    /**
     * The page a {@code limit}/{@code continue} request asks for, or null after answering 400 for a bad token or
     * limit. A page that is not the last holds one item fewer than {@code limit} (when it is 2 or more), as
     * Grafana's unified storage may answer a short page with a token (grafana/grafana#131891): a client must follow
     * {@code continue}, not count items.
     */
    public Page page(Exchange exchange, int total) throws IOException {
        int limit = DEFAULT_LIST_LIMIT;
        String limitText = exchange.queryParam("limit");
        if (limitText != null && !limitText.isEmpty()) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                badRequest(exchange, "limit must be a number: " + limitText);
                return null;
            }
            if (limit <= 0) {
                limit = DEFAULT_LIST_LIMIT;
            }
        }
        int from = 0;
        String token = exchange.queryParam("continue");
        if (token != null && !token.isEmpty()) {
            try {
                JsonNode decoded = GrafanaErrors.JSON.readTree(Base64.getUrlDecoder().decode(token));
                from = decoded.path("o").asInt(-1);
            } catch (IOException | IllegalArgumentException e) {
                from = -1;
            }
            if (from < 0) {
                badRequest(exchange, "continue key is not valid");
                return null;
            }
        }
        from = Math.min(from, total);
        int to = Math.min(total, from + limit);
        if (to < total && limit >= 2) {
            to--;
        }
        String next = to < total ? Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"o\":" + to + "}").getBytes(StandardCharsets.UTF_8)) : "";
        return new Page(from, to, next);
    }

    /** A {@code <Kind>List} of the given items. */
    public ObjectNode list(Exchange exchange, List<ObjectNode> items, Page page, long resourceVersion) {
        ObjectNode list = GrafanaErrors.JSON.createObjectNode();
        list.put("kind", kind + "List");
        list.put("apiVersion", group + "/" + exchange.pathParam("version"));
        ObjectNode metadata = list.putObject("metadata");
        metadata.put("resourceVersion", Long.toString(resourceVersion));
        if (!page.continueToken().isEmpty()) {
            metadata.put("continue", page.continueToken());
        }
        ArrayNode array = list.putArray("items");
        items.forEach(array::add);
        return list;
    }

    /** The Status of a successful delete. */
    public ObjectNode deleted(String name, String uid) {
        ObjectNode status = GrafanaErrors.JSON.createObjectNode();
        status.put("kind", "Status");
        status.put("apiVersion", "v1");
        status.putObject("metadata");
        status.put("status", "Success");
        ObjectNode details = status.putObject("details");
        details.put("name", name);
        details.put("group", group);
        details.put("kind", resource);
        details.put("uid", uid);
        return status;
    }
}
