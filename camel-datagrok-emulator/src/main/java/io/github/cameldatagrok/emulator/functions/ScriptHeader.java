package io.github.cameldatagrok.emulator.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header Datagrok reads from a script or query text to make its function: comment lines such as
 * {@code #name: Add}, {@code #language: python}, {@code #input: int a = 1 {caption: A}}, {@code #output: int sum}
 * ({@code //} in JavaScript-like languages, {@code --} in SQL queries, where {@code --connection: Name} names the
 * connection). Lines after the first non-comment, non-blank line are not read.
 */
record ScriptHeader(String name, String language, String description, String connection, List<FunctionParam> params) {

    private static final Pattern TAG = Pattern.compile("^\\s*(?:#|//|--)\\s*(\\w+)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern PARAM = Pattern.compile("^(\\w+)\\s+(\\w+).*$");

    static ScriptHeader parse(String text) {
        String name = null;
        String language = null;
        String description = null;
        String connection = null;
        List<FunctionParam> params = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher tag = TAG.matcher(line);
            if (!tag.matches()) {
                if (line.trim().startsWith("#") || line.trim().startsWith("//") || line.trim().startsWith("--")) {
                    continue;
                }
                break;
            }
            String value = tag.group(2);
            switch (tag.group(1).toLowerCase(Locale.ROOT)) {
                case "name" -> name = value;
                case "language" -> language = value.toLowerCase(Locale.ROOT);
                case "description" -> description = value;
                case "connection" -> connection = value;
                case "input", "output" -> {
                    Matcher param = PARAM.matcher(value);
                    if (!param.matches()) {
                        throw new IllegalArgumentException("Cannot read the parameter line '" + line.trim()
                                + "': write it as <type> <name>");
                    }
                    params.add(new FunctionParam(param.group(2), param.group(1),
                            tag.group(1).equalsIgnoreCase("input")));
                }
                default -> {
                    // other tags (tags, meta.*, sample, ...) describe the function, they do not define it
                }
            }
        }
        return new ScriptHeader(name, language, description, connection, List.copyOf(params));
    }
}
