package io.github.cameldatagrok.emulator.functions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.Router;

/**
 * FN1 function calls (contract 3.6) and the FN2/FN3 catalogue (3.7).
 * <ul>
 * <li>{@code POST /public/v1/functions/{name}/call} (current) and {@code POST /public/v1/{name}/call} (older
 * servers); with {@code legacyCallRouteOnly} only the older one answers, so the current one is a 404.</li>
 * <li>Body: a JSON object of inputs by name ({@code {}} or an empty body when there are none). Answer: a single
 * output as the bare JSON value, several as an object of outputs by name.</li>
 * <li>Dataframes, in and out, are CSV text with a header row in a JSON string; an input may also be a JSON
 * array of row objects.</li>
 * <li>Unknown function, missing or ill-typed input, or a failing function: HTTP 200 + ApiError (contract 1.5).</li>
 * </ul>
 */
public final class FunctionsApi implements ApiArea {

    static final int MAX_CALL_BODY = 64 * 1024 * 1024;

    private final FunctionRegistry registry;
    private final boolean legacyCallRouteOnly;

    public FunctionsApi(FunctionRegistry registry, boolean legacyCallRouteOnly) {
        this.registry = registry;
        this.legacyCallRouteOnly = legacyCallRouteOnly;
    }

    @Override
    public void register(Router router) {
        router.get("/public/v1/functions", this::list);
        router.get("/public/v1/functions/{name}", this::get);
        if (!legacyCallRouteOnly) {
            router.post("/public/v1/functions/{name}/call", this::call);
        }
        router.post("/public/v1/{name}/call", this::call);
    }

    void list(Exchange exchange) throws IOException {
        String text = exchange.queryParam("text");
        ArrayNode answer = Json.MAPPER.createArrayNode();
        for (RegisteredFunction function : registry.list()) {
            if (matches(function, text)) {
                answer.add(describe(function));
            }
        }
        exchange.sendJson(200, answer);
    }

    /** A plain substring of the name, or {@code source="..."} as the Python client filters. */
    private static boolean matches(RegisteredFunction function, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String filter = text.trim();
        if (filter.startsWith("source=")) {
            return filter.substring(7).replace("\"", "").equals(function.source());
        }
        return function.grokName().toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT));
    }

    void get(Exchange exchange) throws IOException {
        String name = exchange.pathParam("name");
        Optional<RegisteredFunction> function = registry.find(name);
        if (function.isEmpty()) {
            ApiErrors.apiError(exchange, "Function not found: " + name, 404);
            return;
        }
        exchange.sendJson(200, describe(function.get()));
    }

    void call(Exchange exchange) throws IOException {
        String name = exchange.pathParam("name");
        byte[] body = exchange.readSmallBody(MAX_CALL_BODY);
        Optional<RegisteredFunction> found = registry.find(name);
        if (found.isEmpty()) {
            ApiErrors.apiError(exchange, "Function not found: " + name, 404);
            return;
        }
        RegisteredFunction function = found.get();
        Map<String, Object> outputs;
        try {
            outputs = function.body().call(inputs(function, body));
        } catch (IllegalArgumentException | ClassCastException badCall) {
            ApiErrors.apiError(exchange, function.grokName() + ": " + badCall.getMessage(), 400);
            return;
        } catch (Exception failed) {
            ApiErrors.apiError(exchange, function.grokName() + " failed: " + failed, 500);
            return;
        }
        List<FunctionParam> declared = function.outputs();
        if (declared.size() == 1) {
            exchange.sendJson(200, toJson(outputs.get(declared.get(0).name())));
            return;
        }
        ObjectNode answer = Json.object();
        for (FunctionParam output : declared) {
            answer.set(output.name(), toJson(outputs.get(output.name())));
        }
        exchange.sendJson(200, answer);
    }

    private static Map<String, Object> inputs(RegisteredFunction function, byte[] body) {
        JsonNode json;
        try {
            json = body.length == 0 ? Json.object() : Json.MAPPER.readTree(body);
        } catch (JsonProcessingException notJson) {
            throw new IllegalArgumentException("the call body is not JSON: " + notJson.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("the call body is unreadable: " + unreadable.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the call body must be a JSON object of inputs by name, was "
                    + (json == null ? "empty" : json.getNodeType()));
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (FunctionParam input : function.inputs()) {
            JsonNode value = json.get(input.name());
            if (value == null || value.isNull()) {
                throw new IllegalArgumentException("missing input '" + input.name() + "' (" + input.propertyType() + ")");
            }
            inputs.put(input.name(), convert(input, value));
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String given = names.next();
            if (function.inputs().stream().noneMatch(p -> p.name().equals(given))) {
                throw new IllegalArgumentException("unknown input '" + given + "'; inputs are "
                        + function.inputs().stream().map(FunctionParam::name).toList());
            }
        }
        return inputs;
    }

    private static Object convert(FunctionParam input, JsonNode value) {
        String type = input.propertyType();
        switch (type) {
            case "int", "bigint" -> {
                if (value.isIntegralNumber() || (value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue()))) {
                    return value.longValue();
                }
            }
            case "double" -> {
                if (value.isNumber()) {
                    return value.doubleValue();
                }
            }
            case "string" -> {
                if (value.isValueNode()) {
                    return value.asText();
                }
            }
            case "bool" -> {
                if (value.isBoolean()) {
                    return value.booleanValue();
                }
            }
            case "dataframe" -> {
                if (value.isTextual()) {
                    return DataFrame.fromCsv(value.textValue());
                }
                if (value.isArray()) {
                    return rows((ArrayNode) value);
                }
            }
            default -> {
                return Json.MAPPER.convertValue(value, Object.class);
            }
        }
        throw new IllegalArgumentException("input '" + input.name() + "' must be " + type
                + (input.isDataFrame() ? " (CSV text or an array of row objects)" : "") + ", was " + value.getNodeType());
    }

    private static DataFrame rows(ArrayNode array) {
        List<String> columns = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode row : array) {
            if (!row.isObject()) {
                throw new IllegalArgumentException("a dataframe row must be a JSON object, was " + row.getNodeType());
            }
            Map<String, Object> values = new LinkedHashMap<>();
            row.fields().forEachRemaining(field -> {
                if (!columns.contains(field.getKey())) {
                    columns.add(field.getKey());
                }
                values.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
            });
            rows.add(values);
        }
        return DataFrame.of(columns, rows);
    }

    private static JsonNode toJson(Object value) {
        return Json.MAPPER.valueToTree(value instanceof DataFrame frame ? frame.toCsv() : value);
    }

    /** FN2 Func JSON: {@code nqName} and {@code parameterInfos} as the server sends them, plus {@code params}. */
    static ObjectNode describe(RegisteredFunction function) {
        ObjectNode func = Json.object();
        func.put("#type", switch (function.source()) {
            case "script" -> "Script";
            case "data-query" -> "DataQuery";
            default -> "Func";
        });
        func.put("id", function.id());
        func.put("name", function.name());
        func.put("friendlyName", function.name());
        func.put("namespace", function.namespace());
        func.put("nqName", function.grokName());
        func.put("source", function.source());
        ObjectNode infos = func.putObject("parameterInfos");
        ArrayNode params = func.putArray("params");
        for (FunctionParam param : function.params()) {
            ObjectNode info = Json.object();
            info.put("name", param.name());
            info.put("propertyType", param.propertyType());
            info.put("isInput", param.input());
            infos.set(param.name(), info);
            params.add(info.deepCopy());
        }
        return func;
    }
}
