package io.github.cameldatagrok.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.github.cameldatagrok.client.model.BatchOperation;
import io.github.cameldatagrok.client.model.BatchRequest;
import io.github.cameldatagrok.client.model.Credentials;
import io.github.cameldatagrok.client.model.DataConnection;
import io.github.cameldatagrok.docs.DocSnippets;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The users, connections, packages, catalogue, batch and health blocks of the component's page: each Java block is
 * the tagged region here, each YAML block is loaded from the page, and both run against the emulator.
 */
class ProvisioningSnippetsTest extends SnippetTestSupport {

    private static final String SCRIPT = "#name: AddOne\n#language: python\n#input: int x\n#output: int y\ny = x + 1\n";

    @BeforeEach
    void seed() {
        emulator().reset();
        emulator().functions().runner("python", (text, inputs) -> Map.of("y", (Long) inputs.get("x") + 1));
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("shop.connection.id", "00000000-0000-4000-8000-000000000042");
        return properties;
    }

    private static String javaBlock(String name) {
        return DocSnippets.componentPageBlock(name, "java").text();
    }

    @Test
    void theJavaBlocksAreTheseRegions() {
        for (String name : List.of("adoc-users", "adoc-connections", "adoc-packages", "adoc-catalogue", "adoc-batch",
                "adoc-health")) {
            assertThat(javaBlock(name)).as(name).isEqualTo(DocSnippets.taggedSource(name));
        }
    }

    @Test
    void users() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-users[]
                from("direct:hire")                                       // body: {"login": "alice", "firstName": "Alice", ...}
                    .to("datagrok:user?action=save")
                    .log("user ${header.CamelDatagrokUserId}: ${body.login}");

                from("direct:leaver")                                     // body: a login
                    .setHeader("CamelDatagrokTarget", body())
                    .to("datagrok:user?action=block");

                from("timer:active?repeatCount=1")
                    .to("datagrok:user?action=list&filter=RAW(status = \"active\")&maxResults=500")
                    .log("${header.CamelDatagrokResultCount} active users, more: ${header.CamelDatagrokResultsTruncated}");
                // end::adoc-users[]
            }
        });
        template.sendBody("direct:hire", Map.of("login", "alice", "firstName", "Alice"));
        template.sendBody("direct:leaver", "alice");
        assertThat(emulator().users().find("alice").orElseThrow().status()).isEqualTo("blocked");
        awaitDone("timer:active?*", 1);
    }

    @Test
    void usersInYaml() throws Exception {
        loadYaml(yaml("adoc-users-yaml"));
        template.sendBody("direct:hire", "{\"login\": \"bob\", \"status\": \"active\"}");
        template.sendBody("direct:leaver", "bob");
        assertThat(emulator().users().find("bob").orElseThrow().status()).isEqualTo("blocked");
    }

    @Test
    void connections() throws Exception {
        emulator().connections().save("00000000-0000-4000-8000-000000000042",
                (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree("{\"name\":\"Rotated\",\"dataSource\":\"Postgres\",\"tags\":[\"sales\"],"
                                + "\"parameters\":{\"server\":\"db\"}}"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-connections[]
                from("direct:shopDatabase")                               // body: a DataConnection with credentials
                    .to("datagrok:connection?action=save&saveCredentials=true")
                    .to("datagrok:connection?action=test")                // DatagrokConnectionTestException if unreachable
                    .log("connection ${header.CamelDatagrokConnectionId} works");

                from("timer:postgres?repeatCount=1")
                    .to("datagrok:connection?action=list&dataSource=Postgres&tags=sales")
                    .split(body())
                        .log("${body.name} on ${body.parameters[server]}");

                from("direct:rotate")                                     // body: {"parameters": {"login": "shop", "password": "..."}}
                    .to("datagrok:credentials:{{shop.connection.id}}?action=save");
                // end::adoc-connections[]
            }
        });
        try (ServerSocket database = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            template.sendBody("direct:shopDatabase", shop(database.getLocalPort()));
        }
        assertThat(emulator().connections().find("Admin:Shop")).isPresent();
        template.sendBody("direct:rotate", Map.of("parameters", Map.of("login", "shop", "password", "new")));
        assertThat(emulator().credentials().forEntity("00000000-0000-4000-8000-000000000042")).isPresent();
        awaitDone("timer:postgres?*", 1);
    }

    @Test
    void connectionsInYaml() throws Exception {
        loadYaml(yaml("adoc-connections-yaml"));
        try (ServerSocket database = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            template.sendBody("direct:shopDatabase", shop(database.getLocalPort()));
        }
        assertThat(emulator().credentials().forEntity(emulator().connections().find("Shop").orElseThrow().id()))
                .isPresent();
    }

    private static DataConnection shop(int port) {
        DataConnection shop = DataConnection.of("Shop", "Postgres").parameter("server", "127.0.0.1")
                .parameter("port", port);
        shop.setCredentials(Credentials.of(Map.of("login", "shop", "password", "secret")));
        return shop;
    }

    @Test
    void packages() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-packages[]
                from("timer:chemVersion?repeatCount=1")
                    .to("datagrok:package:Chem?action=versions")
                    .split(body()).filter(simple("${body.current}"))
                        .log("Chem runs ${body.version}");
                // end::adoc-packages[]
            }
        });
        awaitDone("timer:chemVersion?*", 1);
        loadYaml(yaml("adoc-packages-yaml").replace("chemVersion", "chemVersionYaml"));
        awaitDone("timer:chemVersionYaml?*", 1);
    }

    @Test
    void catalogue() throws Exception {
        // relative, as the snippet has it: the snippets run in target/docs-run
        Path scripts = Path.of("scripts");
        Files.createDirectories(scripts);
        Files.writeString(scripts.resolve("add_one.py"), SCRIPT);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-catalogue[]
                from("file:scripts?include=.*\\.py")                      // a script from a repository, header included
                    .process(e -> e.getMessage().setBody(java.util.Map.of("source", "script", "language", "python",
                            "script", e.getMessage().getBody(String.class))))
                    .to("datagrok:call?action=save")                       // sets CamelDatagrokTarget to e.g. Admin:AddOne
                    .setBody(constant(java.util.Map.of("x", 41)))
                    .removeHeader("CamelDatagrokAction")
                    .to("datagrok:call")                                   // calls the function just saved
                    .log("AddOne(41) = ${body}");

                from("timer:scripts?repeatCount=1")
                    .to("datagrok:call?action=list&filter=RAW(source=\"script\")")
                    .log("${header.CamelDatagrokResultCount} scripts");
                // end::adoc-catalogue[]
            }
        });
        awaitDone("file:scripts*", 1);
        assertThat(emulator().functions().find("Admin:AddOne")).isPresent();
        loadYaml(yaml("adoc-catalogue-yaml"));
        awaitDone("timer:chemFunctions?*", 1);
        context.stop();
        org.apache.camel.util.FileUtil.removeDir(scripts.toFile());
    }

    @Test
    void batch() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-batch[]
                from("direct:team")                                        // body: a BatchRequest, a Map or JSON
                    .to("datagrok:batch?stopOnError=true")
                    .choice().when(header("CamelDatagrokBatchProblems").isGreaterThan(0))
                        .log(LoggingLevel.WARN, "batch: ${header.CamelDatagrokBatchSummary}")
                    .end();
                // end::adoc-batch[]
            }
        });
        template.sendBody("direct:team", new BatchRequest()
                .add(BatchOperation.of("u1", "users.create", Map.of("login", "alice")))
                .add(BatchOperation.of("g1", "groups.create", Map.of("name", "Team")).dependsOn("u1")));
        assertThat(emulator().groups().exists("Team")).isTrue();
    }

    @Test
    void batchInYaml() throws Exception {
        loadYaml(yaml("adoc-batch-yaml"));
        template.sendBody("direct:team", "{\"operations\": [{\"id\": \"g\", \"action\": \"groups.create\","
                + " \"params\": {\"name\": \"Yaml team\"}}]}");
        assertThat(emulator().groups().exists("Yaml team")).isTrue();
    }

    @Test
    void health() throws Exception {
        emulator().health().fail("grok_connect", "down");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-health[]
                from("timer:datagrokHealth?period=60000")
                    .to("datagrok:health")
                    .filter(header("CamelDatagrokHealthStatus").isNotEqualTo("ok"))
                        .log(LoggingLevel.WARN, "Datagrok is ${header.CamelDatagrokHealthStatus}: ${body.raw[services]}");
                // end::adoc-health[]
            }
        });
        awaitDone("timer:datagrokHealth?*", 1);
        loadYaml(yaml("adoc-health-yaml").replace("datagrokHealth", "datagrokHealthYaml"));
        awaitDone("timer:datagrokHealthYaml?*", 1);
    }
}
