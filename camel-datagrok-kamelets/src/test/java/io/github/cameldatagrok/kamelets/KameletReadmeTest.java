package io.github.cameldatagrok.kamelets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.emulator.files.FileStore;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulator;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import io.github.cameldatagrok.grafana.emulator.annotations.Annotation;
import io.github.cameldatagrok.grafana.emulator.dashboards.Dashboard;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.util.FileUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The YAML routes of this module's README, loaded verbatim from its text and run against the emulators. */
class KameletReadmeTest {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create();

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    static List<String> readmeRoutes() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(readme);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void everyReadmeRouteRunsAsWritten() throws Exception {
        List<String> routes = readmeRoutes();
        assertThat(routes).hasSize(6);
        DATAGROK.emulator().reset();
        DATAGROK.emulator().files().put(FileStore.DEMO_FILES, "incoming/sub/a.csv",
                "x\n1\n".getBytes(StandardCharsets.UTF_8));
        Path copies = Path.of("target/from-datagrok");
        FileUtil.removeDir(copies.toFile());
        GrafanaEmulator grafana = GRAFANA.emulator();
        grafana.reset();
        grafana.folders().create("ops", "Ops", null, null);
        grafana.dashboards().put("ops-overview", "Ops overview", "ops");
        Path backups = Path.of("target/grafana-backup");
        FileUtil.removeDir(backups.toFile());

        try (CamelContext context = new DefaultCamelContext()) {
            // what application.properties holds for a user: the server, not in the routes
            context.getPropertiesComponent().addInitialProperty("datagrok.url", DATAGROK.baseUrl());
            context.getPropertiesComponent().addInitialProperty("datagrok.api-key", DATAGROK.apiKey());
            // keep the file source's state out of the module folder
            context.getPropertiesComponent().addInitialProperty("camel.kamelet.datagrok-file-source.workDirectory",
                    work.resolve("datagrok").toString());
            context.getPropertiesComponent().addInitialProperty("grafana.url", GRAFANA.baseUrl());
            context.getPropertiesComponent().addInitialProperty("grafana.token", GRAFANA.token());
            context.getPropertiesComponent().addInitialProperty(
                    "camel.kamelet.grafana-dashboard-source.workDirectory", work.resolve("grafana").toString());
            for (int i = 0; i < routes.size(); i++) {
                PluginHelper.getRoutesLoader(context)
                        .loadRoutes(ResourceHelper.fromString("readme-" + i + ".yaml", routes.get(i)));
            }
            context.start();
            ProducerTemplate template = context.createProducerTemplate();

            template.sendBody("direct:orders", "[{\"id\":7,\"total\":1.5}]");
            try (var in = DATAGROK.emulator().tables().openCsv("Admin:Sales:Orders")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("id,total\n7,1.5\n");
            }

            assertThat(template.requestBody("direct:divide", "{\"a\": 17, \"b\": 5}"))
                    .isEqualTo(Map.of("quotient", 3, "remainder", 2));

            template.sendBody("direct:dashboards", "{\"uid\":\"sales\",\"title\":\"Sales\",\"panels\":[]}");
            Dashboard sales = grafana.dashboards().require("sales");
            assertThat(sales.folderUid()).isEqualTo("ops");
            assertThat(sales.message()).isEqualTo("provisioned by Camel");

            template.sendBodyAndHeader("direct:deployed", null, "version", "1.2");
            assertThat(grafana.annotations().all()).singleElement().satisfies((Annotation a) -> {
                assertThat(a.text()).isEqualTo("Deployed 1.2");
                assertThat(a.tags()).containsExactly("deploy", "camel");
                assertThat(a.dashboardUid()).isEqualTo("ops-overview");
            });

            Path copy = copies.resolve("sub/a.csv");
            Path backup = backups.resolve("ops-overview.json");
            await().atMost(Duration.ofSeconds(15)).until(() -> Files.exists(copy) && Files.exists(backup));
            assertThat(copy).hasContent("x\n1");
            assertThat(backup).content().contains("\"title\" : \"Ops overview\"");
        }
    }
}
