package io.github.cameldatagrok.examples.datagrokgrafana;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.cameldatagrok.component.DatagrokComponent;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.grafana.component.GrafanaComponent;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example against both emulators: the orders table becomes the per-country table and a Datagrok dashboard, and the
 * Grafana dashboard gets an annotation naming the table's URL; a change of the orders table does it again.
 */
class DatagrokToGrafanaRoutesTest extends CamelTestSupport {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();
    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(13));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().setLocation("classpath:application.properties");
        context.getPropertiesComponent().addOverrideProperty("d2g.delay", "200");
        DatagrokComponent datagrok = new DatagrokComponent();
        datagrok.getConfiguration().setBaseUrl(DATAGROK.baseUrl());
        datagrok.getConfiguration().setApiKey(DATAGROK.apiKey());
        context.addComponent("datagrok", datagrok);
        GrafanaComponent grafana = new GrafanaComponent();
        grafana.getConfiguration().setBaseUrl(GRAFANA.baseUrl());
        grafana.getConfiguration().setToken(GRAFANA.token());
        context.addComponent("grafana", grafana);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() throws Exception {
        try (InputStream sample = getClass().getResourceAsStream("/sample/orders.csv")) {
            DATAGROK.emulator().tables().put("Admin:Sales:Orders", new String(sample.readAllBytes(), StandardCharsets.UTF_8));
        }
        return new DatagrokToGrafanaRoutes();
    }

    @Test
    void aTableChangeReachesDatagrokAndGrafana() throws Exception {
        NotifyBuilder first = new NotifyBuilder(context).fromRoute("datagrok-to-grafana").whenCompleted(1).create();
        assertThat(first.matches(20, TimeUnit.SECONDS)).isTrue();

        String totals = DATAGROK.emulator().tables().readCsv("Admin:Sales:CountryTotals");
        assertThat(totals.lines().findFirst()).hasValue("country,orders,revenue");
        assertThat(totals).contains("Germany,1,55.5").contains("Brazil,1,42");
        assertThat(DATAGROK.emulator().dashboards().find("Sales per country")).isPresent();
        assertThat(GRAFANA.emulator().dashboards().find("sales-events")).isPresent();

        List<?> annotations = template.requestBody("grafana:annotation?action=find&tags=datagrok&dashboardUid=sales-events",
                null, List.class);
        assertThat(annotations).hasSize(1);
        String text = (String) ((Map<?, ?>) annotations.get(0)).get("text");
        assertThat(text).contains("Admin:Sales:CountryTotals").contains("http");

        // the orders change: a second round, a second annotation
        NotifyBuilder second = new NotifyBuilder(context).fromRoute("datagrok-to-grafana").whenCompleted(1).create();
        DATAGROK.emulator().tables().put("Admin:Sales:Orders",
                "order_id,customer,country,product,quantity,unit_price,ordered_on\n1,A,Chile,Beans,2,10.00,2026-02-01\n");
        assertThat(second.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(DATAGROK.emulator().tables().readCsv("Admin:Sales:CountryTotals")).contains("Chile,1,20");
        assertThat(template.requestBody("grafana:annotation?action=find&tags=datagrok", null, List.class)).hasSize(2);
    }
}
