package io.github.cameldatagrok.support.springboot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Spring Boot actuator's {@code /actuator/health} of a running application, read over real HTTP as a load balancer
 * or Kubernetes probe reads it, with the status of the Camel health checks whose ids start alike (such as
 * {@code producer:grafana}, one check per producer endpoint) picked out of the {@code camelHealth} component: DOWN
 * when one of them is, UP when all are. For the starters' tests (it needs
 * {@code management.endpoint.health.show-details=always} and {@code camel.health.exposure-level=full}).
 */
public final class ActuatorHealth {

    /** One answer: HTTP status, overall status, the checks' status (null when there is none), and the whole body. */
    public record Health(int status, String overall, String check, String body) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final URI uri;
    private final String checkIdPrefix;

    public ActuatorHealth(int port, String checkIdPrefix) {
        this.uri = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        this.checkIdPrefix = checkIdPrefix;
    }

    public Health get() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode root = json.readTree(response.body());
        String check = null;
        for (var entry : root.path("components").path("camelHealth").path("details").properties()) {
            if (entry.getKey().startsWith(checkIdPrefix) && entry.getValue().isTextual() && !"DOWN".equals(check)) {
                check = entry.getValue().asText();
            }
        }
        return new Health(response.statusCode(), root.path("status").asText(), check, response.body());
    }

    /** What {@link #outage} measured, in milliseconds. */
    public record Outage(long down, long checksUp, long applicationUp) {
    }

    /** A step that may throw, such as stopping an emulator. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    /**
     * Checks that the application is UP (200) with its checks, stops the server, waits for the checks to be DOWN and the application with them (503), restarts the server
     * (also when the wait failed, so later tests find it running), then waits for the checks to be UP and the whole
     * application (200).
     */
    public Outage outage(Step stop, Step restart, Duration downWithin, Duration upWithin) throws Exception {
        Health before = get();
        if (before.status() != 200 || !"UP".equals(before.check())) {
            throw new AssertionError("the application is not UP (200) with its checks: " + before.body());
        }
        stop.run();
        long stopped = System.nanoTime();
        long down;
        try {
            Health answer = await(h -> "DOWN".equals(h.check()), downWithin);
            down = (System.nanoTime() - stopped) / 1_000_000;
            if (answer.status() != 503 || !"DOWN".equals(answer.overall())) {
                throw new AssertionError("the application is not DOWN (503) with its checks: " + answer.body());
            }
        } finally {
            restart.run();
        }
        long restarted = System.nanoTime();
        await(h -> "UP".equals(h.check()), upWithin);
        long checksUp = (System.nanoTime() - restarted) / 1_000_000;
        // the whole application too (a consumer, say, once it has polled successfully again)
        await(h -> h.status() == 200 && "UP".equals(h.overall()), upWithin);
        return new Outage(down, checksUp, (System.nanoTime() - restarted) / 1_000_000);
    }

    /** Polls until the answer matches; fails after the limit with the last answer. */
    public Health await(Predicate<Health> condition, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Health last;
        do {
            last = get();
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(uri + " not as expected within " + limit + ": " + last.body());
    }
}
