package io.github.cameldatagrok.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example application as it runs, against the emulators: DATAGROK_URL / DATAGROK_API_KEY and GRAFANA_URL /
 * GRAFANA_TOKEN point its application.properties at them, the timer route uploads the sample, reads it back and
 * writes a Grafana annotation, and /actuator/health shows the Datagrok and Grafana checks UP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "example.period=500")
class SpringBootExampleTest {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();
    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create();

    @DynamicPropertySource
    static void datagrok(DynamicPropertyRegistry registry) {
        registry.add("DATAGROK_URL", DATAGROK::baseUrl);
        registry.add("DATAGROK_API_KEY", DATAGROK::apiKey);
        registry.add("GRAFANA_URL", GRAFANA::baseUrl);
        registry.add("GRAFANA_TOKEN", GRAFANA::token);
    }

    @Autowired
    CamelContext camelContext;
    @LocalServerPort
    int port;

    @Test
    void ordersBecomeATableAndHealthIsUp() throws Exception {
        NotifyBuilder done = new NotifyBuilder(camelContext).fromRoute("orders-to-datagrok").whenCompleted(1).create();
        assertThat(done.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(DATAGROK.emulator().tables().readCsv("Admin:SpringBoot:Orders").lines())
                .hasSize(7).first().asString().startsWith("order_id,customer");
        assertThat(GRAFANA.emulator().annotations().all()).first().satisfies(annotation -> {
            assertThat(annotation.text()).isEqualTo("Table SpringBoot:Orders uploaded: 6 rows");
            assertThat(annotation.tags()).containsExactly("datagrok", "spring-boot");
        });

        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode checks = new ObjectMapper().readTree(health.body()).path("components").path("camelHealth").path("details");
        assertThat(checks.path("producer:datagrok://table:SpringBoot:Orders").asText()).isEqualTo("UP");
        assertThat(checks.path("producer:grafana://annotation?tags=datagrok,spring-boot").asText())
                .as("grafana check in %s", checks).isEqualTo("UP");
    }
}
