package io.github.cameldatagrok.builder.endpoint;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.Map;

import io.github.cameldatagrok.builder.endpoint.dsl.DatagrokEndpointBuilderFactory.DatagrokBuilders;
import io.github.cameldatagrok.component.DatagrokEndpoint;
import io.github.cameldatagrok.component.DatagrokOutputType;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Routes written with the generated Endpoint DSL, against the emulator over real HTTP. */
class DatagrokEndpointDslRouteTest extends EmulatorRouteTestSupport {

    static final BlockingQueue<List<?>> POLLED = new LinkedBlockingQueue<>();

    /** A route builder of the user's: Camel's EndpointRouteBuilder plus the datagrok builders. */
    static class OrdersRoutes extends EndpointRouteBuilder implements DatagrokBuilders {
        @Override
        public void configure() {
            from(direct("upload"))
                    .to(datagrok("table:Sales:Orders").columns("id,customer,total"));
            from(direct("download"))
                    .to(datagrok("table:Admin:Sales:Orders").action("download").outputType("rows"));
            from(datagrok("table:Admin:Sales:Watched").delay(200).initialDelay(0).outputType(DatagrokOutputType.rows))
                    .process(e -> POLLED.add(e.getMessage().getBody(List.class)));
            from(direct("downloadCsv"))
                    .to(datagrok("table:Admin:Sales:Orders").action("download").outputType(DatagrokOutputType.string)
                            .advanced().maxAttempts(5));
        }
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
    void consumerBuilderPollsATable() throws Exception {
        DATAGROK.emulator().tables().put("Admin:Sales:Watched", "id,total\n1,3.5\n");
        List<?> rows = POLLED.poll(15, TimeUnit.SECONDS);
        assertThat(rows).hasSize(1);
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
