package io.github.cameldatagrok.examples.datagrokgrafana;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulator;
import org.apache.camel.main.Main;

/**
 * Runs the Datagrok-to-Grafana example: each change of the Datagrok table {@code Admin:Sales:Orders} is summed up per
 * country into a derived table and a Datagrok dashboard, and annotated on a Grafana dashboard.
 * <p>
 * Against embedded Datagrok and Grafana emulators by default (the Datagrok one holds a sample orders table); against
 * real servers when {@code DATAGROK_URL}/{@code DATAGROK_API_KEY} and {@code GRAFANA_URL}/{@code GRAFANA_TOKEN} are
 * set. With {@code --once} it stops by itself once nothing happened for a few seconds.
 */
public final class DatagrokToGrafanaApplication {

    private DatagrokToGrafanaApplication() {
    }

    public static void main(String[] args) throws Exception {
        boolean once = Arrays.asList(args).contains("--once");
        DatagrokEmulator datagrok = null;
        GrafanaEmulator grafana = null;
        Main main = new Main(DatagrokToGrafanaApplication.class);
        if (System.getenv("DATAGROK_URL") == null) {
            datagrok = DatagrokEmulator.builder().port(0).build().start();
            try (InputStream sample = DatagrokToGrafanaApplication.class.getResourceAsStream("/sample/orders.csv")) {
                datagrok.tables().put("Admin:Sales:Orders", new String(sample.readAllBytes(), StandardCharsets.UTF_8));
            }
            main.addInitialProperty("camel.component.datagrok.base-url", datagrok.baseUrl());
            main.addInitialProperty("camel.component.datagrok.api-key", datagrok.apiKey());
            System.out.println("Using the embedded Datagrok emulator at " + datagrok.baseUrl());
        }
        if (System.getenv("GRAFANA_URL") == null) {
            grafana = GrafanaEmulator.builder().port(0).build().start();
            main.addInitialProperty("camel.component.grafana.base-url", grafana.baseUrl());
            main.addInitialProperty("camel.component.grafana.token", grafana.token());
            System.out.println("Using the embedded Grafana emulator at " + grafana.baseUrl());
        }
        if (once) {
            main.configure().setDurationMaxIdleSeconds(8);
        }
        try {
            main.run();
        } finally {
            if (datagrok != null) {
                datagrok.close();
            }
            if (grafana != null) {
                grafana.close();
            }
        }
    }
}
