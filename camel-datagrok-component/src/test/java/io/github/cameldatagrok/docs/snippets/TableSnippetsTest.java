package io.github.cameldatagrok.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.FileUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The table blocks of README.md and the component's page. */
class TableSnippetsTest extends SnippetTestSupport {

    static final String ORDERS = "id,customer,total\n1,Ada,9.5\n2,Bob,3\n";

    @BeforeEach
    void seed() throws Exception {
        emulator().reset();
        emulator().tables().put("Admin:Sales:Orders", ORDERS);
        FileUtil.removeDir(Path.of("inbox").toFile());
        Files.createDirectories(Path.of("inbox"));
    }

    private void dropIntoInbox() throws Exception {
        Path upload = Path.of("inbox", "customers.csv.tmp");
        Files.writeString(upload, "a,b\n1,2\n", StandardCharsets.UTF_8);
        Files.move(upload, Path.of("inbox", "customers.csv"));
    }

    @Test
    void readmeTablesInJava() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::readme-tables[]
                // upload (the default action): CSV bodies (InputStream, byte[], String, File, Path, GenericFile) or rows
                from("file:inbox?include=.*\\.csv")
                    .setHeader("CamelDatagrokTarget", simple("Sales:${file:onlyname.noext}"))   // overrides the URI target
                    .to("datagrok:table")
                    .log("${header.CamelDatagrokGrokName} has id ${header.CamelDatagrokTableId}: ${header.CamelDatagrokUrl}");

                // download: outputType stream (default), string, rows or iterator
                from("direct:report")
                    .to("datagrok:table:Admin:Sales:Orders?action=download&outputType=iterator")
                    .split(body()).streaming()
                        .log("${body[customer]} spent ${body[total]}");

                // the action per message
                from("direct:fetch")
                    .setHeader("CamelDatagrokAction", constant("download"))
                    .to("datagrok:table:Admin:Sales:Orders?outputType=rows");

                // poll a table; emitted on the first poll and whenever its content changes
                from("datagrok:table:Admin:Sales:Orders?delay=60000&initialDelay=0&outputType=rows")
                    .log("Orders changed: ${body.size()} rows");

                // retries and HTTP settings, per endpoint or on the component
                from("direct:robust")
                    .to("datagrok:table:Admin:Sales:Orders?retryUploads=true&maxAttempts=5&retryDelay=2s"
                        + "&connectTimeout=10s&responseTimeout=5m&maxTotalConnections=50&connectionsPerRoute=10");
                // end::readme-tables[]
            }
        });
        awaitDone("datagrok:table:*", 1);            // the first poll emitted the table

        dropIntoInbox();
        awaitDone("file:*", 1);
        assertThat(emulator().tables().readCsv("Admin:Sales:customers")).isEqualTo("a,b\n1,2\n");

        template.sendBody("direct:report", null);
        assertThat(template.requestBody("direct:fetch", null, List.class))
                .containsExactly(Map.of("id", 1, "customer", "Ada", "total", 9.5),
                        Map.of("id", 2, "customer", "Bob", "total", 3));

        template.sendBody("direct:robust", "id\n7\n");
        assertThat(emulator().tables().readCsv("Admin:Sales:Orders")).isEqualTo("id\n7\n");
    }

    @Test
    void readmeTablesInYaml() throws Exception {
        loadYaml(yaml("readme-tables-yaml"));
        awaitDone("datagrok:table:*", 1);

        dropIntoInbox();
        awaitDone("file:*", 1);
        assertThat(emulator().tables().readCsv("Admin:Sales:customers")).isEqualTo("a,b\n1,2\n");

        template.sendBody("direct:report", null);
    }

    @Test
    void adocUpload() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-table-upload[]
                from("file:inbox?include=.*\\.csv")
                    .setHeader("CamelDatagrokTarget", simple("Sales:${file:onlyname.noext}"))
                    .to("datagrok:table")
                    .log("Uploaded ${header.CamelDatagrokGrokName} as ${header.CamelDatagrokTableId}");

                from("direct:rows")                                      // a List of Map, e.g. from camel-sql
                    .to("datagrok:table:Admin:Sales:Orders?columns=id,customer,total");
                // end::adoc-table-upload[]
            }
        });
        dropIntoInbox();
        awaitDone("file:*", 1);
        assertThat(emulator().tables().readCsv("Admin:Sales:customers")).isEqualTo("a,b\n1,2\n");

        template.sendBody("direct:rows", List.of(Map.of("total", 4, "customer", "Cy", "id", 3)));
        assertThat(emulator().tables().readCsv("Admin:Sales:Orders")).isEqualTo("id,customer,total\n3,Cy,4\n");
    }

    @Test
    void adocDownload() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-table-download[]
                from("timer:report?period=3600000")
                    .to("datagrok:table:Admin:Sales:Orders?action=download&outputType=iterator")
                    .split(body()).streaming()
                        .log("order ${body[id]}: ${body[total]}");   // or to("sql:insert ... values (:#id, :#total)")
                // end::adoc-table-download[]
            }
        });
        awaitDone("timer:*", 1);
        assertThat(emulator().requests("GET", ".*/tables/Admin.Sales.Orders")).hasSize(1);
    }

    @Test
    void adocConsumer() throws Exception {
        List<Object> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                interceptFrom().process(e -> bodies.add(e.getMessage().getBody()));
                // tag::adoc-table-consumer[]
                from("datagrok:table:Admin:Sales:Orders?delay=60000&outputType=rows")
                    .log("Orders changed: ${body.size()} rows");
                // end::adoc-table-consumer[]
            }
        });
        awaitDone("datagrok:table:*", 1);
        assertThat(bodies).singleElement().asList().hasSize(2);
    }

    @Test
    void adocConverters() throws Exception {
        List<Object> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onCompletion().process(e -> bodies.add(e.getMessage().getBody()));
                // tag::adoc-table-converters[]
                from("file:inbox?include=.*\\.csv")
                    .convertBodyTo(java.util.List.class)   // rows
                    .log("${body.size()} rows");
                // end::adoc-table-converters[]
            }
        });
        dropIntoInbox();
        awaitDone("file:*", 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !bodies.isEmpty()); // onCompletion may run just after the exchange is done
        assertThat(bodies).singleElement().isEqualTo(List.of(Map.of("a", 1, "b", 2)));
    }
}
