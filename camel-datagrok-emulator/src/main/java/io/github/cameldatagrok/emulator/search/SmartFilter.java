package io.github.cameldatagrok.emulator.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Datagrok smart filter, as the list routes take it in {@code text}: terms joined by {@code and}; a term
 * {@code field=value} (value bare, {@code "quoted"} or {@code 'quoted'}) compares a named field case-insensitively, any
 * other term matches a substring of the entity's searchable text. An unknown field or a non-boolean value for a
 * boolean field is refused with an {@link IllegalArgumentException}, which the routes answer as an ApiError.
 *
 * @param <T> the kind of entity filtered
 */
public final class SmartFilter<T> {

    private static final Pattern FIELD_TERM = Pattern.compile("\\s*([\\w.#]+)\\s*=\\s*(.*?)\\s*");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");

    private final Map<String, Function<T, String>> textFields = new LinkedHashMap<>();
    private final Map<String, Function<T, Boolean>> boolFields = new LinkedHashMap<>();
    private final Function<T, List<String>> searchable;

    /** {@code searchable} gives the texts a free-text term is looked for in (name, friendly name, ...). */
    public SmartFilter(Function<T, List<String>> searchable) {
        this.searchable = searchable;
    }

    /** A field compared as text, e.g. {@code dataSource} or {@code package.shortName}. */
    public SmartFilter<T> text(String field, Function<T, String> value) {
        textFields.put(field, value);
        return this;
    }

    /** A field that takes {@code true} or {@code false}, e.g. {@code personal}. */
    public SmartFilter<T> bool(String field, Function<T, Boolean> value) {
        boolFields.put(field, value);
        return this;
    }

    /** The predicate of a filter text; null or blank matches everything. */
    public Predicate<T> parse(String text) {
        Predicate<T> all = entity -> true;
        if (text == null || text.isBlank()) {
            return all;
        }
        for (String term : AND.split(text.trim())) {
            all = all.and(term(term));
        }
        return all;
    }

    private Predicate<T> term(String term) {
        Matcher field = FIELD_TERM.matcher(term);
        if (!field.matches()) {
            String needle = unquote(term.trim()).toLowerCase(Locale.ROOT);
            return entity -> searchable.apply(entity).stream()
                    .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(needle));
        }
        String name = field.group(1);
        String value = unquote(field.group(2));
        Function<T, String> text = textFields.get(name);
        if (text != null) {
            return entity -> value.equalsIgnoreCase(text.apply(entity));
        }
        Function<T, Boolean> bool = boolFields.get(name);
        if (bool != null) {
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("Filter field " + name + " takes true or false, not " + value);
            }
            boolean wanted = Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
            return entity -> Boolean.valueOf(wanted).equals(bool.apply(entity));
        }
        throw new IllegalArgumentException("Unknown filter field: " + name);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'")) ? value.substring(1, value.length() - 1) : value;
    }
}
