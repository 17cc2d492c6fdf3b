package io.github.cameldatagrok.emulator.batch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.JsonBody;
import io.github.cameldatagrok.emulator.http.Router;

/**
 * {@code POST /public/v1/batch}: several operations in one request, as the {@code grok s} CLI sends them.
 * <pre>
 * {"operations": [{"id": "u1", "action": "users.create", "params": {"login": "alice"}},
 *                 {"id": "g1", "action": "groups.create", "params": {"name": "Team"}, "dependsOn": ["u1"]}],
 *  "options": {"concurrency": 4, "stopOnError": true, "transaction": false}}
 * </pre>
 * Operations run in order, each after its {@code dependsOn} (ids, or {@code {id, allowPartial}}); one whose
 * dependency failed (or was partial without {@code allowPartial}) is {@code skipped}, as is everything after a
 * failure with {@code stopOnError}. Array {@code params} run the action per item: the operation is {@code partial}
 * when some items fail, with per-item {@code results}. With {@code transaction} a failure undoes every operation done
 * and reports them as errors. The emulator runs one operation at a time whatever {@code concurrency} says (the results
 * are the same). A body that is not a batch (no {@code operations}, duplicate or missing ids, unknown or cyclic
 * dependencies, bad options) is an ApiError (errorCode 400) and runs nothing; an unknown action fails its operation.
 */
public final class BatchApi implements ApiArea {

    private final Map<String, BatchAction> actions = new LinkedHashMap<>();

    /** Makes {@code action} available to batches (the emulator registers its built-in actions this way). */
    public BatchApi action(String name, BatchAction action) {
        actions.put(name, action);
        return this;
    }

    @Override
    public void register(Router router) {
        router.post("/public/v1/batch", this::batch);
    }

    private record Operation(String id, String action, JsonNode params, Map<String, Boolean> dependsOn) {
    }

    void batch(Exchange exchange) throws IOException {
        JsonNode body = JsonBody.read(exchange);
        if (body == null) {
            return;
        }
        List<Operation> operations;
        boolean stopOnError;
        boolean transaction;
        try {
            operations = order(parse(body));
            JsonNode options = body.path("options");
            if (!options.isMissingNode() && !options.isNull() && !options.isObject()) {
                throw new IllegalArgumentException("options must be an object");
            }
            JsonNode concurrency = options.path("concurrency");
            if (!concurrency.isMissingNode() && !concurrency.isNull()
                    && (!concurrency.isIntegralNumber() || concurrency.asInt() < 1)) {
                throw new IllegalArgumentException("options.concurrency must be a whole number of at least 1");
            }
            stopOnError = flag(options, "stopOnError");
            transaction = flag(options, "transaction");
        } catch (IllegalArgumentException bad) {
            ApiErrors.apiError(exchange, bad.getMessage(), 400);
            return;
        }
        exchange.sendJson(200, run(operations, stopOnError, transaction));
    }

    private synchronized ObjectNode run(List<Operation> operations, boolean stopOnError, boolean transaction) {
        Map<String, ObjectNode> results = new LinkedHashMap<>();
        Map<String, String> statuses = new HashMap<>();
        Deque<Runnable> undo = new ArrayDeque<>();
        boolean failed = false;
        for (Operation operation : operations) {
            ObjectNode result = Json.object();
            result.put("id", operation.id());
            result.put("action", operation.action());
            String blocker = failed && (stopOnError || transaction) ? "an earlier operation failed (stopOnError)" : null;
            for (Map.Entry<String, Boolean> dependency : operation.dependsOn().entrySet()) {
                String status = statuses.get(dependency.getKey());
                boolean acceptable = "success".equals(status) || "partial".equals(status) && dependency.getValue();
                if (blocker == null && !acceptable) {
                    blocker = "dependency " + dependency.getKey() + " " + (status == null ? "did not run" : status);
                }
            }
            if (blocker != null) {
                result.put("status", "skipped");
                result.put("reason", blocker);
            } else {
                execute(operation, result, undo);
            }
            String status = result.get("status").asText();
            failed |= status.equals("error") || status.equals("partial");
            statuses.put(operation.id(), status);
            results.put(operation.id(), result);
        }
        if (transaction && failed) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            for (ObjectNode result : results.values()) {
                if (!result.get("status").asText().equals("error") && !result.get("status").asText().equals("skipped")) {
                    result.put("status", "error");
                    result.remove("result");
                    result.set("error", error("rolled back: the transaction failed", 409));
                }
            }
        }
        ObjectNode answer = Json.object();
        ObjectNode summary = answer.putObject("summary");
        summary.put("total", results.size());
        for (String status : new String[] {"success", "partial", "error", "skipped"}) {
            long count = results.values().stream().filter(r -> r.get("status").asText().equals(status)).count();
            summary.put(switch (status) {
                case "success" -> "succeeded";
                case "error" -> "failed";
                default -> status;
            }, count);
        }
        ArrayNode list = answer.putArray("results");
        results.values().forEach(list::add);
        return answer;
    }

    private void execute(Operation operation, ObjectNode result, Deque<Runnable> undo) {
        BatchAction action = actions.get(operation.action());
        if (action == null) {
            result.put("status", "error");
            result.set("error", error("Unknown action: " + operation.action() + "; known: " + actions.keySet(), 400));
            return;
        }
        if (!operation.params().isArray()) {
            try {
                BatchAction.Outcome outcome = action.run(operation.params());
                undo.push(outcome.undo());
                result.put("status", "success");
                result.set("result", outcome.result());
            } catch (Exception failure) {
                result.put("status", "error");
                result.set("error", error(failure));
            }
            return;
        }
        ArrayNode items = result.putArray("results");
        int succeeded = 0;
        int index = 0;
        for (JsonNode params : operation.params()) {
            ObjectNode item = items.addObject();
            item.put("index", index++);
            try {
                BatchAction.Outcome outcome = action.run(params);
                undo.push(outcome.undo());
                item.put("status", "success");
                item.set("result", outcome.result());
                succeeded++;
            } catch (Exception failure) {
                item.put("status", "error");
                item.set("error", error(failure));
            }
        }
        int total = operation.params().size();
        result.put("status", succeeded == total ? "success" : succeeded == 0 ? "error" : "partial");
        ObjectNode summary = result.putObject("summary");
        summary.put("total", total);
        summary.put("succeeded", succeeded);
        summary.put("failed", total - succeeded);
        if (succeeded == 0 && total > 0) {
            result.set("error", error("every item failed", 400));
        }
    }

    private static ObjectNode error(Exception failure) {
        int code = failure instanceof IllegalArgumentException ? 400
                : failure instanceof NoSuchElementException ? 404 : 500;
        return error(failure.getMessage() == null ? failure.toString() : failure.getMessage(), code);
    }

    private static ObjectNode error(String message, int code) {
        ObjectNode error = Json.object();
        error.put("error", message);
        error.put("errorCode", code);
        return error;
    }

    private static List<Operation> parse(JsonNode body) {
        if (!body.isObject() || !body.path("operations").isArray()) {
            throw new IllegalArgumentException("A batch is an object with an operations list");
        }
        List<Operation> operations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (JsonNode node : body.get("operations")) {
            String where = "operation " + position++;
            if (!node.isObject()) {
                throw new IllegalArgumentException(where + " is not an object");
            }
            String id = node.path("id").isTextual() ? node.get("id").asText() : null;
            if (id == null || id.isBlank() || !ids.add(id)) {
                throw new IllegalArgumentException(where + (id == null || id.isBlank() ? " has no id" : " repeats id " + id));
            }
            String action = node.path("action").isTextual() ? node.get("action").asText() : null;
            if (action == null || action.isBlank()) {
                throw new IllegalArgumentException("operation " + id + " has no action");
            }
            JsonNode params = node.path("params");
            if (params.isMissingNode() || params.isNull()) {
                params = Json.object();
            } else if (!params.isObject() && !params.isArray()) {
                throw new IllegalArgumentException("params of operation " + id + " must be an object or an array");
            }
            Map<String, Boolean> dependsOn = new LinkedHashMap<>();
            JsonNode dependencies = node.path("dependsOn");
            if (!dependencies.isMissingNode() && !dependencies.isNull()) {
                if (!dependencies.isArray()) {
                    throw new IllegalArgumentException("dependsOn of operation " + id + " must be a list");
                }
                for (JsonNode dependency : dependencies) {
                    String target = dependency.isTextual() ? dependency.asText() : dependency.path("id").asText(null);
                    if (target == null) {
                        throw new IllegalArgumentException("operation " + id + " has a dependency without id");
                    }
                    dependsOn.put(target, dependency.path("allowPartial").asBoolean(false));
                }
            }
            operations.add(new Operation(id, action, params, dependsOn));
        }
        for (Operation operation : operations) {
            for (String dependency : operation.dependsOn().keySet()) {
                if (!ids.contains(dependency)) {
                    throw new IllegalArgumentException("operation " + operation.id() + " depends on unknown " + dependency);
                }
            }
        }
        return operations;
    }

    /** The operations in an order where each comes after its dependencies, otherwise as given; cycles refused. */
    private static List<Operation> order(List<Operation> operations) {
        Map<String, Operation> byId = new LinkedHashMap<>();
        operations.forEach(o -> byId.put(o.id(), o));
        List<Operation> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (Operation operation : operations) {
            visit(operation, byId, done, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(Operation operation, Map<String, Operation> byId, Set<String> done, Set<String> visiting,
            List<Operation> ordered) {
        if (done.contains(operation.id())) {
            return;
        }
        if (!visiting.add(operation.id())) {
            throw new IllegalArgumentException("The dependencies of operation " + operation.id() + " form a cycle");
        }
        for (String dependency : operation.dependsOn().keySet()) {
            visit(byId.get(dependency), byId, done, visiting, ordered);
        }
        visiting.remove(operation.id());
        done.add(operation.id());
        ordered.add(operation);
    }

    private static boolean flag(JsonNode options, String name) {
        JsonNode value = options.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("options." + name + " must be true or false");
        }
        return value.booleanValue();
    }
}
