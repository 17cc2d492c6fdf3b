package io.github.cameldatagrok.kamelets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.emulator.files.FileStore;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.util.FileUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The YAML routes of this module's README, loaded verbatim from its text and run against the emulator. */
class KameletReadmeTest {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

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
        assertThat(routes).hasSize(3);
        DATAGROK.emulator().reset();
        DATAGROK.emulator().files().put(FileStore.DEMO_FILES, "incoming/sub/a.csv",
                "x\n1\n".getBytes(StandardCharsets.UTF_8));
        Path copies = Path.of("target/from-datagrok");
        FileUtil.removeDir(copies.toFile());

        try (CamelContext context = new DefaultCamelContext()) {
            // what application.properties holds for a user: the server, not in the routes
            context.getPropertiesComponent().addInitialProperty("datagrok.url", DATAGROK.baseUrl());
            context.getPropertiesComponent().addInitialProperty("datagrok.api-key", DATAGROK.apiKey());
            // keep the file source's state out of the module folder
            context.getPropertiesComponent().addInitialProperty("camel.kamelet.datagrok-file-source.workDirectory",
                    work.toString());
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

            Path copy = copies.resolve("sub/a.csv");
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (!Files.exists(copy) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(copy).hasContent("x\n1");
        }
    }
}
