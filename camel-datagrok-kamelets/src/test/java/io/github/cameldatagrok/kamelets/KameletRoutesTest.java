package io.github.cameldatagrok.kamelets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.emulator.files.FileStore;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each Kamelet, loaded from the classpath's {@code kamelets/} folder by camel-kamelet, run from a YAML DSL route
 * against the Datagrok emulator over real HTTP, configured only through the Kamelet's properties.
 */
class KameletRoutesTest extends KameletTestSupport {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @BeforeEach
    void serverProperties() {
        DATAGROK.emulator().reset();
        property("datagrok.test.url", DATAGROK.baseUrl());
        property("datagrok.test.key", DATAGROK.apiKey());
    }

    private String storedCsv(String grokName) throws Exception {
        try (var in = DATAGROK.emulator().tables().openCsv(grokName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void tableSinkUploadsCsvBodies() throws Exception {
        routes("""
                - route:
                    from:
                      uri: direct:orders
                      steps:
                        - to:
                            uri: kamelet:datagrok-table-sink
                            parameters:
                              table: "Admin:Kamelets:Orders"
                              baseUrl: "{{datagrok.test.url}}"
                              apiKey: "{{datagrok.test.key}}"
                """);
        Exchange out = template.request("direct:orders", e -> e.getMessage().setBody("id,total\n1,9.5\n2,3\n"));

        assertThat(out.getException()).isNull();
        assertThat(storedCsv("Admin:Kamelets:Orders")).isEqualTo("id,total\n1,9.5\n2,3\n");
        assertThat(out.getMessage().getHeader("CamelDatagrokGrokName")).isEqualTo("Admin:Kamelets:Orders");
        assertThat(out.getMessage().getHeader("CamelDatagrokTableId", String.class)).isNotBlank();
    }

    @Test
    void tableSinkTurnsJsonArraysIntoRows() throws Exception {
        routes("""
                - route:
                    from:
                      uri: direct:orders
                      steps:
                        - to:
                            uri: kamelet:datagrok-table-sink
                            parameters:
                              table: "Admin:Kamelets:Json"
                              format: json
                              columns: "total,id"
                              baseUrl: "{{datagrok.test.url}}"
                              apiKey: "{{datagrok.test.key}}"
                """);
        // bytes, as a Kafka record or an HTTP request would bring them
        template.sendBody("direct:orders",
                "[{\"id\":1,\"total\":9.5},{\"id\":2,\"total\":3}]".getBytes(StandardCharsets.UTF_8));

        assertThat(storedCsv("Admin:Kamelets:Json")).isEqualTo("total,id\n9.5,1\n3,2\n");
    }

    @Test
    void tableSinkRefusesBadJsonBeforeSending() throws Exception {
        routes("""
                - route:
                    from:
                      uri: direct:orders
                      steps:
                        - to:
                            uri: kamelet:datagrok-table-sink
                            parameters:
                              table: "Admin:Kamelets:Bad"
                              format: json
                              baseUrl: "{{datagrok.test.url}}"
                              apiKey: "{{datagrok.test.key}}"
                """);
        DATAGROK.emulator().clearRequests();
        assertThatThrownBy(() -> template.sendBody("direct:orders", "{not json"))
                .isInstanceOf(CamelExecutionException.class)
                .hasRootCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
        assertThat(DATAGROK.emulator().requests("POST", ".*/tables/.*")).isEmpty();
    }

    @Test
    void tableSourceEmitsTheTableAndEachChange() throws Exception {
        DATAGROK.emulator().tables().put("Admin:Kamelets:Watched", "a,b\n1,2\n");
        routes("""
                - route:
                    from:
                      uri: kamelet:datagrok-table-source
                      parameters:
                        table: "Admin:Kamelets:Watched"
                        outputType: string
                        delay: 100
                        baseUrl: "{{datagrok.test.url}}"
                        apiKey: "{{datagrok.test.key}}"
                      steps:
                        - to: mock:tables
                """);
        MockEndpoint tables = context.getEndpoint("mock:tables", MockEndpoint.class);
        tables.expectedBodiesReceived("a,b\n1,2\n");
        tables.assertIsSatisfied(10_000);

        tables.reset();
        tables.expectedBodiesReceived("a,b\n1,2\n3,4\n");
        DATAGROK.emulator().tables().put("Admin:Kamelets:Watched", "a,b\n1,2\n3,4\n");
        tables.assertIsSatisfied(10_000);
        assertThat(tables.getExchanges().get(0).getMessage().getHeader("CamelDatagrokGrokName"))
                .isEqualTo("Admin:Kamelets:Watched");
    }

    @Test
    void fileSourceEmitsNewAndChangedFilesWithTheirNames() throws Exception {
        FileStore files = DATAGROK.emulator().files();
        files.put(FileStore.DEMO_FILES, "incoming/a.csv", "x\n1\n".getBytes(StandardCharsets.UTF_8));
        files.put(FileStore.DEMO_FILES, "incoming/sub/b.txt", "hello".getBytes(StandardCharsets.UTF_8));
        files.put(FileStore.DEMO_FILES, "elsewhere/c.txt", "not watched".getBytes(StandardCharsets.UTF_8));
        routes("""
                - route:
                    from:
                      uri: kamelet:datagrok-file-source
                      parameters:
                        connector: "System:DemoFiles"
                        folder: incoming
                        outputType: string
                        delay: 100
                        workDirectory: "{{test.work}}"
                        baseUrl: "{{datagrok.test.url}}"
                        apiKey: "{{datagrok.test.key}}"
                      steps:
                        - to: mock:files
                """);
        MockEndpoint received = context.getEndpoint("mock:files", MockEndpoint.class);
        received.expectedMessageCount(2);
        received.assertIsSatisfied(10_000);
        Map<String, String> byName = new java.util.TreeMap<>();
        for (Exchange e : received.getExchanges()) {
            byName.put(e.getMessage().getHeader("file", String.class), e.getMessage().getBody(String.class));
        }
        assertThat(byName).containsExactly(Map.entry("a.csv", "x\n1\n"), Map.entry("sub/b.txt", "hello"));

        received.reset();
        received.expectedBodiesReceived("x\n1\n2\n");
        files.put(FileStore.DEMO_FILES, "incoming/a.csv", "x\n1\n2\n".getBytes(StandardCharsets.UTF_8));
        received.assertIsSatisfied(10_000);
        // the unchanged file was not emitted again
        TimeUnit.MILLISECONDS.sleep(300);
        assertThat(received.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void fileSinkUploadsUnderTheFileHeaderOrTheExchangeId() throws Exception {
        routes("""
                - route:
                    from:
                      uri: direct:reports
                      steps:
                        - to:
                            uri: kamelet:datagrok-file-sink
                            parameters:
                              connector: "System:DemoFiles"
                              folder: outgoing
                              baseUrl: "{{datagrok.test.url}}"
                              apiKey: "{{datagrok.test.key}}"
                - route:
                    from:
                      uri: direct:root
                      steps:
                        - to:
                            uri: kamelet:datagrok-file-sink
                            parameters:
                              connector: "System:DemoFiles"
                              baseUrl: "{{datagrok.test.url}}"
                              apiKey: "{{datagrok.test.key}}"
                """);
        FileStore files = DATAGROK.emulator().files();
        template.sendBodyAndHeader("direct:reports", "q4", "file", "2026/q4.txt");
        template.sendBodyAndHeader("direct:reports", "cloud event", "ce-file", "ce.txt");
        template.sendBody("direct:reports", "no name");
        template.sendBodyAndHeader("direct:root", "at the root", "file", "root.txt");

        // a message without a name is stored under its exchange id (the Kamelet's route has its own exchange)
        List<String> stored = files.list(FileStore.DEMO_FILES);
        assertThat(stored).hasSize(4).contains("outgoing/2026/q4.txt", "outgoing/ce.txt", "root.txt");
        String byExchangeId = stored.stream().filter(p -> !p.endsWith(".txt")).findFirst().orElseThrow();
        assertThat(byExchangeId).matches("outgoing/[0-9A-F]+-[0-9]+");
        assertThat(new String(files.read(FileStore.DEMO_FILES, "outgoing/2026/q4.txt"), StandardCharsets.UTF_8))
                .isEqualTo("q4");
        assertThat(new String(files.read(FileStore.DEMO_FILES, "outgoing/ce.txt"), StandardCharsets.UTF_8))
                .isEqualTo("cloud event");
        assertThat(new String(files.read(FileStore.DEMO_FILES, byExchangeId),
                StandardCharsets.UTF_8)).isEqualTo("no name");
        assertThat(new String(files.read(FileStore.DEMO_FILES, "root.txt"), StandardCharsets.UTF_8))
                .isEqualTo("at the root");
    }

    @Test
    void fileSinkRefusesEscapingNamesBeforeSending() throws Exception {
        routes("""
                - route:
                    from:
                      uri: direct:reports
                      steps:
                        - to:
                            uri: kamelet:datagrok-file-sink
                            parameters:
                              connector: "System:DemoFiles"
                              folder: outgoing
                              baseUrl: "{{datagrok.test.url}}"
                              apiKey: "{{datagrok.test.key}}"
                """);
        DATAGROK.emulator().clearRequests();
        assertThatThrownBy(() -> template.sendBodyAndHeader("direct:reports", "x", "file", "../../etc/passwd"))
                .isInstanceOf(CamelExecutionException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(DATAGROK.emulator().requests()).isEmpty();
    }

    @Test
    void callActionReplacesTheBodyWithTheResult() throws Exception {
        routes("""
                - route:
                    from:
                      uri: direct:divide
                      steps:
                        - to:
                            uri: kamelet:datagrok-call-action
                            parameters:
                              function: "Demo:DivMod"
                              baseUrl: "{{datagrok.test.url}}"
                              apiKey: "{{datagrok.test.key}}"
                        - to: mock:result
                """);
        Object result = template.requestBody("direct:divide", "{\"a\": 17, \"b\": 5}");

        assertThat(result).isEqualTo(Map.of("quotient", 3, "remainder", 2));
    }

    @Test
    void componentConfigurationServesKameletsWithoutUrlOrKey() throws Exception {
        // the Kamelet leaves baseUrl and apiKey out; the component's configuration (as camel.component.datagrok.*
        // in application.properties) supplies them
        property("camel.component.datagrok.base-url", DATAGROK.baseUrl());
        property("datagrok.url", DATAGROK.baseUrl());
        property("datagrok.api-key", DATAGROK.apiKey());
        routes("""
                - route:
                    from:
                      uri: direct:abs
                      steps:
                        - to:
                            uri: kamelet:datagrok-call-action
                            parameters:
                              function: "Abs"
                """);
        assertThat(template.requestBody("direct:abs", Map.of("x", -2.5))).isEqualTo(2.5);
        assertThat(DATAGROK.emulator().requests("POST", ".*/functions/Abs/call")).hasSize(1);
    }
}
