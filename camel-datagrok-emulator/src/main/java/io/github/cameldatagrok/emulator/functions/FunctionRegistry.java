package io.github.cameldatagrok.emulator.functions;

import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.tables.TableStore;

/**
 * The functions the emulator can call, built-ins and those tests register. Names are matched case-insensitively,
 * with {@code :} or {@code .} as separator ({@code Demo:DivMod} = {@code demo.divmod}), or by id.
 * <p>
 * Built-ins: {@code Sin(x)} and {@code Abs(x)} (one scalar), {@code Demo:DivMod(a, b)} (two outputs,
 * {@code quotient} and {@code remainder}), {@code Demo:Squares(n)} (a dataframe {@code x,square} of n rows) and
 * the query-like {@code Demo:ReadTable(table)} (the stored table of that name or id, as a dataframe).
 */
public final class FunctionRegistry {

    private final ConcurrentMap<String, RegisteredFunction> byKey = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, RegisteredFunction> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ScriptRunner> runners = new ConcurrentHashMap<>();

    public FunctionRegistry(TableStore tables) {
        registerBuiltIns(tables);
    }

    /**
     * Registers (or replaces) a function.
     *
     * @param grokName {@code Namespace:Name} or a bare name
     * @param params   inputs ({@link FunctionParam#in}) and outputs ({@link FunctionParam#out})
     * @param body     what a call runs
     */
    public RegisteredFunction register(String grokName, List<FunctionParam> params, EmulatedFunction body) {
        return register(grokName, "function", params, body);
    }

    /** As {@link #register(String, List, EmulatedFunction)}, with the {@code source} that {@code GET functions/{name}} reports. */
    public RegisteredFunction register(String grokName, String source, List<FunctionParam> params,
            EmulatedFunction body) {
        if (grokName == null || grokName.isBlank() || grokName.indexOf('.') >= 0) {
            throw new IllegalArgumentException("A function name is Namespace:Name or Name, without '.': " + grokName);
        }
        RegisteredFunction old = byKey.get(key(grokName));
        RegisteredFunction function = new RegisteredFunction(old != null ? old.id() : UUID.randomUUID().toString(),
                grokName, source, List.copyOf(params), body);
        byKey.put(key(grokName), function);
        byId.put(function.id(), function);
        return function;
    }

    /**
     * Registers a dataframe-to-dataframe function, e.g. {@code registerTableFunction("Sales:RegionTotals",
     * "orders", "totals", orders -> ...)}.
     */
    public RegisteredFunction registerTableFunction(String grokName, String input, String output,
            UnaryOperator<DataFrame> body) {
        return register(grokName, List.of(FunctionParam.in(input, "dataframe"), FunctionParam.out(output, "dataframe")),
                inputs -> Map.of(output, body.apply((DataFrame) inputs.get(input))));
    }

    /**
     * Lets saved scripts of this language ({@code python}, {@code r}, ...), or saved queries on connections of this
     * data source ({@code Postgres}, ...), run: without a runner a call of one is an ApiError.
     */
    public FunctionRegistry runner(String languageOrDataSource, ScriptRunner runner) {
        runners.put(languageOrDataSource.toLowerCase(Locale.ROOT), runner);
        return this;
    }

    /**
     * Saves a script or query (what {@code POST /public/v1/functions} does): registered under {@code id}, replacing
     * the function of that id; a call hands the text to the runner of {@code runnerKey}.
     */
    public RegisteredFunction save(String id, String grokName, String source, List<FunctionParam> params,
            String text, String runnerKey, ObjectNode saved) {
        if (grokName == null || grokName.isBlank() || grokName.indexOf('.') >= 0) {
            throw new IllegalArgumentException("A function name cannot contain '.': " + grokName);
        }
        String key = id.toLowerCase(Locale.ROOT);
        RegisteredFunction sameName = byKey.get(key(grokName));
        if (sameName != null && !sameName.id().equals(key)) {
            throw new IllegalArgumentException("A function named " + grokName + " already exists");
        }
        EmulatedFunction body = inputs -> {
            ScriptRunner runner = runners.get(runnerKey.toLowerCase(Locale.ROOT));
            if (runner == null) {
                throw new IllegalStateException(runnerKey + " does not run in the Datagrok emulator"
                        + " (register a runner with functions().runner(\"" + runnerKey + "\", ...))");
            }
            return runner.run(text, inputs);
        };
        RegisteredFunction old = byId.remove(key);
        if (old != null) {
            byKey.remove(key(old.grokName()));
        }
        RegisteredFunction function = new RegisteredFunction(key, grokName, source, List.copyOf(params), body, saved);
        byKey.put(key(grokName), function);
        byId.put(key, function);
        return function;
    }

    /** By id, Grok name ({@code Demo:DivMod}) or dotted name ({@code Demo.DivMod}). */
    public Optional<RegisteredFunction> find(String nameOrId) {
        RegisteredFunction function = byId.get(nameOrId.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(function != null ? function : byKey.get(key(nameOrId)));
    }

    /** All functions, by Grok name. */
    public List<RegisteredFunction> list() {
        List<RegisteredFunction> all = new ArrayList<>(byKey.values());
        all.sort(Comparator.comparing(RegisteredFunction::grokName, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    /** Drops the scripts and queries saved through the API; built-ins and registered functions stay. */
    public void clearSaved() {
        byId.values().removeIf(f -> f.saved() != null);
        byKey.values().removeIf(f -> f.saved() != null);
    }

    public boolean remove(String grokName) {
        RegisteredFunction removed = byKey.remove(key(grokName));
        if (removed != null) {
            byId.remove(removed.id());
        }
        return removed != null;
    }

    private static String key(String name) {
        return name.replace(':', '.').toLowerCase(Locale.ROOT);
    }

    private void registerBuiltIns(TableStore tables) {
        register("Sin", List.of(FunctionParam.in("x", "double"), FunctionParam.out("result", "double")),
                in -> Map.of("result", Math.sin((Double) in.get("x"))));
        register("Abs", List.of(FunctionParam.in("x", "double"), FunctionParam.out("result", "double")),
                in -> Map.of("result", Math.abs((Double) in.get("x"))));
        register("Demo:DivMod", List.of(FunctionParam.in("a", "int"), FunctionParam.in("b", "int"),
                FunctionParam.out("quotient", "int"), FunctionParam.out("remainder", "int")), in -> {
                    long a = (Long) in.get("a");
                    long b = (Long) in.get("b");
                    if (b == 0) {
                        throw new IllegalArgumentException("Division by zero: b must not be 0");
                    }
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("quotient", Math.floorDiv(a, b));
                    out.put("remainder", Math.floorMod(a, b));
                    return out;
                });
        register("Demo:Squares", List.of(FunctionParam.in("n", "int"), FunctionParam.out("result", "dataframe")),
                in -> {
                    long n = (Long) in.get("n");
                    if (n < 0 || n > 1_000_000) {
                        throw new IllegalArgumentException("n must be between 0 and 1000000, was " + n);
                    }
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (long x = 1; x <= n; x++) {
                        rows.add(Map.of("x", x, "square", x * x));
                    }
                    return Map.of("result", DataFrame.of(List.of("x", "square"), rows));
                });
        // a function of the seeded Chem package: atoms in a SMILES string (element symbols, aromatic ones included)
        register("Chem:AtomCount", "function-package",
                List.of(FunctionParam.in("smiles", "string"), FunctionParam.out("count", "int")),
                in -> Map.of("count", (long) ((String) in.get("smiles")).replaceAll("Cl|Br", "X")
                        .replaceAll("[^A-Zbcnops]", "").length()));
        register("Demo:ReadTable", "data-query",
                List.of(FunctionParam.in("table", "string"), FunctionParam.out("result", "dataframe")), in -> {
                    String table = (String) in.get("table");
                    try (var csv = tables.openCsv(table)) {
                        return Map.of("result", DataFrame.fromCsv(new String(csv.readAllBytes(), StandardCharsets.UTF_8)));
                    } catch (NoSuchFileException missing) {
                        throw new IllegalArgumentException("Table not found: " + table);
                    }
                });
    }
}
