package io.github.cameldatagrok.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.cameldatagrok.emulator.dashboards.Dashboard;
import io.github.cameldatagrok.emulator.functions.DataFrame;
import io.github.cameldatagrok.emulator.shares.ShareStore;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard and function-call blocks of README.md and the component's page. */
class DashboardCallSnippetsTest extends SnippetTestSupport {

    @BeforeEach
    void seed() {
        emulator().reset();
        emulator().functions().registerTableFunction("Sales:RegionTotals", "orders", "totals", orders -> {
            Map<String, BigDecimal> totals = new TreeMap<>();
            orders.rows().forEach(row -> totals.merge(row.get("region"), new BigDecimal(row.get("amount")), BigDecimal::add));
            return DataFrame.of(List.of("region", "total"), totals.entrySet().stream()
                    .map(e -> Map.of("region", e.getKey(), "total", e.getValue())).toList());
        });
    }

    @Test
    void readmeDashboardsAndCallsInJava() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::readme-dashboards-calls[]
                // two uploads and a dashboard of both tables, with a layout file: no glue code
                from("direct:report")
                    .setBody(simple("${variable.orders}")).to("datagrok:table:Sales:Orders")
                    .setBody(simple("${variable.totals}")).to("datagrok:table:Sales:Totals")
                    .to("datagrok:dashboard:SalesDashboard?layout=classpath:layouts/sales.layout&shareWith=Developers&access=View");

                // a function call: inputs from a Map body or CamelDatagrokInput.<name> headers, the result in the body
                from("direct:totals")
                    .process(e -> e.getMessage().setBody(Map.of("orders", e.getMessage().getBody())))   // rows or CSV
                    .to("datagrok:call:Sales:RegionTotals?outputType=rows");                           // List<Map>
                // end::readme-dashboards-calls[]
            }
        });
        Exchange report = template.request("direct:report", e -> {
            e.setVariable("orders", "id,region,amount\n1,North,10.5\n2,South,4\n");
            e.setVariable("totals", "region,total\nNorth,10.5\nSouth,4\n");
        });
        assertThat(report.getException()).isNull();
        Dashboard dashboard = emulator().dashboards().find("SalesDashboard").orElseThrow();
        assertThat(dashboard.tableIds()).containsExactly(
                emulator().tables().find("Admin:Sales:Orders").orElseThrow().id(),
                emulator().tables().find("Admin:Sales:Totals").orElseThrow().id());
        assertThat(emulator().shares().access(dashboard.id(), "Developers")).contains(ShareStore.Access.View);

        assertThat(template.requestBody("direct:totals", "region,amount\nNorth,1.5\nNorth,2\nSouth,4\n", List.class))
                .containsExactly(Map.of("region", "North", "total", 3.5), Map.of("region", "South", "total", 4));
    }

    @Test
    void readmeDashboardsAndCallsInYaml() throws Exception {
        emulator().tables().put("Admin:Sales:Orders", "id\n1\n");
        emulator().tables().put("Admin:Sales:Totals", "total\n1\n");
        loadYaml(yaml("readme-dashboards-calls-yaml"));

        assertThat(template.requestBody("direct:divide", (Object) null)).isEqualTo(Map.of("quotient", 3, "remainder", 2));
        template.sendBody("direct:board", null);
        assertThat(emulator().dashboards().find("Board")).isPresent();
    }

    @Test
    void adocDashboardCreate() throws Exception {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("config"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("config/sales.layout"),
                "{\"#type\": \"ViewLayout\", \"name\": \"FromFile\", \"viewStateMap\": {}}");
        emulator().tables().put("Admin:Sales:Totals", "total\n1\n");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-dashboard-create[]
                from("direct:report")                                     // body: the orders (rows or CSV)
                    .to("datagrok:table:Sales:Orders")                    // leaves the table's id in the exchange
                    .setBody(simple("${variable.customers}"))             // e.g. rows read before with camel-sql
                    .to("datagrok:table:Sales:Customers")
                    .to("datagrok:dashboard:SalesDashboard?layout=config/sales.layout")   // both tables
                    .log("Dashboard ${header.CamelDatagrokDashboardId} at ${header.CamelDatagrokUrl}");

                from("direct:board")
                    .setHeader("CamelDatagrokTables", constant("Admin:Sales:Orders,Admin:Sales:Totals"))
                    .setBody(constant("{\"#type\": \"ViewLayout\", \"viewStateMap\": {}}"))
                    .to("datagrok:dashboard:SalesBoard");
                // end::adoc-dashboard-create[]
            }
        });
        template.send("direct:report", e -> {
            e.getMessage().setBody("id\n1\n");
            e.setVariable("customers", List.of(Map.of("name", "Ada")));
        });
        Dashboard dashboard = emulator().dashboards().find("SalesDashboard").orElseThrow();
        assertThat(dashboard.tableIds()).containsExactly(
                emulator().tables().find("Admin:Sales:Orders").orElseThrow().id(),
                emulator().tables().find("Admin:Sales:Customers").orElseThrow().id());
        assertThat(dashboard.layout().path("name").asText()).isEqualTo("FromFile");

        template.sendBody("direct:board", null);
        assertThat(emulator().dashboards().find("SalesBoard").orElseThrow().tableIds()).hasSize(2);
    }

    @Test
    void adocDashboardCreateInYaml() throws Exception {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("config"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("config/sales.layout"),
                "{\"#type\": \"ViewLayout\", \"name\": \"FromFile\", \"viewStateMap\": {}}");
        loadYaml(yaml("adoc-dashboard-create-yaml"));
        template.send("direct:board", e -> {
            e.getMessage().setBody("id\n1\n");
            e.setVariable("totals", "total\n1\n");
        });
        assertThat(emulator().dashboards().find("SalesDashboard").orElseThrow().tableIds()).hasSize(2);
    }

    @Test
    void adocDashboardShare() throws Exception {
        emulator().users().add("alice.mendel", "Alice", "Mendel");
        emulator().groups().create("Chemists");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-dashboard-share[]
                from("direct:publish")
                    .to("datagrok:table:Sales:Orders")
                    .to("datagrok:dashboard:SalesDashboard?layout=classpath:layouts/sales.layout&shareWith=Developers,Chemists&access=View")
                    .log("Shared with ${header.CamelDatagrokSharedWith}");

                from("direct:grantEdit")                                  // body ignored; the dashboard exists already
                    .to("datagrok:dashboard:SalesDashboard?action=share&shareWith=alice.mendel&access=Edit");
                // end::adoc-dashboard-share[]
            }
        });
        template.sendBody("direct:publish", "id\n1\n");
        Dashboard dashboard = emulator().dashboards().find("SalesDashboard").orElseThrow();
        assertThat(emulator().shares().access(dashboard.id(), "Chemists")).contains(ShareStore.Access.View);
        template.sendBody("direct:grantEdit", null);
        assertThat(emulator().shares().access(dashboard.id(), "alice.mendel")).contains(ShareStore.Access.Edit);
    }

    @Test
    void adocDashboardShareInYaml() throws Exception {
        emulator().groups().create("Chemists");
        loadYaml(yaml("adoc-dashboard-share-yaml"));
        template.sendBody("direct:publish", "id\n1\n");
        Dashboard dashboard = emulator().dashboards().find("SalesDashboard").orElseThrow();
        assertThat(emulator().shares().access(dashboard.id(), "Developers")).contains(ShareStore.Access.View);
    }

    @Test
    void adocCalls() throws Exception {
        org.apache.camel.util.FileUtil.removeDir(new java.io.File("orders"));
        org.apache.camel.util.FileUtil.removeDir(new java.io.File("totals"));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("orders"));
        List<Object> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-calls[]
                from("direct:divide")
                    .setHeader("CamelDatagrokInput.a", simple("${body[a]}"))   // body: a Map {a=17, b=5}
                    .setHeader("CamelDatagrokInput.b", simple("${body[b]}"))
                    .setBody(constant(null))
                    .to("datagrok:call:Demo:DivMod")                        // body: {quotient=3, remainder=2}
                    .log("${body[quotient]} remainder ${body[remainder]}");

                from("file:orders?include=.*\\.csv")                     // or rows from camel-sql (outputType=StreamList)
                    .process(e -> e.getMessage().setBody(Map.of("orders", e.getMessage().getBody(String.class))))
                    .to("datagrok:call:Sales:RegionTotals?outputType=iterator")
                    .split(body()).streaming()
                    .threads(4)                                             // blocking work off the I/O thread
                    .setHeader("CamelFileName", simple("${body[region]}.txt"))
                    .transform(simple("${body[total]}", String.class))
                    .to("file:totals");                                     // or to("sql:insert ... (:#region, :#total)")
                // end::adoc-calls[]
            }
        });
        assertThat(template.requestBody("direct:divide", Map.of("a", 17, "b", 5)))
                .isEqualTo(Map.of("quotient", 3, "remainder", 2));

        java.nio.file.Files.writeString(java.nio.file.Path.of("orders/o.csv.tmp"), "region,amount\nNorth,1.5\nSouth,4\n");
        java.nio.file.Files.move(java.nio.file.Path.of("orders/o.csv.tmp"), java.nio.file.Path.of("orders/o.csv"));
        awaitDone("file:*", 1);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!java.nio.file.Files.exists(java.nio.file.Path.of("totals/South.txt")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(failures).extracting(e -> String.valueOf(e.getException())).isEmpty();
        assertThat(java.nio.file.Path.of("totals/North.txt")).exists();
        assertThat(java.nio.file.Path.of("totals/South.txt")).hasContent("4");
    }

    @Test
    void adocCallsInYaml() throws Exception {
        loadYaml(yaml("adoc-calls-yaml"));
        Object sin = template.requestBody("direct:sin", 0.5);
        assertThat(sin).isEqualTo(Math.sin(0.5));
    }
}
