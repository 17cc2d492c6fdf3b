package io.github.cameldatagrok.component.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Datagrok producer health check as Spring Boot's actuator shows it over HTTP: UP while the emulator runs, DOWN
 * within 5 s of it stopping, UP again after it restarts on the same port. Prints the measured times.
 */
@ExtendWith(SpringEmulator.class)
@DatagrokSpringBootTest
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camel.health.producers-enabled=true",
            // Camel's default exposure lists only the checks that are DOWN; full lists the UP ones too
            "camel.health.exposure-level=full",
            "management.endpoint.health.show-details=always",
            "management.endpoints.web.exposure.include=health"
        })
class DatagrokActuatorHealthTest {

    private static final Duration DOWN_WITHIN = Duration.ofSeconds(5);
    private static final Duration UP_WITHIN = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void healthFollowsTheServer() throws Exception {
        Health up = health();
        assertThat(up.status).isEqualTo(200);
        assertThat(up.datagrok).as("datagrok check in %s", up.body).isEqualTo("UP");

        SpringEmulator.stop();
        long stopped = System.nanoTime();
        Health down = await(h -> "DOWN".equals(h.datagrok), DOWN_WITHIN);
        long toDown = (System.nanoTime() - stopped) / 1_000_000;
        assertThat(down.status).isEqualTo(503);
        assertThat(down.overall).isEqualTo("DOWN");

        SpringEmulator.restart();
        long restarted = System.nanoTime();
        await(h -> "UP".equals(h.datagrok), UP_WITHIN);
        long toUp = (System.nanoTime() - restarted) / 1_000_000;
        // the whole application too, once the file consumer has polled successfully again
        Health again = await(h -> h.status == 200, UP_WITHIN);
        long toAllUp = (System.nanoTime() - restarted) / 1_000_000;
        assertThat(again.overall).isEqualTo("UP");
        System.out.printf("datagrok health: DOWN %d ms after the emulator stopped; UP %d ms after it restarted"
                + " (whole application UP after %d ms)%n", toDown, toUp, toAllUp);
    }

    /** Polls /actuator/health until the answer matches; fails after the limit. */
    private Health await(Predicate<Health> condition, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Health last;
        do {
            last = health();
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("/actuator/health not as expected within " + limit + ": " + last.body);
    }

    private Health health() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode root = json.readTree(response.body());
        String datagrok = null;
        for (var check : root.path("components").path("camelHealth").path("details").properties()) {
            if (check.getKey().startsWith("producer:datagrok") && check.getValue().isTextual()) {
                datagrok = check.getValue().asText();
            }
        }
        return new Health(response.statusCode(), root.path("status").asText(), datagrok, response.body());
    }

    private record Health(int status, String overall, String datagrok, String body) {
    }
}
