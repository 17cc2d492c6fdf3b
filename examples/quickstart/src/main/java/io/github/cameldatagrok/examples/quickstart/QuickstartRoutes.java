package io.github.cameldatagrok.examples.quickstart;

import io.github.cameldatagrok.component.DatagrokConstants;
import org.apache.camel.builder.RouteBuilder;

/** The quickstart's one route (found by Camel Main's classpath scan): upload each CSV as a table, download it again as rows, log what happened. */
public class QuickstartRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{quickstart.inbox}}?include=.*\\.csv&move=.done&moveFailed=.failed")
                .routeId("csv-to-datagrok")
                // Quickstart:<file name> is filed by Datagrok as Admin:Quickstart:<file name>
                .setHeader(DatagrokConstants.TARGET, simple("Quickstart:${file:onlyname.noext}"))
                .to("datagrok:table")
                .log("Uploaded ${header.CamelFileName} as ${header.CamelDatagrokGrokName} (id ${header.CamelDatagrokTableId})")
                .setHeader(DatagrokConstants.TARGET, header(DatagrokConstants.TABLE_ID))
                .to("datagrok:table?action=download&outputType=rows")
                .log("Read ${header.CamelDatagrokTableId} back from Datagrok: ${body.size()} rows,"
                     + " columns ${body[0].keySet()}");
    }
}
