package io.github.cameldatagrok.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.client.model.DataQuery;
import io.github.cameldatagrok.client.model.FunctionInfo;
import io.github.cameldatagrok.client.model.ListResult;
import io.github.cameldatagrok.client.model.SavedFunction;
import io.github.cameldatagrok.client.model.Script;
import io.github.cameldatagrok.csv.CsvRowWriter;
import io.github.cameldatagrok.transport.RequestOptions;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ContentType;

/**
 * Datagrok functions ({@code client.functions()}): calls ({@code POST /public/v1/functions/{name}/call} — Python
 * {@code functions.call}) and the catalogue ({@code GET /public/v1/functions[/{name}]} — Python {@code functions.list},
 * {@code functions.get}).
 * <p>
 * A call posts the inputs as a JSON object keyed by input name; a dataframe input may be given as rows (a
 * {@code List}, {@code Iterable}, {@code Iterator} or {@code Stream} of {@code Map}), which is sent as CSV text,
 * or as CSV text itself. The answer is the parsed JSON: a bare value for one output, an object for several; a
 * dataframe output is CSV text. Calls go to {@code /public/v1/functions/{name}/call}; when the server answers that
 * with HTTP 404 the older {@code /public/v1/{name}/call} is tried, and used from then on by this client. An
 * ApiError answer (for example an unknown function) fails the call with {@link DatagrokApiException}.
 * <p>
 * Calls are asynchronous underneath ({@link #callAsync}): they need no thread while in flight. Futures complete on
 * the client's I/O threads, so whatever runs in a dependent stage must not block for long.
 */
public final class DatagrokFunctions {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final DatagrokClient client;
    /** Set once the current call route answered 404 and the older one worked: this server is an older one. */
    private volatile boolean legacyCallRoute;
    private final ConcurrentMap<String, CompletableFuture<FunctionInfo>> described = new ConcurrentHashMap<>();

    DatagrokFunctions(DatagrokClient client) {
        this.client = client;
    }

    /** Calls a function and waits for its result; see {@link #callAsync}. */
    public JsonNode call(String function, Map<String, ?> inputs) {
        return await(callAsync(function, inputs));
    }

    /**
     * Calls a function ({@code POST /public/v1/functions/{name}/call}).
     *
     * @param function the function's Grok name ({@code Demo:DivMod}), bare core name ({@code Sin}) or id
     * @param inputs   inputs by name; null for none. Rows become CSV text.
     * @return the answer's JSON (null for an empty answer); fails with {@link DatagrokApiException} on an error
     *         answer, {@link UncheckedIOException} on a transport failure
     * @throws IllegalArgumentException at once, before sending, for a missing name or inputs that are not JSON
     */
    public CompletableFuture<JsonNode> callAsync(String function, Map<String, ?> inputs) {
        String segment = GrokNames.toPathSegment(requireFunction(function));
        byte[] body = requestBody(inputs);
        if (legacyCallRoute) {
            return post(DatagrokClient.API + "/" + segment + "/call", body);
        }
        String current = DatagrokClient.API + "/functions/" + segment + "/call";
        return post(current, body).handle((answer, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(answer);
            }
            if (unwrap(failure) instanceof DatagrokApiException api && api.getStatusCode() == 404) {
                return post(DatagrokClient.API + "/" + segment + "/call", body).thenApply(old -> {
                    legacyCallRoute = true;
                    return old;
                });
            }
            return CompletableFuture.<JsonNode>failedFuture(unwrap(failure));
        }).thenCompose(future -> future);
    }

    /** Whether this client found the server to serve only the older {@code /public/v1/{name}/call} route. */
    public boolean usesLegacyCallRoute() {
        return legacyCallRoute;
    }

    /** A function's description ({@code GET /public/v1/functions/{name}}). */
    public FunctionInfo describe(String function) {
        return await(describeAsync(function));
    }

    /**
     * A function's description, asked once per function and client and then remembered (a failed lookup is
     * not remembered).
     */
    public CompletableFuture<FunctionInfo> describeAsync(String function) {
        String name = requireFunction(function);
        CompletableFuture<FunctionInfo> cached = described.get(name);
        if (cached != null) {
            return cached;
        }
        String path = DatagrokClient.API + "/functions/" + GrokNames.toPathSegment(name);
        CompletableFuture<FunctionInfo> info = client.transport()
                .callJsonAsync(SimpleRequestBuilder.get(client.transport().uri(path)).build(), path,
                        RequestOptions.idempotent())
                .thenApply(this::toInfo);
        described.put(name, info);
        info.whenComplete((done, failure) -> {
            if (failure != null) {
                described.remove(name, info);
            }
        });
        return info;
    }

    /** Functions matching a smart filter such as {@code source="script"} ({@code GET /public/v1/functions}). */
    public List<FunctionInfo> list(String filter) {
        String path = DatagrokClient.API + "/functions";
        String query = new QueryString().add("text", filter == null || filter.isBlank() ? null : filter).toString();
        JsonNode answer = client.transport().callJson(new HttpGet(client.transport().uri(path + query)), path, true);
        List<FunctionInfo> functions = new ArrayList<>();
        if (answer != null && answer.isArray()) {
            answer.forEach(func -> functions.add(toInfo(func)));
        }
        return functions;
    }

    /**
     * Functions matching a smart filter ({@code source="script"}, {@code package.shortName="Chem"}, words), at most
     * {@code maxResults} (0: all). The server ignores paging and answers every match; the cap applies while reading.
     */
    public ListResult<FunctionInfo> list(String filter, int maxResults) {
        String query = new QueryString().add("text", filter == null || filter.isBlank() ? null : filter).toString();
        ListResult<JsonNode> read = client.calls().list(DatagrokClient.API + "/functions", query, JsonNode.class,
                maxResults);
        return new ListResult<>(read.items().stream().map(this::toInfo).toList(), read.truncated());
    }

    /**
     * Saves a script or a data query ({@code POST /public/v1/functions}, Python {@code functions.create_script},
     * {@code create_query}): one without id gets a new one. Answers the saved function, whose {@code nqName} is what
     * a call names. Remembered descriptions are dropped, as the saved one may have changed its parameters.
     */
    @SuppressWarnings("unchecked")
    public <T extends SavedFunction> T save(T function) {
        if (function == null) {
            throw new IllegalArgumentException("No Datagrok script or query to save");
        }
        if (function instanceof Script script && (script.getScript() == null || script.getScript().isBlank())) {
            throw new IllegalArgumentException("The Datagrok script to save has no script text");
        }
        if (function instanceof DataQuery query) {
            if (query.getQuery() == null || query.getQuery().isBlank()) {
                throw new IllegalArgumentException("The Datagrok query to save has no query text");
            }
            if (query.getConnection() == null) {
                throw new IllegalArgumentException("The Datagrok query to save has no connection");
            }
        }
        if (function.getId() == null) {
            function.setId(java.util.UUID.randomUUID().toString());
        }
        T saved = (T) client.calls().post(DatagrokClient.API + "/functions", "", function, function.getClass());
        described.clear();
        return saved;
    }

    // ---------------------------------------------------------------- internals

    private CompletableFuture<JsonNode> post(String path, byte[] body) {
        SimpleHttpRequest request = SimpleRequestBuilder.post(client.transport().uri(path))
                .setBody(body, ContentType.APPLICATION_JSON).build();
        // a call may change data: never repeated
        return client.transport().callJsonAsync(request, path, RequestOptions.once());
    }

    private byte[] requestBody(Map<String, ?> inputs) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (inputs != null) {
            for (Map.Entry<String, ?> input : inputs.entrySet()) {
                if (input.getKey() == null || input.getKey().isBlank()) {
                    throw new IllegalArgumentException("A Datagrok function input has no name");
                }
                json.put(input.getKey(), isRows(input.getValue())
                        ? new CsvRowWriter().writeToString(input.getValue()) : input.getValue());
            }
        }
        try {
            return client.json().writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The function inputs cannot be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Rows of Maps (a dataframe); a collection of anything else is a plain JSON array. */
    private static boolean isRows(Object value) {
        if (value instanceof java.util.Collection<?> collection) {
            return !collection.isEmpty() && collection.iterator().next() instanceof Map;
        }
        return value instanceof Iterator<?> || value instanceof java.util.stream.Stream<?>;
    }

    private FunctionInfo toInfo(JsonNode func) {
        List<FunctionInfo.Param> inputs = new ArrayList<>();
        List<FunctionInfo.Param> outputs = new ArrayList<>();
        JsonNode infos = func.path("parameterInfos");
        Iterator<JsonNode> params = infos.isObject() && infos.size() > 0 ? infos.elements() : func.path("params").elements();
        while (params.hasNext()) {
            JsonNode param = params.next();
            FunctionInfo.Param p = new FunctionInfo.Param(param.path("name").asText(), param.path("propertyType").asText(null));
            // isInput null is an input, as in the server's JSON
            (param.path("isInput").isBoolean() && !param.path("isInput").booleanValue() ? outputs : inputs).add(p);
        }
        String name = func.hasNonNull("nqName") ? func.get("nqName").asText() : func.path("name").asText(null);
        return new FunctionInfo(func.path("id").asText(null), name, List.copyOf(inputs), List.copyOf(outputs),
                client.json().convertValue(func, MAP));
    }

    private static String requireFunction(String function) {
        if (function == null || function.isBlank()) {
            throw new IllegalArgumentException("No Datagrok function given: name it as Namespace:Function"
                    + " (or a core function such as Sin)");
        }
        return function.trim();
    }

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new DatagrokException("Interrupted while waiting for Datagrok", e);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DatagrokException(cause.getMessage(), cause);
        }
    }
}
