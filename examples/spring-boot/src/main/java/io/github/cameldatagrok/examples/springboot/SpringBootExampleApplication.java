package io.github.cameldatagrok.examples.springboot;

import java.util.function.Supplier;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application using the datagrok and grafana starters: the components are configured in
 * application.properties ({@code camel.component.datagrok.base-url} / {@code api-key}, read from {@code DATAGROK_URL}
 * / {@code DATAGROK_API_KEY}; {@code camel.component.grafana.base-url} / {@code token}, from {@code GRAFANA_URL} /
 * {@code GRAFANA_TOKEN}), the route is a Spring bean, and Camel's health checks, the Datagrok and Grafana ones among
 * them, are in {@code /actuator/health}.
 * <p>
 * Without {@code DATAGROK_URL} (or {@code GRAFANA_URL}) it starts an embedded emulator and points those properties at
 * it.
 */
@SpringBootApplication
public class SpringBootExampleApplication {

    public static void main(String[] args) {
        embeddedUnlessSet("DATAGROK_URL", "DATAGROK_API_KEY", "Datagrok", () -> {
            DatagrokEmulator datagrok = DatagrokEmulator.builder().port(0).build().start();
            return new String[] {datagrok.baseUrl(), datagrok.apiKey()};
        });
        embeddedUnlessSet("GRAFANA_URL", "GRAFANA_TOKEN", "Grafana", () -> {
            GrafanaEmulator grafana = GrafanaEmulator.builder().port(0).build().start();
            return new String[] {grafana.baseUrl(), grafana.token()};
        });
        SpringApplication.run(SpringBootExampleApplication.class, args);
    }

    /**
     * Without {@code urlVariable} in the environment or the system properties: starts the embedded emulator (its
     * threads are daemons: it ends with the application) and sets both variables to its address and secret.
     */
    private static void embeddedUnlessSet(String urlVariable, String secretVariable, String server,
            Supplier<String[]> emulator) {
        if (System.getenv(urlVariable) != null || System.getProperty(urlVariable) != null) {
            return;
        }
        String[] started = emulator.get();
        System.setProperty(urlVariable, started[0]);
        System.setProperty(secretVariable, started[1]);
        System.out.println("Using the embedded " + server + " emulator at " + started[0] + " (set " + urlVariable
                + " and " + secretVariable + " for a real server)");
    }
}
