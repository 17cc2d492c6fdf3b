package io.github.cameldatagrok.examples.sales;

import io.github.cameldatagrok.component.DatagrokConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * The example's route (found by Camel Main's classpath scan): orders from PostgreSQL become the table
 * {@code Sales:Orders}, the function {@code Sales:RegionTotals} computes {@code Sales:RegionTotals} from them, and a
 * dashboard shows both tables with the shipped layout, shared with a group.
 */
public class SalesDashboardRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:sales-dashboard?repeatCount={{sales.repeat}}&period={{sales.period}}")
                .routeId("sales-dashboard")
                .to("sql:select order_id, region, product, quantity, unit_price, sold_on from orders order by order_id")
                .log("Read ${body.size()} orders from PostgreSQL")
                // the same rows are the function's dataframe input
                .setHeader(DatagrokConstants.INPUT_PREFIX + RegionTotals.INPUT, body())
                .to("datagrok:table:Sales:Orders")
                .log("Uploaded them as ${header.CamelDatagrokGrokName} (id ${header.CamelDatagrokTableId})")
                .setBody(constant(java.util.Map.of()))
                .to("datagrok:call:{{sales.function}}?outputType=rows")
                // the call answers on the HTTP client's I/O thread: the blocking uploads below go to a worker
                .threads(1)
                .log("{{sales.function}} answered ${body.size()} rows, the first ${body[0]}")
                .to("datagrok:table:Sales:RegionTotals")
                // both uploads of this exchange become the dashboard's tables
                .to("datagrok:dashboard:{{sales.dashboard}}?layout={{sales.layout}}"
                    + "&shareWith={{sales.share-with}}&access=View")
                .log("Dashboard ${header.CamelDatagrokDashboardId} created from tables"
                     + " ${exchangeProperty.CamelDatagrokUploadedTableIds}, shared with ${header.CamelDatagrokSharedWith}");
    }
}
