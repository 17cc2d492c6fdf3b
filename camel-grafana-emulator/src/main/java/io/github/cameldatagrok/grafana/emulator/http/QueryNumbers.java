package io.github.cameldatagrok.grafana.emulator.http;

import io.github.cameldatagrok.emulator.http.Exchange;

/** Numeric query parameters read as Grafana reads them: leniently, a missing or non-numeric value is the default. */
public final class QueryNumbers {

    private QueryNumbers() {
    }

    /** The parameter as a number, or null when absent or not a number. */
    public static Long orNull(Exchange exchange, String name) {
        String value = exchange.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static long orDefault(Exchange exchange, String name, long defaultValue) {
        Long value = orNull(exchange, name);
        return value == null ? defaultValue : value;
    }

    /** As {@link #orDefault}, clamped to the int range (page sizes and offsets). */
    public static int intOrDefault(Exchange exchange, String name, int defaultValue) {
        long value = orDefault(exchange, name, defaultValue);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
