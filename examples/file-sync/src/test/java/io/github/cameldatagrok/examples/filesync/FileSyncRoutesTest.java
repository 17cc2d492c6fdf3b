package io.github.cameldatagrok.examples.filesync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.cameldatagrok.component.DatagrokComponent;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The example's routes against the seeded emulator: the folder is mirrored, CSV files become tables, changes follow. */
class FileSyncRoutesTest extends CamelTestSupport {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @TempDir
    static Path local;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        DATAGROK.emulator().reset();
        FileSyncApplication.seed(DATAGROK.emulator().files());
        CamelContext context = super.createCamelContext();
        Properties props = new Properties();
        props.put("file-sync.folder", FileSyncApplication.FOLDER);
        props.put("file-sync.local", local.toString());
        props.put("file-sync.period", "300");
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
    void seededFolderIsMirroredAndItsCsvFilesBecomeTablesThenChangesFollow() throws Exception {
        // the first tick's exchange, not one of its split parts (those complete earlier)
        NotifyBuilder firstSync = new NotifyBuilder(context).fromRoute("datagrok-folder-sync")
                .filter(e -> !e.getProperties().containsKey(Exchange.SPLIT_INDEX)).whenCompleted(1).create();
        assertThat(firstSync.matches(15, TimeUnit.SECONDS)).isTrue();

        assertThat(local.resolve("orders.csv")).hasContent("order_id,customer,amount\n1001,Acme,120.50\n"
                + "1002,Globex,75.00\n1003,Initech,310.25");
        assertThat(local.resolve("regions/regions.csv")).exists();
        assertThat(local.resolve("README.txt")).exists();
        assertThat(Files.readString(local.resolve(".sync_meta.json"))).contains("\"orders.csv\": \"")
                .contains("\"regions/regions.csv\": \"");
        assertThat(DATAGROK.emulator().tables().readCsv("Admin:FileSync:orders")).startsWith("order_id,customer");
        assertThat(DATAGROK.emulator().tables().readCsv("Admin:FileSync:regions")).contains("North,Anna");

        DATAGROK.emulator().files().put("System:DemoFiles", "incoming/orders.csv",
                "order_id,customer,amount\n2001,Umbrella,9.99\n".getBytes(StandardCharsets.UTF_8));
        DATAGROK.emulator().files().delete("System:DemoFiles", "incoming/README.txt");

        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline
                && !DATAGROK.emulator().tables().readCsv("Admin:FileSync:orders").contains("Umbrella")) {
            Thread.sleep(100);
        }
        assertThat(DATAGROK.emulator().tables().readCsv("Admin:FileSync:orders")).contains("2001,Umbrella");
        assertThat(local.resolve("orders.csv")).content().contains("Umbrella");
        long readmeGone = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < readmeGone && Files.exists(local.resolve("README.txt"))) {
            Thread.sleep(100);
        }
        assertThat(local.resolve("README.txt")).doesNotExist();
    }
}
