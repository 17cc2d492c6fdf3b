package io.github.cameldatagrok.examples.datagrokgrafana;

import io.github.cameldatagrok.component.DatagrokConstants;
import io.github.cameldatagrok.grafana.component.GrafanaConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * The example's routes (found by Camel Main's classpath scan). When the Datagrok table {@code d2g.source} changes, its
 * rows are summed up per country into the table {@code d2g.derived}, the Datagrok dashboard {@code d2g.dashboard} is
 * created (or, under the same name, updated) with it, and the Grafana dashboard {@code d2g.grafana-dashboard} gets an
 * annotation with the table's URL, so the Datagrok and the Grafana users see the same event.
 */
public class DatagrokToGrafanaRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // the Grafana dashboard the annotations go on, saved once at start (again and again: it keeps its uid)
        from("timer:grafana-dashboard?repeatCount=1").routeId("grafana-dashboard")
                .setBody(simple("resource:classpath:dashboards/sales-events.json"))
                .to("grafana:dashboard?overwrite=true")
                .log("Grafana dashboard ${header.CamelGrafanaUid} is ready (version ${header.CamelGrafanaVersion})");

        from("datagrok:table:{{d2g.source}}?delay={{d2g.delay}}&outputType=rows")
                .routeId("datagrok-to-grafana")
                .log("Datagrok table {{d2g.source}} changed: ${body.size()} rows")
                .setBody(method(CountryTotals.class, "of"))
                .to("datagrok:table:{{d2g.derived}}?columns=country,orders,revenue")
                .log("Uploaded the totals per country as ${header.CamelDatagrokGrokName}")
                .setProperty("tableUrl", header(DatagrokConstants.URL))
                .setProperty("tableName", header(DatagrokConstants.GROK_NAME))
                .to("datagrok:dashboard:{{d2g.dashboard}}?layout={{d2g.layout}}")
                .log("Datagrok dashboard ${header.CamelDatagrokDashboardId} shows it")
                .setHeader(GrafanaConstants.DASHBOARD_UID, simple("{{d2g.grafana-dashboard}}"))
                .setBody(simple("Datagrok table ${exchangeProperty.tableName} was updated: ${exchangeProperty.tableUrl}"))
                .to("grafana:annotation?tags=datagrok,{{d2g.tag}}")
                .log("Annotated Grafana dashboard {{d2g.grafana-dashboard}} (annotation ${header.CamelGrafanaUid})");
    }
}
