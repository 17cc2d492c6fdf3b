package io.github.cameldatagrok.builder.endpoint;

// The README's Endpoint DSL block is this file's tagged region (checked by the component's DocSnippetsTest).
// tag::readme-endpoint-dsl[]
import io.github.cameldatagrok.builder.endpoint.dsl.DatagrokEndpointBuilderFactory.DatagrokBuilders;
import io.github.cameldatagrok.component.DatagrokOutputType;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;

public class OrdersRoutes extends EndpointRouteBuilder implements DatagrokBuilders {
    @Override
    public void configure() {
        from(direct("report"))
            .to(datagrok("table:Admin:Sales:Orders").action("download").outputType("rows"));
        from(datagrok("table:Admin:Sales:Orders").delay(60000).outputType(DatagrokOutputType.rows))
            .log("${body.size()} rows");                          // ${body.size()}: camel-bean
    }
}
// end::readme-endpoint-dsl[]
