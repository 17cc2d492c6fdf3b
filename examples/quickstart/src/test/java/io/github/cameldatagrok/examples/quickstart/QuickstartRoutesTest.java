package io.github.cameldatagrok.examples.quickstart;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.cameldatagrok.component.DatagrokComponent;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The quickstart route against the emulator: the sample CSV becomes a table and is read back whole. */
class QuickstartRoutesTest extends CamelTestSupport {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @TempDir
    static Path inbox;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties props = new Properties();
        props.put("quickstart.inbox", inbox.toString());
        context.getPropertiesComponent().setInitialProperties(props);
        DatagrokComponent datagrok = new DatagrokComponent();
        datagrok.getConfiguration().setBaseUrl(DATAGROK.baseUrl());
        datagrok.getConfiguration().setApiKey(DATAGROK.apiKey());
        context.addComponent("datagrok", datagrok);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new QuickstartRoutes();
    }

    @Test
    void sampleBecomesATableAndComesBack() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).create();
        try (InputStream sample = getClass().getResourceAsStream("/sample/orders.csv")) {
            Files.copy(sample, inbox.resolve("orders.csv"));
        }
        assertThat(done.matches(15, TimeUnit.SECONDS)).isTrue();
        assertThat(done.matchesWaitTime()).isTrue();

        assertThat(DATAGROK.emulator().tables().find("Admin:Quickstart:orders")).isPresent();
        String stored = DATAGROK.emulator().tables().readCsv("Admin:Quickstart:orders");
        assertThat(stored.lines()).hasSize(7).first().isEqualTo("order_id,customer,country,product,quantity,unit_price,ordered_on");
        assertThat(inbox.resolve(".done/orders.csv")).exists();
        assertThat(DATAGROK.emulator().requests("GET", "/public/v1/tables/.*")).hasSize(1);
    }
}
