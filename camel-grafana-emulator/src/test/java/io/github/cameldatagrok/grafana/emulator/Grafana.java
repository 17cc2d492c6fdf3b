package io.github.cameldatagrok.grafana.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;

/** A tiny java.net.http client for the emulator's tests: JSON in, status and JSON out. */
final class Grafana {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** An answer: status, JSON body (null when not JSON) and the raw text. */
    record Answer(int status, JsonNode json, String text, HttpResponse<String> response) {
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final List<String[]> headers = new ArrayList<>();

    Grafana(String base, String authorization) {
        this.base = base;
        if (authorization != null) {
            headers.add(new String[] {"Authorization", authorization});
        }
    }

    static Grafana bearer(GrafanaEmulator emulator) {
        return new Grafana(emulator.baseUrl(), "Bearer " + emulator.token());
    }

    static Grafana anonymous(GrafanaEmulator emulator) {
        return new Grafana(emulator.baseUrl(), null);
    }

    Grafana header(String name, String value) {
        Grafana copy = new Grafana(base, null);
        copy.headers.addAll(headers);
        copy.headers.add(new String[] {name, value});
        return copy;
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer delete(String path) {
        return send("DELETE", path, null);
    }

    Answer post(String path, String json) {
        return send("POST", path, json);
    }

    Answer put(String path, String json) {
        return send("PUT", path, json);
    }

    Answer patch(String path, String json) {
        return send("PATCH", path, json);
    }

    Answer send(String method, String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        builder.header("Accept", "application/json");
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        headers.forEach(h -> builder.header(h[0], h[1]));
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = null;
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
                    && !response.body().isEmpty()) {
                body = GrafanaErrors.JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), body, response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON text with single quotes for double quotes, to keep test bodies readable. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
