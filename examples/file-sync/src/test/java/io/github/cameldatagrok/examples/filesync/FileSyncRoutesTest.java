package io.github.cameldatagrok.examples.filesync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import io.github.cameldatagrok.component.DatagrokComponent;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The example's route against the seeded emulator: files are copied, CSV files become tables, changes and deletes follow. */
class FileSyncRoutesTest extends CamelTestSupport {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @TempDir
    static Path local;

    @TempDir
    static Path state;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        DATAGROK.emulator().reset();
        FileSyncApplication.seed(DATAGROK.emulator().files());
        CamelContext context = super.createCamelContext();
        Properties props = new Properties();
        props.put("file-sync.folder", FileSyncApplication.FOLDER);
        props.put("file-sync.local", local.toString());
        props.put("file-sync.delay", "300");
        props.put("file-sync.state", state.toString());
        context.getPropertiesComponent().setInitialProperties(props);
        DatagrokComponent datagrok = new DatagrokComponent();
        datagrok.getConfiguration().setBaseUrl(DATAGROK.baseUrl());
        datagrok.getConfiguration().setApiKey(DATAGROK.apiKey());
        context.addComponent("datagrok", datagrok);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new FileSyncRoutes();
    }

    @Test
    void newFilesAreCopiedCsvFilesBecomeTablesAndChangesAndDeletesFollow() throws Exception {
        awaitTrue(() -> tableExists("Admin:FileSync:orders") && tableExists("Admin:FileSync:regions"));

        assertThat(local.resolve("orders.csv")).hasContent("order_id,customer,amount\n1001,Acme,120.50\n"
                + "1002,Globex,75.00\n1003,Initech,310.25");
        assertThat(local.resolve("regions/regions.csv")).exists();
        assertThat(local.resolve("README.txt")).exists();
        assertThat(DATAGROK.emulator().tables().readCsv("Admin:FileSync:orders")).startsWith("order_id,customer");
        assertThat(DATAGROK.emulator().tables().readCsv("Admin:FileSync:regions")).contains("North,Anna");
        // no temporary file of the file producer is left behind
        try (var files = Files.walk(local)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.startsWith(".inprogress-"));
        }

        DATAGROK.emulator().files().put("System:DemoFiles", "incoming/orders.csv",
                "order_id,customer,amount\n2001,Umbrella,9.99\n".getBytes(StandardCharsets.UTF_8));
        DATAGROK.emulator().files().delete("System:DemoFiles", "incoming/README.txt");

        awaitTrue(() -> DATAGROK.emulator().tables().readCsv("Admin:FileSync:orders").contains("2001,Umbrella"));
        assertThat(local.resolve("orders.csv")).content().contains("Umbrella");
        awaitTrue(() -> !Files.exists(local.resolve("README.txt")));
        // the consumer's state names every file it processed, with the eTag it has now
        try (var files = Files.list(state)) {
            assertThat(files.toList()).isNotEmpty();
        }
    }

    private static boolean tableExists(String grokName) {
        return DATAGROK.emulator().tables().find(grokName).isPresent();
    }

    private static void awaitTrue(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.call()) {
            assertThat(System.currentTimeMillis()).as("waited 15 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
