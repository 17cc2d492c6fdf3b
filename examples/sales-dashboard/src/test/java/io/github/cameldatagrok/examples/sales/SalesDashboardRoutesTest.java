package io.github.cameldatagrok.examples.sales;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import io.github.cameldatagrok.csv.CsvRowReader;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.emulator.dashboards.Dashboard;
import io.github.cameldatagrok.emulator.shares.ShareStore;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example as it runs: Camel Main with the shipped application.properties, a real PostgreSQL started by
 * {@code setup-postgres.sh}, and the Datagrok emulator.
 */
class SalesDashboardRoutesTest {

    @RegisterExtension
    @Order(1)
    static final PostgresServer POSTGRES = new PostgresServer();

    @RegisterExtension
    @Order(2)
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @Test
    void ordersBecomeTablesAndASharedDashboard() throws Exception {
        EmulatorSetup.install(DATAGROK.emulator());
        Main main = new Main(SalesDashboardApplication.class);
        main.addOverrideProperty("sales.db.url", POSTGRES.jdbcUrl());
        main.addOverrideProperty("camel.component.datagrok.base-url", DATAGROK.baseUrl());
        main.addOverrideProperty("camel.component.datagrok.api-key", DATAGROK.apiKey());
        main.addOverrideProperty("sales.repeat", "1");
        main.configure().setDurationMaxMessages(1);
        main.configure().setDurationMaxSeconds(120);
        main.run();

        List<Map<String, Object>> orders = read("Admin:Sales:Orders");
        assertThat(orders).hasSize(240);
        assertThat(orders.get(0)).containsKeys("order_id", "region", "product", "quantity", "unit_price", "sold_on");

        // the function's answer against PostgreSQL's own totals
        List<Map<String, Object>> totals = read("Admin:Sales:RegionTotals");
        assertThat(totals).hasSize(4);
        try (Connection db = dataSource().getConnection(); Statement sql = db.createStatement();
             ResultSet expected = sql.executeQuery("select region, count(*), sum(quantity), sum(quantity * unit_price)"
                     + " from orders group by region order by region")) {
            for (Map<String, Object> total : totals) {
                assertThat(expected.next()).isTrue();
                assertThat(total.get("region")).hasToString(expected.getString(1));
                assertThat(total.get("orders")).hasToString(Long.toString(expected.getLong(2)));
                assertThat(total.get("quantity")).hasToString(Long.toString(expected.getLong(3)));
                assertThat(new java.math.BigDecimal(total.get("revenue").toString()))
                        .isEqualByComparingTo(expected.getBigDecimal(4));
            }
        }
        Dashboard dashboard = DATAGROK.emulator().dashboards().find("SalesOverview").orElseThrow();
        assertThat(dashboard.tableIds()).containsExactly(
                DATAGROK.emulator().tables().find("Admin:Sales:Orders").orElseThrow().id(),
                DATAGROK.emulator().tables().find("Admin:Sales:RegionTotals").orElseThrow().id());
        assertThat(dashboard.layout().path("friendlyName").asText()).isEqualTo("Sales overview");
        assertThat(DATAGROK.emulator().shares().access(dashboard.id(), "Developers")).hasValue(ShareStore.Access.View);
    }

    private static List<Map<String, Object>> read(String grokName) throws Exception {
        try (CsvRowReader rows = new CsvRowReader(new java.io.StringReader(
                DATAGROK.emulator().tables().readCsv(grokName)))) {
            return rows.readAll();
        }
    }

    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(POSTGRES.jdbcUrl());
        dataSource.setUser("sales");
        dataSource.setPassword("sales");
        return dataSource;
    }
}
