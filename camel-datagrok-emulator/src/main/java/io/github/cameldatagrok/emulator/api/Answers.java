package io.github.cameldatagrok.emulator.api;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.emulator.http.ApiErrors;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.search.SmartFilter;

/** The answers the entity areas (users, connections, packages, ...) share: found or not, filtered lists, fields. */
public final class Answers {

    private Answers() {
    }

    /** Sends the entity as JSON, or an ApiError "{what} not found: {name}" (errorCode 404) when there is none. */
    public static <T> void entity(Exchange exchange, Optional<T> found, String what, String name,
            Function<T, ? extends JsonNode> json) throws IOException {
        if (found.isEmpty()) {
            ApiErrors.apiError(exchange, what + " not found: " + name, 404);
            return;
        }
        exchange.sendJson(200, json.apply(found.get()));
    }

    /** The predicate of the {@code text} query parameter, or null after answering an ApiError (errorCode 400). */
    public static <T> Predicate<T> filter(Exchange exchange, SmartFilter<T> filter) throws IOException {
        try {
            return filter.parse(exchange.queryParam("text"));
        } catch (IllegalArgumentException bad) {
            ApiErrors.apiError(exchange, bad.getMessage(), 400);
            return null;
        }
    }

    /** A field as text; null when absent or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
