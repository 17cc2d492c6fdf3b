package io.github.cameldatagrok.grafana.component.springboot;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.github.cameldatagrok.grafana.component.GrafanaComponent;
import io.github.cameldatagrok.grafana.component.GrafanaConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The properties block of the component page's "Spring Boot" section, as written, configures the component through
 * the starter (GRAFANA_URL and GRAFANA_TOKEN pointing at the emulator), and a search with it is answered.
 */
@ExtendWith(GrafanaServer.class)
class GrafanaDocsPropertiesTest {

    private static final Path ADOC = Path.of("../camel-grafana-component/src/main/docs/grafana-component.adoc");

    @Test
    void theAdocsSpringBootPropertiesConfigureTheComponent() throws Exception {
        Properties documented = new Properties();
        documented.load(new StringReader(springBootPropertiesBlock()));
        assertThat(documented).containsKeys("camel.component.grafana.base-url", "camel.component.grafana.token");
        List<String> values = new ArrayList<>();
        documented.forEach((key, value) -> values.add(key + "=" + value));
        values.add("GRAFANA_URL=" + GrafanaServer.emulator().baseUrl());
        values.add("GRAFANA_TOKEN=" + GrafanaServer.TOKEN);

        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                        GrafanaComponentConverter.class, GrafanaComponentAutoConfiguration.class))
                .withPropertyValues(values.toArray(String[]::new))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    CamelContext camel = context.getBean(CamelContext.class);
                    GrafanaConfiguration config = camel.getComponent("grafana", GrafanaComponent.class)
                            .getConfiguration();
                    assertThat(config.getBaseUrl()).isEqualTo(GrafanaServer.emulator().baseUrl());
                    assertThat(config.getToken()).isEqualTo(GrafanaServer.TOKEN);
                    assertThat(config.getMaxAttempts()).isEqualTo(3);
                    // a search needs the token (Grafana's health route needs none)
                    Exchange search = camel.createProducerTemplate().request("grafana:dashboard?action=search",
                            e -> { });
                    assertThat(search.getException()).isNull();
                });
    }

    /** The first properties block after the "== Spring Boot" heading. */
    private static String springBootPropertiesBlock() throws Exception {
        String adoc = Files.readString(ADOC);
        int section = adoc.indexOf("\n== Spring Boot\n");
        assertThat(section).as("Spring Boot section of %s", ADOC).isPositive();
        int block = adoc.indexOf("[source,properties]\n----\n", section);
        int start = adoc.indexOf("----\n", block) + 5;
        return adoc.substring(start, adoc.indexOf("\n----\n", start));
    }
}
