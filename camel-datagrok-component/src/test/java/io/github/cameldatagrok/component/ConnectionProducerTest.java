package io.github.cameldatagrok.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.client.DatagrokConnectionTestException;
import io.github.cameldatagrok.client.model.Credentials;
import io.github.cameldatagrok.client.model.DataConnection;
import io.github.cameldatagrok.emulator.Fault;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** datagrok:connection and datagrok:credentials against the emulator, secrets out of logs and headers. */
class ConnectionProducerTest extends DatagrokTestSupport {

    private static final String PASSWORD = "pw-SECRET-4711";

    private ServerSocket database;

    @BeforeEach
    void seed() throws Exception {
        emulator().reset();
        if (database == null) {
            database = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:provision")
                        .to("log:before?showAll=true&multiline=true")
                        .to("datagrok:connection?action=save&saveCredentials=true")
                        .to("log:saved?showAll=true")
                        .to("datagrok:connection?action=test")
                        .setHeader(DatagrokConstants.TARGET, header(DatagrokConstants.CONNECTION_ID))
                        .to("datagrok:credentials")
                        .to("log:credentials?showAll=true");
            }
        };
    }

    private DataConnection shop(int port) {
        DataConnection connection = DataConnection.of("Shop", "Postgres").parameter("server", "127.0.0.1")
                .parameter("port", port).parameter("db", "shop").tag("sales");
        connection.setCredentials(Credentials.of(java.util.Map.of("login", "shop", "password", PASSWORD)));
        return connection;
    }

    @Test
    void saveTestAndReadCredentialsWithoutLeakingThem() {
        Exchange done;
        try (LogCapture logs = LogCapture.start(Level.ALL)) {
            done = template.request("direct:provision", e -> e.getMessage().setBody(shop(database.getLocalPort())));
            assertThat(done.getException()).isNull();
            assertThat(logs.text()).contains("Shop").doesNotContain(PASSWORD);
        }
        Credentials credentials = done.getMessage().getBody(Credentials.class);
        assertThat(credentials.getParameters()).containsEntry("password", PASSWORD);
        assertThat(credentials.toString()).doesNotContain(PASSWORD);
        done.getMessage().getHeaders().values().forEach(v -> assertThat(String.valueOf(v)).doesNotContain(PASSWORD));
        assertThat(emulator().connections().find("Admin:Shop")).isPresent();
    }

    @Test
    void getListAndDelete() {
        DataConnection saved = template.requestBody("datagrok:connection?action=save", shop(5432), DataConnection.class);
        assertThat(saved.getNamespace()).isEqualTo("Admin:");
        DataConnection read = template.requestBody("datagrok:connection:Admin:Shop", null, DataConnection.class);
        assertThat(read.getId()).isEqualTo(saved.getId());
        assertThat(read.getParameters()).containsEntry("db", "shop");
        List<?> postgres = template.requestBody("datagrok:connection?action=list&dataSource=Postgres&tags=sales", null,
                List.class);
        assertThat(postgres).hasSize(1);
        assertThat(template.requestBody("datagrok:connection?action=list&dataSource=S3", null, List.class)).isEmpty();

        template.requestBody("datagrok:connection:Admin:Shop?action=delete", (Object) null);
        assertThat(emulator().connections().find(saved.getId())).isEmpty();
        // the server answers 200 for unknown connections: the component reads first, and sends no DELETE
        emulator().clearRequests();
        assertThatThrownBy(() -> template.requestBody("datagrok:connection:Admin:Shop?action=delete", (Object) null))
                .cause().isInstanceOf(DatagrokApiException.class);
        assertThat(emulator().requests("DELETE", ".*")).isEmpty();
    }

    @Test
    void aFailedTestIsAClearException() throws Exception {
        int closed;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = gone.getLocalPort();
        }
        assertThatThrownBy(() -> template.requestBody("datagrok:connection?action=test", shop(closed)))
                .cause().isInstanceOf(DatagrokConnectionTestException.class)
                .hasMessageContaining("connection refused")
                .satisfies(e -> assertThat(((DatagrokConnectionTestException) e).getReason())
                        .startsWith("connection refused: tcp://127.0.0.1:" + closed));

        // the answer may come unquoted: still "ok"
        emulator().faults().add(Fault.on("POST", "/public/v1/connections/test").status(200).body("text/plain", "ok").times(1));
        template.requestBody("datagrok:connection?action=test", shop(closed));
        emulator().faults().add(Fault.on("POST", "/public/v1/connections/test").status(200)
                .body("text/plain", "FATAL: password authentication failed").times(1));
        assertThatThrownBy(() -> template.requestBody("datagrok:connection?action=test", shop(closed)))
                .cause().isInstanceOf(DatagrokConnectionTestException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void credentialsOfAConnection() {
        DataConnection saved = template.requestBody("datagrok:connection?action=save", shop(5432), DataConnection.class);
        Credentials empty = template.requestBody("datagrok:credentials:" + saved.getId(), null, Credentials.class);
        assertThat(empty.getId()).isNull();
        Exchange stored = template.request("datagrok:credentials:" + saved.getId() + "?action=save",
                e -> e.getMessage().setBody(java.util.Map.of("parameters", java.util.Map.of("login", "u", "password",
                        PASSWORD))));
        assertThat(stored.getException()).isNull();
        assertThat(stored.getMessage().getHeader(DatagrokConstants.CREDENTIALS_ID)).isNotNull();
        assertThat(emulator().credentials().forEntity(saved.getId()).orElseThrow().parameters().path("password")
                .asText()).isEqualTo(PASSWORD);
        template.requestBody("datagrok:credentials:" + saved.getId() + "?action=delete", (Object) null);
        assertThat(emulator().credentials().forEntity(saved.getId())).isEmpty();
        assertThatThrownBy(() -> template.requestBody("datagrok:credentials:" + saved.getId() + "?action=delete", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:credentials:" + java.util.UUID.randomUUID(), (Object) null))
                .cause().isInstanceOf(DatagrokApiException.class);
    }

    @Test
    void badInputSendsNothing() {
        emulator().clearRequests();
        assertThatThrownBy(() -> template.requestBody("datagrok:connection?action=save", "{\"name\":\"NoSource\"}"))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:connection?action=save", "not json"))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:connection?action=save", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:connection?action=get", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:credentials?action=save", "{\"parameters\":{}}"))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:connection:X?action=block", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThat(emulator().requests()).isEmpty();
        assertThatThrownBy(() -> template.requestBody("datagrok:connection:Admin:NoSuch", (Object) null))
                .cause().isInstanceOf(DatagrokApiException.class);
    }
}
