package io.github.cameldatagrok.emulator.functions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.api.Answers;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.JsonBody;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.emulator.connections.ConnectionStore;
import io.github.cameldatagrok.emulator.packages.PackageStore;
import io.github.cameldatagrok.emulator.search.SmartFilter;
import io.github.cameldatagrok.emulator.users.UsersApi;

/**
 * Function calls and the function catalogue, as Python {@code functions.*} uses them.
 * <ul>
 * <li>{@code GET /public/v1/functions[?text=…]}: every match, no paging; the smart filter takes {@code source=},
 * {@code name=}, {@code namespace=}, {@code package.shortName=} (a function of package {@code Chem} is named
 * {@code Chem:…}) and free words matched against the name.</li>
 * <li>{@code POST /public/v1/functions}: saves a Script ({@code source: "script"} or {@code #type: "Script"}, with
 * {@code script} and {@code language}) or a DataQuery ({@code source: "data-query"}, with {@code query} and an existing
 * {@code connection}); name and parameters come from the body or the text's header ({@code #name:}, {@code #input:},
 * {@code #output:}); answers the saved function. A saved script runs only where a test registered a
 * {@link ScriptRunner} for its language (queries: for their connection's data source).</li>
 * <li>{@code POST /public/v1/functions/{name}/call} (current) and {@code POST /public/v1/{name}/call} (older
 * servers); with {@code legacyCallRouteOnly} only the older one answers, so the current one is a 404.</li>
 * <li>Body: a JSON object of inputs by name ({@code {}} or an empty body when there are none). Answer: a single
 * output as the bare JSON value, several as an object of outputs by name.</li>
 * <li>Dataframes, in and out, are CSV text with a header row in a JSON string; an input may also be a JSON
 * array of row objects.</li>
 * <li>Unknown function, missing or ill-typed input, or a failing function: HTTP 200 + ApiError, as Datagrok answers.</li>
 * </ul>
 */
public final class FunctionsApi implements ApiArea {

    static final int MAX_CALL_BODY = 64 * 1024 * 1024;

    /** The languages of scripts Datagrok saves. */
    static final Set<String> LANGUAGES = Set.of("grok", "julia", "python", "r", "nodejs", "octave");

    private final FunctionRegistry registry;
    private final boolean legacyCallRouteOnly;
    private final PackageStore packages;
    private final ConnectionStore connections;
    private final String login;
    private final SmartFilter<RegisteredFunction> filter;

    public FunctionsApi(FunctionRegistry registry, boolean legacyCallRouteOnly, PackageStore packages,
            ConnectionStore connections, String login) {
        this.registry = registry;
        this.legacyCallRouteOnly = legacyCallRouteOnly;
        this.packages = packages;
        this.connections = connections;
        this.login = login;
        this.filter = new SmartFilter<RegisteredFunction>(f -> List.of(f.grokName()))
                .text("source", RegisteredFunction::source)
                .text("name", RegisteredFunction::name)
                .text("namespace", f -> f.namespace().isEmpty() ? "" : f.namespace().substring(0, f.namespace().length() - 1))
                .text("package.shortName", this::packageOf);
    }

    /** The short name of the package a function belongs to: its namespace, when a package of that name exists. */
    private String packageOf(RegisteredFunction function) {
        String namespace = function.namespace();
        if (namespace.isEmpty()) {
            return null;
        }
        String name = namespace.substring(0, namespace.length() - 1);
        return packages.find(name).map(PackageStore.Package::name).orElse(null);
    }

    @Override
    public void register(Router router) {
        router.get("/public/v1/functions", this::list);
        router.post("/public/v1/functions", this::save);
        router.get("/public/v1/functions/{name}", this::get);
        if (!legacyCallRouteOnly) {
            router.post("/public/v1/functions/{name}/call", this::call);
        }
        router.post("/public/v1/{name}/call", this::call);
    }

    void list(Exchange exchange) throws IOException {
        Predicate<RegisteredFunction> matches = Answers.filter(exchange, filter);
        if (matches == null) {
            return;
        }
        ArrayNode answer = Json.MAPPER.createArrayNode();
        registry.list().stream().filter(matches).forEach(function -> answer.add(describe(function)));
        exchange.sendJson(200, answer);
    }

    void save(Exchange exchange) throws IOException {
        JsonNode body = JsonBody.read(exchange);
        if (body == null) {
            return;
        }
        try {
            exchange.sendJson(200, describe(saveFunction(body)));
        } catch (IllegalArgumentException rejected) {
            ApiErrors.apiError(exchange, rejected.getMessage(), 400);
        } catch (NoSuchElementException missing) {
            ApiErrors.apiError(exchange, missing.getMessage(), 404);
        }
    }

    private RegisteredFunction saveFunction(JsonNode body) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("A function to save must be a JSON object");
        }
        ObjectNode saved = ((ObjectNode) body).deepCopy();
        String type = text(body, "#type");
        String source = text(body, "source");
        if (source == null && type != null) {
            source = switch (type) {
                case "Script" -> "script";
                case "DataQuery" -> "data-query";
                default -> type;
            };
        }
        if (!"script".equals(source) && !"data-query".equals(source)) {
            throw new IllegalArgumentException("Only scripts (source \"script\") and data queries (source"
                    + " \"data-query\") can be saved, not " + (source == null ? "a function without source" : source));
        }
        boolean script = source.equals("script");
        String textField = script ? "script" : "query";
        String text = text(body, textField);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A " + (script ? "script" : "query") + " needs its " + textField
                    + " text");
        }
        String id = text(body, "id");
        if (id == null) {
            id = java.util.UUID.randomUUID().toString();
        } else if (!UsersApi.UUID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("Invalid function id: " + id);
        }
        ScriptHeader header = ScriptHeader.parse(text);
        String name = text(body, "name") != null ? text(body, "name") : header.name();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A " + (script ? "script" : "query") + " needs a name (name, or a "
                    + (script ? "#name:" : "--name:") + " line in its header)");
        }
        List<FunctionParam> params = header.params().isEmpty() ? bodyParams(body) : header.params();
        String runnerKey;
        if (script) {
            String language = text(body, "language") != null ? text(body, "language").toLowerCase(Locale.ROOT)
                    : header.language() != null ? header.language() : "python";
            if (!LANGUAGES.contains(language)) {
                throw new IllegalArgumentException("Unknown script language: " + language + "; one of " + LANGUAGES);
            }
            saved.put("language", language);
            runnerKey = language;
        } else {
            JsonNode reference = body.get("connection");
            String connection = reference == null || reference.isNull() ? header.connection()
                    : reference.isTextual() ? reference.asText()
                    : text(reference, "id") != null ? text(reference, "id") : text(reference, "name");
            if (connection == null) {
                throw new IllegalArgumentException("A data query needs its connection");
            }
            ConnectionStore.StoredConnection found = connections.find(connection)
                    .orElseThrow(() -> new NoSuchElementException("Connection not found: " + connection));
            saved.set("connection", found.json().deepCopy());
            runnerKey = found.dataSource();
        }
        String namespace = text(body, "namespace");
        String grokName = (namespace == null || namespace.isBlank() ? login + ":" : namespace) + name;
        Instant now = Instant.now();
        RegisteredFunction previous = registry.find(id).orElse(null);
        saved.put("createdOn", previous != null && previous.saved() != null
                ? previous.saved().path("createdOn").asText() : Json.timestamp(now));
        saved.put("updatedOn", Json.timestamp(now));
        if (saved.path("description").isNull() && header.description() != null) {
            saved.put("description", header.description());
        }
        return registry.save(id, grokName, source, params, text, runnerKey, saved);
    }

    private static List<FunctionParam> bodyParams(JsonNode body) {
        List<FunctionParam> params = new ArrayList<>();
        JsonNode list = body.path("params");
        for (JsonNode param : list) {
            String name = text(param, "name");
            String type = text(param, "propertyType");
            if (name == null || type == null) {
                throw new IllegalArgumentException("A parameter needs name and propertyType: " + param);
            }
            params.add(new FunctionParam(name, type, !param.path("isInput").isBoolean()
                    || param.path("isInput").booleanValue()));
        }
        return params;
    }

    private static String text(JsonNode node, String field) {
        return Answers.text(node, field);
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
        JsonNode answer;
        try {
            // an unknown function is reported before a malformed body
            registry.find(name).orElseThrow(() -> new NoSuchElementException("Function not found: " + name));
            answer = run(name, parse(body));
        } catch (NoSuchElementException missing) {
            ApiErrors.apiError(exchange, missing.getMessage(), 404);
            return;
        } catch (IllegalArgumentException badCall) {
            ApiErrors.apiError(exchange, badCall.getMessage(), 400);
            return;
        } catch (CallFailedException failed) {
            ApiErrors.apiError(exchange, failed.getMessage(), 500);
            return;
        }
        exchange.sendJson(200, answer);
    }

    /**
     * Calls a function with JSON inputs (null for none) and shapes the answer as the call route does: one output as
     * its bare value, several as an object. Unknown function: NoSuchElementException; bad inputs:
     * IllegalArgumentException; a failing function: {@link CallFailedException}.
     */
    public JsonNode run(String name, JsonNode inputs) {
        RegisteredFunction function = registry.find(name)
                .orElseThrow(() -> new NoSuchElementException("Function not found: " + name));
        Map<String, Object> outputs;
        try {
            outputs = function.body().call(inputs(function, inputs == null ? Json.object() : inputs));
        } catch (IllegalArgumentException | ClassCastException badCall) {
            throw new IllegalArgumentException(function.grokName() + ": " + badCall.getMessage(), badCall);
        } catch (Exception failed) {
            throw new CallFailedException(function.grokName() + " failed: " + failed, failed);
        }
        List<FunctionParam> declared = function.outputs();
        if (declared.size() == 1) {
            return toJson(outputs.get(declared.get(0).name()));
        }
        ObjectNode answer = Json.object();
        for (FunctionParam output : declared) {
            answer.set(output.name(), toJson(outputs.get(output.name())));
        }
        return answer;
    }

    /** A function that threw while running (not a bad call): errorCode 500. */
    public static final class CallFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? Json.object() : Json.MAPPER.readTree(body);
        } catch (JsonProcessingException notJson) {
            throw new IllegalArgumentException("the call body is not JSON: " + notJson.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("the call body is unreadable: " + unreadable.getMessage());
        }
    }

    private static Map<String, Object> inputs(RegisteredFunction function, JsonNode json) {
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

    /** The Func JSON of {@code GET functions/{name}}: {@code nqName} and {@code parameterInfos} as the server sends them, plus {@code params}. */
    static ObjectNode describe(RegisteredFunction function) {
        ObjectNode func = function.saved() != null ? function.saved().deepCopy() : Json.object();
        func.put("#type", switch (function.source()) {
            case "script" -> "Script";
            case "data-query" -> "DataQuery";
            default -> "Func";
        });
        func.put("id", function.id());
        func.put("name", function.name());
        if (!func.hasNonNull("friendlyName")) {
            func.put("friendlyName", function.name());
        }
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
