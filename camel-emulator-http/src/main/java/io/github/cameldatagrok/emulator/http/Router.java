package io.github.cameldatagrok.emulator.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Maps method + path template to a handler. Templates are written as the emulator routes (Datagrok: without the
 * {@code /api} prefix, e.g. {@code /public/v1/tables/{name}}); {@code {name}} matches one non-empty segment, a final {@code {path*}}
 * matches the rest (one or more segments, joined by '/'). Matching is on raw segments; parameters are
 * percent-decoded per segment. The first registered route that matches wins.
 */
public final class Router {

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    public Router get(String template, RouteHandler handler) {
        return add("GET", template, handler);
    }

    public Router post(String template, RouteHandler handler) {
        return add("POST", template, handler);
    }

    public Router put(String template, RouteHandler handler) {
        return add("PUT", template, handler);
    }

    public Router patch(String template, RouteHandler handler) {
        return add("PATCH", template, handler);
    }

    public Router delete(String template, RouteHandler handler) {
        return add("DELETE", template, handler);
    }

    public Router add(String method, String template, RouteHandler handler) {
        routes.add(new Route(method.toUpperCase(Locale.ROOT), Template.parse(template), handler));
        return this;
    }

    /** The matching route with its decoded parameters, or null (unknown path or method: both are 404). */
    public Match match(String method, String rawPath) {
        String[] segments = splitPath(rawPath);
        for (Route route : routes) {
            if (!route.method.equals(method)) {
                continue;
            }
            Map<String, String> params = route.template.match(segments);
            if (params != null) {
                return new Match(route.handler, params);
            }
        }
        return null;
    }

    /** Registered routes, "METHOD template", for diagnostics. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (Route route : routes) {
            out.add(route.method + " " + route.template.text);
        }
        return out;
    }

    /**
     * {@code .} and {@code ..} (raw or escaped) never name an entity: a proxy in front of the server resolves them
     * to another route, so no route takes them as a parameter (the request is answered as an unknown route).
     */
    private static boolean isDotSegment(String decoded) {
        return decoded.equals(".") || decoded.equals("..");
    }

    private static String[] splitPath(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        return path.split("/", -1);
    }

    /** A matched route: its handler and path parameters. */
    public record Match(RouteHandler handler, Map<String, String> params) {
    }

    private record Route(String method, Template template, RouteHandler handler) {
    }

    private record Template(String text, String[] parts) {

        static Template parse(String text) {
            if (!text.startsWith("/")) {
                throw new IllegalArgumentException("Template must start with '/': " + text);
            }
            String[] parts = splitPath(text);
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].endsWith("*}") && i != parts.length - 1) {
                    throw new IllegalArgumentException("A rest parameter must come last: " + text);
                }
            }
            return new Template(text, parts);
        }

        Map<String, String> match(String[] segments) {
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                boolean isParam = part.startsWith("{") && part.endsWith("}");
                if (isParam && part.endsWith("*}")) {
                    if (i >= segments.length) {
                        return null;
                    }
                    StringBuilder rest = new StringBuilder();
                    for (int j = i; j < segments.length; j++) {
                        if (segments[j].isEmpty()) {
                            return null;
                        }
                        if (j > i) {
                            rest.append('/');
                        }
                        String segment = PathCodec.decodeSegment(segments[j]);
                        if (isDotSegment(segment)) {
                            return null;
                        }
                        rest.append(segment);
                    }
                    params.put(part.substring(1, part.length() - 2), rest.toString());
                    return Collections.unmodifiableMap(params);
                }
                if (i >= segments.length) {
                    return null;
                }
                if (isParam) {
                    if (segments[i].isEmpty()) {
                        return null;
                    }
                    String value = PathCodec.decodeSegment(segments[i]);
                    if (isDotSegment(value)) {
                        return null;
                    }
                    params.put(part.substring(1, part.length() - 1), value);
                } else if (!part.equals(segments[i])) {
                    return null;
                }
            }
            return segments.length == parts.length ? Collections.unmodifiableMap(params) : null;
        }
    }
}
