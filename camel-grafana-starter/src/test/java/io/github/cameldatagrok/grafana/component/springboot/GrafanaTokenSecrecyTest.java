package io.github.cameldatagrok.grafana.component.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.cameldatagrok.grafana.client.GrafanaApiException;
import io.github.cameldatagrok.support.springboot.ActuatorHealth;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token of application.properties in no log line (the component at TRACE, Camel and HttpClient's header log at
 * DEBUG, Spring Boot's own logging captured from the first line of the context's start) and in no actuator answer
 * (health, env, configprops, with values shown); once Grafana no longer accepts it (a new emulator on the same port,
 * as after a token rotation) a route fails with the typed {@link GrafanaApiException} carrying 401, and the health
 * check goes DOWN.
 */
@ExtendWith({GrafanaServer.class, OutputCaptureExtension.class})
@GrafanaSpringBootTest
@SpringBootTest(classes = GrafanaStarterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // beside the actuator profile's health
            "management.endpoints.web.exposure.include=health,env,configprops",
            "management.endpoint.env.show-values=always",
            "management.endpoint.configprops.show-values=always",
            "logging.level.io.github.cameldatagrok=TRACE",
            "logging.level.org.apache.camel=DEBUG",
            "logging.level.org.apache.hc.client5.http=DEBUG",
            // HttpClient's raw byte dump shows every byte sent, as the component's docs say: not for production
            "logging.level.org.apache.hc.client5.http.wire=INFO"
        })
@ActiveProfiles("actuator")
class GrafanaTokenSecrecyTest {

    @LocalServerPort
    int port;
    @Autowired
    ProducerTemplate producer;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theTokenIsInNoLogAndNoActuatorAnswerAndARotatedOneIsTheTypedError(CapturedOutput output) throws Exception {
        Exchange annotated = producer.request("direct:annotate", e -> e.getMessage().setBody("secrecy check"));
        assertThat(annotated.getException()).isNull();

        GrafanaServer.replace("glsa_rotated-token-0123456789");
        try {
            Exchange refused = producer.request("direct:search", e -> { });
            assertThat(refused.getException()).isInstanceOf(GrafanaApiException.class);
            assertThat(((GrafanaApiException) refused.getException()).getStatusCode()).isEqualTo(401);
            assertThat(refused.getException().getMessage()).doesNotContain(GrafanaServer.TOKEN);

            ActuatorHealth.Health health = new ActuatorHealth(port, "producer:grafana")
                    .await(h -> "DOWN".equals(h.check()), Duration.ofSeconds(5));
            assertThat(health.body()).contains("401").doesNotContain(GrafanaServer.TOKEN);
            for (String endpoint : new String[] {"env", "configprops"}) {
                String answer = actuator(endpoint);
                // values are shown (the base URL), the token is masked (the starter's SanitizingFunction)
                assertThat(answer).as(endpoint).contains(GrafanaServer.emulator().baseUrl()).contains("******")
                        .doesNotContain(GrafanaServer.TOKEN);
            }
        } finally {
            GrafanaServer.replace(GrafanaServer.TOKEN);
        }
        // the capture holds the context's start and the requests (their headers logged) ...
        assertThat(output.getAll()).contains("Started GrafanaTokenSecrecyTest").contains("/api/annotations")
                .contains("Authorization");
        // ... and never the token
        assertThat(output.getAll()).doesNotContain(GrafanaServer.TOKEN);
    }

    private String actuator(String endpoint) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/" + endpoint)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
        return response.body();
    }
}
