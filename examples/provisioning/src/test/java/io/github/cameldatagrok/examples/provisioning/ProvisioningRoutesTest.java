package io.github.cameldatagrok.examples.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.cameldatagrok.component.DatagrokComponent;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.emulator.shares.ShareStore;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provisioning routes against the emulator: the sample's people become users in their groups, the connection is
 * saved with its credentials and tested against a listening "database", the roster dashboard is shared with both groups.
 */
class ProvisioningRoutesTest extends CamelTestSupport {

    private static final String PASSWORD = "s3cret-research";

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @TempDir
    static Path inbox;

    private static ServerSocket database;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        database = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        CamelContext context = super.createCamelContext();
        Properties props = new Properties();
        props.put("provisioning.inbox", inbox.toString());
        props.put("provisioning.dashboard", "Onboarding");
        props.put("provisioning.connection.name", "TeamDatabase");
        props.put("provisioning.connection.data-source", "Postgres");
        props.put("provisioning.connection.server", "127.0.0.1");
        props.put("provisioning.connection.port", String.valueOf(database.getLocalPort()));
        props.put("provisioning.connection.db", "research");
        props.put("provisioning.connection.login", "research");
        props.put("provisioning.connection.password", PASSWORD);
        context.getPropertiesComponent().setInitialProperties(props);
        DatagrokComponent datagrok = new DatagrokComponent();
        datagrok.getConfiguration().setBaseUrl(DATAGROK.baseUrl());
        datagrok.getConfiguration().setApiKey(DATAGROK.apiKey());
        context.addComponent("datagrok", datagrok);
        return context;
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new ProvisioningRoutes();
    }

    @Test
    void peopleGroupsConnectionAndSharedDashboard() throws Exception {
        try (InputStream sample = getClass().getResourceAsStream("/sample/people.csv")) {
            Files.copy(sample, inbox.resolve("people.csv"));
        }
        // the file is moved to .done once the whole file is provisioned (the split's rows are exchanges of their own)
        Path done = inbox.resolve(".done/people.csv");
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); !Files.exists(done) && System.nanoTime() < end; ) {
            Thread.sleep(100);
        }
        assertThat(done).exists();
        assertThat(inbox.resolve(".failed")).doesNotExist();

        var emulator = DATAGROK.emulator();
        String alice = emulator.users().find("alice.mendel").orElseThrow().groupId();
        String carol = emulator.users().find("carol.franklin").orElseThrow().groupId();
        assertThat(emulator.groups().isMember("Chemists", alice)).isTrue();
        assertThat(emulator.groups().isMember("Crystallographers", carol)).isTrue();
        assertThat(emulator.groups().all().stream().filter(g -> g.name().equals("Chemists"))).hasSize(1);

        var connection = emulator.connections().find("Admin:TeamDatabase").orElseThrow();
        assertThat(emulator.credentials().forEntity(connection.id()).orElseThrow().parameters().path("password")
                .asText()).isEqualTo(PASSWORD);
        assertThat(emulator.requests("POST", "/public/v1/connections/test")).hasSize(1);

        String dashboard = emulator.dashboards().find("Onboarding").orElseThrow().id();
        assertThat(emulator.shares().access(dashboard, "Chemists")).contains(ShareStore.Access.View);
        assertThat(emulator.shares().access(dashboard, "Crystallographers")).contains(ShareStore.Access.View);
        assertThat(emulator.tables().readCsv("Admin:Provisioning:People").lines()).hasSize(4);
    }
}
