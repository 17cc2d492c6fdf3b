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
}
