package io.github.cameldatagrok.component;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.github.cameldatagrok.client.DatagrokApiException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** datagrok:table downloads in every outputType, against the emulator. */
class TableDownloadTest extends DatagrokTestSupport {

    private static final String CSV = "id,name,active,joined,score\n"
            + "1,\"Smith, Ann\",true,2024-02-29,1.5\n"
            + "2,\"say \"\"hi\"\"\",false,,\n"
            + "3,Zoë,TRUE,2025-12-31,-7\n";

    @BeforeEach
    void seed() {
        emulator().tables().put("Admin:Downloads:People", CSV);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:split")
                        .to("datagrok:table:Admin:Downloads:People?action=download&outputType=iterator")
                        .split(body()).streaming()
                        .to("mock:row");
                from("direct:iterate")
                        .to("datagrok:table:Admin:Downloads:People?action=download&outputType=iterator")
                        .process(e -> e.getMessage().setHeader("firstRow", e.getMessage().getBody(Iterator.class).next()));
                from("direct:stream-class")
                        .to("datagrok:table:Admin:Downloads:People?action=download")
                        .process(e -> e.getMessage().setHeader("bodyClass", e.getMessage().getBody().getClass().getName()))
                        .to("mock:stream");
                from("direct:read-stream")
                        .to("datagrok:table:Admin:Downloads:People?action=download")
                        .convertBodyTo(String.class);
            }
        };
    }

    private Object download(String options) {
        return template.requestBody("datagrok:table:Admin:Downloads:People?action=download" + options, (Object) null);
    }

    @Test
    void streamIsTheUnbufferedCsv() throws Exception {
        Exchange exchange = template.request("datagrok:table:Admin:Downloads:People?action=download", e -> {
        });
        Object body = exchange.getMessage().getBody();
        assertThat(body).isInstanceOf(InputStream.class);
        assertThat(exchange.getMessage().getHeader(DatagrokConstants.GROK_NAME)).isEqualTo("Admin:Downloads:People");
    }

    @Test
    void streamReachesTheNextStepUnbufferedDespiteStreamCaching() {
        assertThat(context.isStreamCaching()).isTrue(); // Camel 4's default
        Exchange exchange = template.request("direct:stream-class", e -> {
        });
        assertThat(exchange.getMessage().getHeader("bodyClass", String.class))
                .isEqualTo(DatagrokInputStream.class.getName());
    }

    @Test
    void streamReadInsideTheRoute() {
        String csv = template.requestBody("direct:read-stream", null, String.class);
        assertThat(csv).isEqualTo(CSV);
    }

    @Test
    void stringIsTheWholeCsv() {
        assertThat(download("&outputType=string")).isEqualTo(CSV);
    }

    @Test
    void rowsAreTyped() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) download("&outputType=rows");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly(Map.entry("id", 1), Map.entry("name", "Smith, Ann"),
                Map.entry("active", true), Map.entry("joined", LocalDate.of(2024, 2, 29)), Map.entry("score", 1.5));
        assertThat(rows.get(1)).containsEntry("name", "say \"hi\"").containsEntry("active", false)
                .containsEntry("joined", null).containsEntry("score", null);
        assertThat(rows.get(2)).containsEntry("name", "Zoë").containsEntry("active", true).containsEntry("score", -7);
    }

    @Test
    void iteratorFeedsAStreamingSplit() throws Exception {
        MockEndpoint row = getMockEndpoint("mock:row");
        row.expectedMessageCount(3);
        template.sendBody("direct:split", null);
        row.assertIsSatisfied();
        assertThat(row.getExchanges().get(2).getMessage().getBody(Map.class)).containsEntry("name", "Zoë");
    }

    @Test
    void iteratorIsLazyAndClosedWithTheExchange() {
        Exchange exchange = template.request("direct:iterate", e -> {
        });
        Iterator<?> rows = exchange.getMessage().getBody(Iterator.class);
        assertThat(rows).isNotInstanceOf(java.util.Collection.class);
        assertThat(exchange.getMessage().getHeader("firstRow", Map.class)).containsEntry("id", 1);
        // the exchange is complete, so the connection behind the iterator has been released
        assertThatThrownBy(rows::next).isInstanceOf(RuntimeException.class);
    }

    @Test
    void headerPicksTheTableAndTheAction() {
        emulator().tables().put("Admin:Downloads:Other", "x\n42\n");
        Object csv = template.requestBodyAndHeaders("datagrok:table:Admin:Downloads:People?outputType=string", null,
                Map.of(DatagrokConstants.TARGET, "Admin:Downloads:Other", DatagrokConstants.ACTION, "download"));
        assertThat(csv).isEqualTo("x\n42\n");
    }

    @Test
    void missingTableIsAnApiError() {
        assertThatThrownBy(() -> template.requestBody(
                "datagrok:table:Admin:Downloads:Nope?action=download&outputType=string", (Object) null))
                .hasCauseInstanceOf(DatagrokApiException.class)
                .cause().satisfies(e -> {
                    DatagrokApiException api = (DatagrokApiException) e;
                    assertThat(api.getStatusCode()).isEqualTo(200);
                    assertThat(api.getApiMessage()).contains("not found");
                    assertThat(api.getPath()).isEqualTo("/public/v1/tables/Admin.Downloads.Nope");
                });
    }

    @Test
    void largeTableStreamsThrough() throws Exception {
        StringBuilder csv = new StringBuilder("n,label\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append(i).append(",label ").append(i).append('\n');
        }
        emulator().tables().put("Admin:Downloads:Large", csv.toString());
        String read = template.requestBodyAndHeader("direct:read-stream", null, DatagrokConstants.TARGET,
                "Admin:Downloads:Large", String.class);
        assertThat(read).isEqualTo(csv.toString());
    }
}
