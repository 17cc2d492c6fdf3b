package io.github.cameldatagrok.builder.endpoint;

import java.util.List;
import java.util.Map;

import io.github.cameldatagrok.builder.endpoint.dsl.DatagrokEndpointBuilderFactory.DatagrokBuilders;
import io.github.cameldatagrok.component.DatagrokComponent;
import io.github.cameldatagrok.component.DatagrokEndpoint;
import io.github.cameldatagrok.component.DatagrokOutputType;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Routes written with the generated Endpoint DSL, against the emulator over real HTTP. */
class DatagrokEndpointDslRouteTest extends CamelTestSupport {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    /** A route builder of the user's: Camel's EndpointRouteBuilder plus the datagrok builders. */
    static class OrdersRoutes extends EndpointRouteBuilder implements DatagrokBuilders {
        @Override
        public void configure() {
            from(direct("upload"))
                    .to(datagrok("table:Sales:Orders").columns("id,customer,total"));
            from(direct("download"))
                    .to(datagrok("table:Admin:Sales:Orders").action("download").outputType("rows"));
            from(direct("downloadCsv"))
                    .to(datagrok("table:Admin:Sales:Orders").action("download").outputType(DatagrokOutputType.string)
                            .advanced().maxAttempts(5));
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        DatagrokComponent datagrok = new DatagrokComponent();
        datagrok.getConfiguration().setBaseUrl(DATAGROK.baseUrl());
        datagrok.getConfiguration().setApiKey(DATAGROK.apiKey());
        context.addComponent("datagrok", datagrok);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new OrdersRoutes();
    }

    @Test
    void rowsUploadedAndDownloadedThroughTypedEndpoints() throws Exception {
        List<Map<String, Object>> rows = List.of(
                Map.of("id", 1, "customer", "Ada", "total", 12.5),
                Map.of("id", 2, "customer", "Linus", "total", 7));
        template.sendBody("direct:upload", rows);
        assertThat(DATAGROK.emulator().tables().readCsv("Admin:Sales:Orders"))
                .isEqualTo("id,customer,total\n1,Ada,12.5\n2,Linus,7\n");

        List<?> downloaded = (List<?>) template.requestBody("direct:download", (Object) null);
        assertThat(downloaded).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) downloaded.get(0);
        assertThat(first).containsEntry("customer", "Ada").containsEntry("id", 1);

        assertThat(template.requestBody("direct:downloadCsv", null, String.class))
                .isEqualTo("id,customer,total\n1,Ada,12.5\n2,Linus,7\n");
    }

    @Test
    void theBuilderMakesTheEndpointCamelParses() {
        DatagrokEndpoint endpoint = context.getEndpoints().stream()
                .filter(e -> e instanceof DatagrokEndpoint d && d.getConfiguration().getMaxAttempts() == 5)
                .map(DatagrokEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(endpoint.getConfiguration().getOutputType()).isEqualTo(DatagrokOutputType.string);
        assertThat(endpoint.getEndpointUri()).startsWith("datagrok://table:Admin:Sales:Orders?");
    }
}
