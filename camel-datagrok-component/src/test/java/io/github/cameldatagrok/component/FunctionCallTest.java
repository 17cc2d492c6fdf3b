package io.github.cameldatagrok.component;

import io.github.cameldatagrok.transport.HttpConnectionPool;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.emulator.functions.DataFrame;
import io.github.cameldatagrok.emulator.functions.FunctionParam;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** datagrok:call against the emulator's function registry: inputs of every form, outputs of every shape. */
class FunctionCallTest extends DatagrokTestSupport {

    @BeforeEach
    void registerTestFunctions() {
        // dataframe in, scalars out: proves the CSV the component sent arrived as a table
        emulator().functions().register("Test:Summary", List.of(FunctionParam.in("table", "dataframe"),
                FunctionParam.out("rows", "int"), FunctionParam.out("columns", "string")), in -> {
                    DataFrame table = (DataFrame) in.get("table");
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("rows", table.size());
                    out.put("columns", String.join("|", table.columns()) + ":" + table.rows().get(0).values());
                    return out;
                });
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:iterate").to("datagrok:call:Demo:Squares?outputType=iterator")
                        .process(e -> {
                            List<Object> rows = new ArrayList<>();
                            e.getMessage().getBody(Iterator.class).forEachRemaining(rows::add);
                            e.getMessage().setBody(rows);
                        });
                from("direct:thread").to("datagrok:call:Sin")
                        .process(e -> e.getMessage().setHeader("thread", Thread.currentThread().getName()));
            }
        };
    }

    private Object call(String uri, Object body, Map<String, Object> headers) {
        return template.requestBodyAndHeaders(uri, body, headers == null ? Map.of() : headers);
    }

    @Test
    void oneScalarOutputBecomesTheBodyAsJavaValue() {
        assertThat(call("datagrok:call:Sin", Map.of("x", 0), null)).isEqualTo(0.0);
        assertThat(call("datagrok:call:Abs", "{\"x\": -3.5}", null)).isEqualTo(3.5);
        assertThat(call("datagrok:call:Sin", "{\"x\": 0}".getBytes(StandardCharsets.UTF_8), null)).isEqualTo(0.0);
        assertThat(call("datagrok:call:Sin", new java.io.ByteArrayInputStream("{\"x\": 0}".getBytes(StandardCharsets.UTF_8)),
                null)).isEqualTo(0.0);
        assertThat(emulator().requests("POST", "/public/v1/functions/Abs/call")).hasSize(1);
        assertThat(emulator().requests("POST", "/public/v1/functions/Abs/call").get(0).contentType())
                .startsWith("application/json");
    }

    @Test
    void inputsFromHeadersWinOverTheBody() {
        Object result = call("datagrok:call:Demo:DivMod", Map.of("a", 100, "b", 7),
                Map.of(DatagrokConstants.INPUT_PREFIX + "a", 17, DatagrokConstants.INPUT_PREFIX + "b", 5));
        assertThat(result).isEqualTo(Map.of("quotient", 3, "remainder", 2));
        assertThat(call("datagrok:call:Demo:DivMod", null,
                Map.of(DatagrokConstants.INPUT_PREFIX + "a", -7, DatagrokConstants.INPUT_PREFIX + "b", 2)))
                .isEqualTo(Map.of("quotient", -4, "remainder", 1));
        // the colon of the Grok name is sent as a period
        assertThat(emulator().requests("POST", "/public/v1/functions/Demo\\.DivMod/call")).hasSize(2);
    }

    @Test
    void severalOutputsBecomeAMapInDeclaredOrder() {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) call("datagrok:call:Demo:DivMod", "{\"a\":9,\"b\":4}", null);
        assertThat(result.keySet()).containsExactly("quotient", "remainder");
        assertThat(result.get("quotient")).isInstanceOf(Integer.class).isEqualTo(2);
    }

    @Test
    void dataframeOutputAsRowsIteratorStringOrStream() throws Exception {
        Map<String, Object> n3 = Map.of("n", 3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) call("datagrok:call:Demo:Squares?outputType=rows", n3, null);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).containsEntry("x", 3).containsEntry("square", 9);

        // an iterator is read within the route: it is closed when the exchange completes
        assertThat(template.requestBody("direct:iterate", n3)).isEqualTo(rows);

        assertThat(call("datagrok:call:Demo:Squares?outputType=string", n3, null))
                .isEqualTo("x,square\n1,1\n2,4\n3,9\n");
        Exchange exchange = template.request("datagrok:call:Demo:Squares", e -> e.getMessage().setBody(n3));
        try (InputStream csv = exchange.getMessage().getBody(InputStream.class)) {
            assertThat(new String(csv.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("x,square\n1,1\n2,4\n3,9\n");
        }
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo(TableBodies.CSV_CONTENT_TYPE);
    }

    @Test
    void queryLikeFunctionReturnsAStoredTable() {
        emulator().tables().put("Admin:Sales:Orders", "id,region,amount\n1,North,10.5\n2,South,4\n");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) call(
                "datagrok:call:Demo:ReadTable?outputType=rows", Map.of("table", "Admin:Sales:Orders"), null);
        assertThat(rows).extracting(r -> r.get("region")).containsExactly("North", "South");
        assertThat(rows.get(0).get("amount")).isEqualTo(10.5);
    }

    @Test
    void dataframeInputsAsRowsOrCsv() {
        List<Map<String, Object>> rows = List.of(Map.of("region", "North", "amount", 1.5),
                Map.of("region", "South", "amount", 2));
        @SuppressWarnings("unchecked")
        Map<String, Object> fromRows = (Map<String, Object>) call("datagrok:call:Test:Summary",
                Map.of("table", rows), null);
        assertThat(fromRows.get("rows")).isEqualTo(2);
        assertThat((String) fromRows.get("columns")).matches("(region\\|amount:\\[North, 1.5\\]|amount\\|region:\\[1.5, North\\])");

        @SuppressWarnings("unchecked")
        Map<String, Object> fromCsv = (Map<String, Object>) call("datagrok:call:Test:Summary", null,
                Map.of(DatagrokConstants.INPUT_PREFIX + "table", "a,b\n1,2\n3,4\n5,6\n"));
        assertThat(fromCsv).containsEntry("rows", 3).containsEntry("columns", "a|b:[1, 2]");

        // an iterator of rows, as a streaming database query hands them over
        @SuppressWarnings("unchecked")
        Map<String, Object> fromIterator = (Map<String, Object>) call("datagrok:call:Test:Summary",
                Map.of("table", rows.iterator()), null);
        assertThat(fromIterator.get("rows")).isEqualTo(2);
    }

    @Test
    void unknownFunctionIsAnErrorNamingIt() {
        assertThatThrownBy(() -> call("datagrok:call:NoSuch:Func", Map.of(), null))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(DatagrokApiException.class)
                .satisfies(e -> {
                    DatagrokApiException api = (DatagrokApiException) e;
                    assertThat(api.getStatusCode()).isEqualTo(200);
                    assertThat(api.getApiMessage()).contains("Function not found").contains("NoSuch.Func");
                });
        // an ApiError on HTTP 200 is final: no fallback to the older route
        assertThat(emulator().requests("POST", "/public/v1/NoSuch\\.Func/call")).isEmpty();
    }

    @Test
    void functionFailureIsAnError() {
        assertThatThrownBy(() -> call("datagrok:call:Demo:DivMod", Map.of("a", 1, "b", 0), null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("Division by zero"));
        assertThatThrownBy(() -> call("datagrok:call:Demo:DivMod", Map.of("a", 1), null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("missing input 'b'"));
    }

    @Test
    void badInputFailsBeforeAnythingIsSent() {
        emulator().clearRequests();
        assertThatThrownBy(() -> call("datagrok:call", Map.of("x", 1), null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("No Datagrok call given")
                        .contains(DatagrokConstants.TARGET));
        assertThatThrownBy(() -> call("datagrok:call:Sin", "x=1", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("The body of a datagrok:call is not JSON"));
        assertThatThrownBy(() -> call("datagrok:call:Sin", "{\"x\":1} {\"y\":2}", null))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(rootMessage(e)).contains("The body of a datagrok:call is not JSON"));
        assertThatThrownBy(() -> call("datagrok:call:Sin", "[1, 2]", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("must be a JSON object").contains("array"));
        assertThatThrownBy(() -> call("datagrok:call:Sin", 42, null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("Unsupported body type java.lang.Integer"));
        assertThatThrownBy(() -> call("datagrok:call:Sin", null, Map.of(DatagrokConstants.INPUT_PREFIX, 1)))
                .satisfies(e -> assertThat(rootMessage(e)).contains("names no input"));
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void targetHeaderNamesTheFunctionPerMessage() {
        Object result = template.requestBodyAndHeader("datagrok:call", Map.of("x", -2), DatagrokConstants.TARGET, "Abs");
        assertThat(result).isEqualTo(2.0);
    }

    @Test
    void theRouteContinuesOnTheAsyncClientsThreadAndManyCallsRunAtOnce() throws Exception {
        assertThat(template.request("direct:thread", e -> e.getMessage().setBody(Map.of("x", 1)))
                .getMessage().getHeader("thread", String.class)).startsWith(HttpConnectionPool.IO_THREAD_NAME);

        List<CompletableFuture<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            calls.add(template.asyncRequestBody("datagrok:call:Demo:DivMod", Map.of("a", i, "b", 3)));
        }
        for (int i = 0; i < 64; i++) {
            assertThat(calls.get(i).get()).isEqualTo(Map.of("quotient", i / 3, "remainder", i % 3));
        }
    }
}
