package io.github.cameldatagrok.examples.grafana;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.cameldatagrok.grafana.component.GrafanaComponent;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisioning routes against the Grafana emulator: a file becomes a dashboard, a changed file a new version of
 * it, and a change made in Grafana lands in the backup folder.
 */
class GrafanaProvisioningRoutesTest extends CamelTestSupport {

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(11));

    @TempDir
    static Path dir;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties props = new Properties();
        props.put("provisioning.dashboards", dir.resolve("dashboards").toString());
        props.put("provisioning.backup", dir.resolve("backup").toString());
        props.put("provisioning.state", dir.resolve("state").toString());
        props.put("provisioning.backup-delay", "200");
        context.getPropertiesComponent().setInitialProperties(props);
        GrafanaComponent grafana = new GrafanaComponent();
        grafana.getConfiguration().setBaseUrl(GRAFANA.baseUrl());
        grafana.getConfiguration().setToken(GRAFANA.token());
        context.addComponent("grafana", grafana);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new GrafanaProvisioningRoutes();
    }

    @Test
    void filesGoToGrafanaAndChangesComeBackAsBackups() throws Exception {
        Path file = dir.resolve("dashboards/ops-overview.json");
        NotifyBuilder saved = new NotifyBuilder(context).fromRoute("files-to-grafana").whenCompleted(1).create();
        Files.createDirectories(file.getParent());
        try (InputStream sample = getClass().getResourceAsStream("/dashboards/ops-overview.json")) {
            Files.copy(sample, file);
        }
        assertThat(saved.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(GRAFANA.emulator().dashboards().require("ops-overview").title()).isEqualTo("Ops overview");
        assertThat(GRAFANA.emulator().dashboards().require("ops-overview").message())
                .isEqualTo("provisioned from ops-overview.json");

        // the backup route sees it too
        Path backup = dir.resolve("backup/ops-overview.json");
        awaitContains(backup, "Ops overview");

        // the file changes: a new version in Grafana
        NotifyBuilder resaved = new NotifyBuilder(context).fromRoute("files-to-grafana").whenCompleted(1).create();
        Files.writeString(file, Files.readString(file).replace("Ops overview", "Ops overview (edited)"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(2)));
        assertThat(resaved.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(GRAFANA.emulator().dashboards().require("ops-overview").version()).isEqualTo(2);

        // someone edits it in Grafana: the backup follows
        template.requestBody("grafana:dashboard?overwrite=true",
                "{\"uid\":\"ops-overview\",\"title\":\"Ops overview (from the UI)\",\"panels\":[]}");
        awaitContains(backup, "Ops overview (from the UI)");
    }

    private static void awaitContains(Path file, String text) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            if (Files.exists(file) && Files.readString(file).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(Files.exists(file) ? Files.readString(file) : "(no file " + file + ")").contains(text);
    }
}
