package io.github.cameldatagrok.component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.cameldatagrok.emulator.dashboards.Dashboard;
import io.github.cameldatagrok.emulator.functions.DataFrame;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales-dashboard flow in one route: rows uploaded as a table, totals per region computed by a registered
 * dataframe-to-dataframe function, the totals uploaded, and a dashboard of both created with no glue code.
 */
class CallUploadDashboardTest extends DatagrokTestSupport {

    @BeforeEach
    void registerRegionTotals() {
        emulator().functions().registerTableFunction("Sales:RegionTotals", "orders", "totals", orders -> {
            Map<String, BigDecimal> totals = new TreeMap<>();
            orders.rows().forEach(row -> totals.merge(row.get("region"), new BigDecimal(row.get("amount")), BigDecimal::add));
            return DataFrame.of(List.of("region", "total"), totals.entrySet().stream()
                    .map(e -> Map.of("region", e.getKey(), "total", e.getValue())).toList());
        });
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:report")
                        .setVariable("orders", body())
                        .to("datagrok:table:Admin:Report:Orders")
                        .process(e -> e.getMessage().setBody(Map.of("orders", e.getVariable("orders"))))
                        .to("datagrok:call:Sales:RegionTotals?outputType=rows")
                        .to("datagrok:table:Admin:Report:Totals")
                        .setBody(constant("{\"#type\":\"ViewLayout\",\"name\":\"Report\"}"))
                        .to("datagrok:dashboard:Report");
            }
        };
    }

    @Test
    void rowsToTotalsToDashboard() throws Exception {
        List<Map<String, Object>> orders = List.of(
                Map.of("id", 1, "region", "North", "amount", new BigDecimal("10.50")),
                Map.of("id", 2, "region", "South", "amount", new BigDecimal("4")),
                Map.of("id", 3, "region", "North", "amount", new BigDecimal("0.25")));
        template.sendBody("direct:report", orders);

        assertThat(storedCsv("Admin:Report:Totals")).isEqualTo("region,total\nNorth,10.75\nSouth,4\n");
        Dashboard dashboard = emulator().dashboards().find("Report").orElseThrow();
        assertThat(dashboard.tableIds()).containsExactly(
                emulator().tables().find("Admin:Report:Orders").orElseThrow().id(),
                emulator().tables().find("Admin:Report:Totals").orElseThrow().id());
        assertThat(dashboard.layout().path("name").asText()).isEqualTo("Report");
    }
}
