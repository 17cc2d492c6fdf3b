package io.github.cameldatagrok.examples.grafana;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import io.github.cameldatagrok.grafana.emulator.GrafanaEmulator;
import org.apache.camel.main.Main;

/**
 * Runs the provisioning example: dashboards kept as JSON files in {@code <dir>/dashboards} are saved to Grafana on
 * change, and every dashboard changed in Grafana is backed up to {@code <dir>/backup}.
 * <p>
 * Against an embedded Grafana emulator by default; against a real Grafana when {@code GRAFANA_URL} and
 * {@code GRAFANA_TOKEN} are set. With {@code --once} it stops by itself once nothing happened for a few seconds.
 */
public final class GrafanaProvisioningApplication {

    private GrafanaProvisioningApplication() {
    }

    public static void main(String[] args) throws Exception {
        boolean once = Arrays.asList(args).contains("--once");
        Path dir = Path.of(System.getProperty("provisioning.dir", "target/provisioning")).toAbsolutePath();
        seed(dir.resolve("dashboards"));

        GrafanaEmulator emulator = null;
        Main main = new Main(GrafanaProvisioningApplication.class);
        main.addInitialProperty("provisioning.dir", dir.toString());
        if (System.getenv("GRAFANA_URL") == null) {
            emulator = GrafanaEmulator.builder().port(0).build().start();
            // the same properties configure a real server, e.g. in application.properties
            main.addInitialProperty("camel.component.grafana.base-url", emulator.baseUrl());
            main.addInitialProperty("camel.component.grafana.token", emulator.token());
            System.out.println("Using the embedded Grafana emulator at " + emulator.baseUrl()
                    + " (set GRAFANA_URL and GRAFANA_TOKEN for a real server)");
        }
        if (once) {
            main.configure().setDurationMaxIdleSeconds(8);
        }
        try {
            main.run();
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    /** Puts the shipped sample dashboard into an empty folder, so that the first run shows something. */
    private static void seed(Path dashboards) throws Exception {
        Files.createDirectories(dashboards);
        try (var files = Files.list(dashboards)) {
            if (files.anyMatch(Files::isRegularFile)) {
                return;
            }
        }
        try (InputStream sample = GrafanaProvisioningApplication.class
                .getResourceAsStream("/dashboards/ops-overview.json")) {
            Files.copy(sample, dashboards.resolve("ops-overview.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
