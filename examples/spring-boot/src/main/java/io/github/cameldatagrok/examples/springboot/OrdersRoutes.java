package io.github.cameldatagrok.examples.springboot;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.github.cameldatagrok.component.DatagrokConstants;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Every {@code example.period} milliseconds: uploads the sample orders as the table {@code SpringBoot:Orders}, reads
 * it back as rows, logs the count and notes the upload as a Grafana annotation. No Datagrok or Grafana settings here:
 * they come from application.properties.
 */
@Component
public class OrdersRoutes extends RouteBuilder {

    @Override
    public void configure() throws Exception {
        String orders;
        try (InputStream sample = getClass().getResourceAsStream("/sample/orders.csv")) {
            orders = new String(sample.readAllBytes(), StandardCharsets.UTF_8);
        }
        from("timer:orders?period={{example.period}}")
                .routeId("orders-to-datagrok")
                .setBody(constant(orders))
                .to("datagrok:table:SpringBoot:Orders")
                .log("Uploaded ${header.CamelDatagrokGrokName} (id ${header.CamelDatagrokTableId})")
                .setHeader(DatagrokConstants.TARGET, header(DatagrokConstants.TABLE_ID))
                .to("datagrok:table?action=download&outputType=rows")
                .log("Read ${header.CamelDatagrokTableId} back: ${body.size()} rows")
                .setBody(simple("Table SpringBoot:Orders uploaded: ${body.size()} rows"))
                .to("grafana:annotation?tags=datagrok,spring-boot")
                .log("Grafana annotation ${body} created");
    }
}
