package io.github.cameldatagrok.grafana.component.springboot;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.grafana.component.GrafanaComponent;
import io.github.cameldatagrok.grafana.component.GrafanaConfiguration;
import io.github.cameldatagrok.grafana.component.GrafanaConstants;
import io.github.cameldatagrok.grafana.emulator.annotations.Annotation;
import io.github.cameldatagrok.grafana.emulator.dashboards.Dashboard;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application using the starter, configured only by application.properties, against the Grafana
 * emulator over real HTTP: the properties reach the component, and routes save, get and search dashboards and
 * create an annotation.
 */
@ExtendWith(GrafanaServer.class)
@GrafanaSpringBootTest
@SpringBootTest(classes = GrafanaStarterApplication.class)
class GrafanaStarterRoutesTest {

    private static final String ORDERS = "{\"uid\":\"starter-orders\",\"title\":\"Orders\",\"tags\":[\"starter\"],"
            + "\"panels\":[{\"id\":1,\"type\":\"table\",\"title\":\"Orders by region\"}]}";

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    GrafanaStarterApplication.RecordingConfigurer recordingConfigurer;

    @Test
    void applicationPropertiesConfigureTheComponent() {
        GrafanaConfiguration config = camelContext.getComponent("grafana", GrafanaComponent.class).getConfiguration();
        assertThat(config.getBaseUrl()).isEqualTo(GrafanaServer.emulator().baseUrl());
        assertThat(config.getToken()).isEqualTo(GrafanaServer.TOKEN);
        assertThat(config.getMaxAttempts()).isEqualTo(2);
        assertThat(config.getRetryDelay()).isEqualTo(50L);
        // the #bean:recordingConfigurer reference went through the starter's converter to the Spring bean
        assertThat(config.getHttpClientConfigurer()).isSameAs(recordingConfigurer);
        // an option left unset keeps the component's default
        assertThat(config.getResponseTimeout()).isEqualTo(new GrafanaConfiguration().getResponseTimeout());
    }

    @Test
    void routesSaveGetAndSearchDashboardsAndCreateAnAnnotation() throws Exception {
        GrafanaServer.emulator().folders().create("ops", "Operations", null, null);

        Exchange saved = producer.request("direct:save", e -> e.getMessage().setBody(ORDERS));
        assertThat(saved.getException()).isNull();
        assertThat(saved.getMessage().getHeader(GrafanaConstants.UID)).isEqualTo("starter-orders");
        Dashboard stored = GrafanaServer.emulator().dashboards().require("starter-orders");
        assertThat(stored.title()).isEqualTo("Orders");
        assertThat(stored.folderUid()).isEqualTo("ops");
        assertThat(recordingConfigurer.calls).hasPositiveValue();

        Exchange read = producer.request("direct:get",
                e -> e.getMessage().setHeader(GrafanaConstants.UID, "starter-orders"));
        assertThat(read.getException()).isNull();
        JsonNode model = new ObjectMapper().readTree(read.getMessage().getBody(String.class));
        assertThat(model.path("title").asText()).isEqualTo("Orders");
        assertThat(model.path("panels")).hasSize(1);
        assertThat(read.getMessage().getHeader(GrafanaConstants.FOLDER_UID)).isEqualTo("ops");

        Exchange found = producer.request("direct:search", e -> { });
        assertThat(found.getException()).isNull();
        assertThat(found.getMessage().getBody(List.class)).singleElement()
                .satisfies(hit -> assertThat(((Map<?, ?>) hit).get("uid")).isEqualTo("starter-orders"));
        assertThat(found.getMessage().getHeader(GrafanaConstants.TRUNCATED)).isEqualTo(false);

        Exchange annotated = producer.request("direct:annotate", e -> {
            e.getMessage().setBody("orders dashboard provisioned");
            e.getMessage().setHeader(GrafanaConstants.DASHBOARD_UID, "starter-orders");
        });
        assertThat(annotated.getException()).isNull();
        Annotation annotation = GrafanaServer.emulator().annotations().all().stream()
                .filter(a -> "orders dashboard provisioned".equals(a.text())).findFirst().orElseThrow();
        assertThat(annotation.dashboardUid()).isEqualTo("starter-orders");
        assertThat(annotation.tags()).containsExactly("starter", "camel");
    }
}
