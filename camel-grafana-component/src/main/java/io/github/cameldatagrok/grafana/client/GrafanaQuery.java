package io.github.cameldatagrok.grafana.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * A path with its query string, each value percent-encoded; null values are left out, a collection becomes one
 * parameter per element (Grafana's repeatable {@code tag}, {@code folderUIDs}, {@code tags}).
 */
final class GrafanaQuery {

    private final StringBuilder text;
    private boolean first = true;

    private GrafanaQuery(String path) {
        this.text = new StringBuilder(path);
    }

    static GrafanaQuery path(String path) {
        return new GrafanaQuery(path);
    }

    GrafanaQuery add(String name, Object value) {
        if (value instanceof Collection<?> values) {
            values.forEach(v -> add(name, v));
        } else if (value != null) {
            text.append(first ? '?' : '&').append(name).append('=').append(encode(value.toString()));
            first = false;
        }
        return this;
    }

    /** One path segment, percent-encoded (a data-source name may hold anything). */
    static String segment(String value) {
        return encode(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
