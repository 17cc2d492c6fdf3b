package io.github.cameldatagrok.component;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows and CSV as Camel type conversions, and what they leave alone. */
class DatagrokConvertersTest extends DatagrokTestSupport {

    private static final List<Map<String, Object>> ROWS = List.of(Map.of("id", 1), Map.of("id", 2));

    @TempDir
    Path dir;

    @Test
    void rowsConvertToCsvTextBytesAndStream() throws Exception {
        assertThat(context.getTypeConverter().convertTo(String.class, ROWS)).isEqualTo("id\n1\n2\n");
        assertThat(context.getTypeConverter().convertTo(byte[].class, ROWS))
                .isEqualTo("id\n1\n2\n".getBytes(StandardCharsets.UTF_8));
        try (InputStream in = context.getTypeConverter().convertTo(InputStream.class, ROWS)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("id\n1\n2\n");
        }
    }

    @Test
    void mapsThatMakeNoTableAreLeftToCamel() {
        // a JSON-like list (a health report's services): keys differ from map to map
        List<Map<String, Object>> services = List.of(Map.of("key", "db"), Map.of("key", "grok_connect", "error", "down"));
        assertThat(context.getTypeConverter().convertTo(String.class, services)).isEqualTo(services.toString());
        List<Map<String, Object>> nested = List.of(Map.of("a", Map.of("x", 1)));
        assertThat(context.getTypeConverter().convertTo(String.class, nested)).isEqualTo(nested.toString());
    }

    @Test
    void otherListsAreLeftAlone() {
        assertThat(context.getTypeConverter().convertTo(String.class, List.of("a", "b"))).isEqualTo("[a, b]");
    }

    @Test
    void csvDeclaredByContentTypeConvertsToRows() {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/csv; charset=UTF-8");
        exchange.getMessage().setBody("id,name\n1,Ann\n");
        assertThat(exchange.getMessage().getBody(List.class)).containsExactly(Map.of("id", 1, "name", "Ann"));
    }

    @Test
    void undeclaredTextIsNotParsedAsCsv() {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody("id,name\n1,Ann\n");
        assertThat(exchange.getMessage().getBody(List.class)).isNotEqualTo(List.of(Map.of("id", 1, "name", "Ann")));
    }

    @Test
    void csvFileConvertsToRows() throws Exception {
        File file = Files.writeString(dir.resolve("people.csv"), "id,name\n7,Zoë\n").toFile();
        assertThat(context.getTypeConverter().convertTo(List.class, file)).containsExactly(Map.of("id", 7, "name", "Zoë"));
    }

    @Test
    void csvFromTheFileComponentConvertsInARoute() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox).convertBodyTo(List.class).to("mock:rows");
            }
        });
        MockEndpoint rows = getMockEndpoint("mock:rows");
        rows.expectedMessageCount(1);
        Files.writeString(inbox.resolve("in.csv"), "a,b\n1,x\n2,y\n");
        rows.assertIsSatisfied();
        assertThat(rows.getReceivedExchanges().get(0).getMessage().getBody(List.class))
                .containsExactly(Map.of("a", 1, "b", "x"), Map.of("a", 2, "b", "y"));
    }

    @Test
    void downloadedStreamConvertsToRowsLaterInTheRoute() throws Exception {
        emulator().tables().put("Admin:Convert:T", "k,v\na,true\n");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:convert").to("datagrok:table:Admin:Convert:T?action=download").convertBodyTo(List.class);
            }
        });
        assertThat(template.requestBody("direct:convert", null, List.class)).containsExactly(Map.of("k", "a", "v", true));
    }
}
