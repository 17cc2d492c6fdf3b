package io.github.cameldatagrok.component;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.emulator.Fault;
import io.github.cameldatagrok.transport.HttpConnectionPool;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * One exchange's failure never costs the others: the pool survives an Error, every failing answer is closed (a pool
 * of two connections per route serves on after 100 failures), wrong options fail at start before anything is sent,
 * and all endpoints of a pool share one I/O reactor.
 */
class SharedResourcesTest extends DatagrokTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("datagrok", DatagrokComponent.class).getConfiguration().setConnectionsPerRoute(2);
        return context;
    }

    private HttpConnectionPool pool() {
        return context.getEndpoint("datagrok:group?action=list", DatagrokEndpoint.class).getClient().transport().pool();
    }

    private void awaitNoLeases() {
        HttpConnectionPool pool = pool();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(pool.leasedConnections()).isZero());
    }

    @Test
    void anErrorFromARowIteratorFailsItsExchangeAndEveryOtherEndpointWorksOn() throws Exception {
        Iterator<Map<String, Object>> overflowing = new Iterator<>() {
            private int row;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                if (row++ < 3) {
                    return Map.of("id", row);
                }
                throw new StackOverflowError("a row that recursed too deep");
            }
        };
        Throwable e = catchThrowable(() -> template.requestBody("datagrok:table:Admin:Overflow:T", overflowing));
        assertThat(HostileServerTest.causeOf(e, StackOverflowError.class)).isNotNull();
        assertThat(emulator().tables().find("Admin:Overflow:T")).isEmpty(); // the half upload was not taken

        // the shared pool is alive: tables, groups and files on other endpoints
        template.requestBody("datagrok:table:Admin:Overflow:Other", "id\n1\n");
        assertThat(storedCsv("Admin:Overflow:Other")).isEqualTo("id\n1\n");
        assertThat(template.requestBody("datagrok:group?action=list", (Object) null, List.class)).isNotNull();
        template.requestBodyAndHeader("datagrok:file:System:DemoFiles/after-error.txt", "still here",
                "CamelFileName", "after-error.txt");
        assertThat(pool().isClosed()).isFalse();
        awaitNoLeases();
    }

    @Test
    void aHundredFailingMessagesLeaveNoConnectionLeased() throws Exception {
        emulator().tables().put("Admin:Fail:Dropped", "id\n" + "1\n".repeat(10_000));
        emulator().tables().put("Admin:Fail:Html", "id\n1\n");
        emulator().faults().add(Fault.on("GET", "/public/v1/tables/Admin.Fail.Dropped").dropConnectionAfterBytes(100));
        emulator().faults().add(Fault.on("GET", "/public/v1/tables/Admin.Fail.Html").status(200)
                .body("text/html", "<html>login</html>"));
        emulator().faults().add(Fault.on("GET", "/public/v1/groups/.*").status(500, "boom"));
        List<String> failing = List.of(
                "datagrok:table:Admin:Fail:Missing?action=download&outputType=string", // ApiError on 200
                "datagrok:table:Admin:Fail:Dropped?action=download&outputType=rows",    // cut mid-body
                "datagrok:table:Admin:Fail:Html?action=download",                        // HTML refused
                "datagrok:file:System:DemoFiles/missing.txt?action=download&outputType=bytes",
                "datagrok:group:Nobody?action=get&maxAttempts=1",                        // HTTP 500
                "datagrok:call:No:Such");                                                // ApiError, async
        for (int i = 0; i < 100; i++) {
            String uri = failing.get(i % failing.size());
            Object body = uri.startsWith("datagrok:call") ? Map.of() : null;
            Throwable e = catchThrowable(() -> template.requestBody(uri, body));
            assertThat(e).as(uri).isNotNull();
        }
        // a wrong per-message action is refused before anything is sent
        int before = emulator().requests().size();
        Throwable wrongAction = catchThrowable(() -> template.requestBodyAndHeader("datagrok:table:Admin:Fail:Html",
                "id\n1\n", DatagrokConstants.ACTION, "delete"));
        assertThat(HostileServerTest.causeOf(wrongAction, IllegalArgumentException.class))
                .hasMessageContaining("[upload, download]");
        assertThat(emulator().requests()).hasSize(before);

        awaitNoLeases();
        emulator().faults().clear();
        assertThat(template.requestBody("datagrok:table:Admin:Fail:Html?action=download&outputType=string",
                (Object) null)).isEqualTo("id\n1\n");
    }

    @Test
    void anOptionTheOperationDoesNotSupportFailsTheRouteAtStartListingWhatItSupports() {
        for (String[] wrong : new String[][] {
                {"datagrok:table:Admin:X:Y?action=download&outputType=bytes", "[stream, string, rows, iterator]"},
                {"datagrok:table:Admin:X:Y?action=sync", "[upload, download]"},
                {"datagrok:call:Sin?action=download", "[call, list, describe, save]"},
                {"datagrok:health?action=get", "takes no action"},
                {"datagrok:group:Devs?outputType=rows", "has no outputType"}}) {
            Throwable e = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:wrong-" + wrong[0].hashCode()).to(wrong[0]);
                }
            }));
            assertThat(HostileServerTest.causeOf(e, IllegalArgumentException.class)).as(wrong[0])
                    .hasMessageContaining(wrong[1]);
        }
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void fiftyCallEndpointsShareOneReactor() {
        assertThat(template.requestBody("datagrok:call:Sin", Map.of("x", 0))).isEqualTo(0.0);
        String prefix = pool().ioThreadNamePrefix();
        long forOne = reactorThreads(prefix);
        for (int i = 0; i < 50; i++) {
            // distinct URIs: 50 endpoints, each with its own client, on the component's one pool
            assertThat(template.requestBody("datagrok:call:Sin?responseTimeout=" + (60_000 + i), Map.of("x", 0)))
                    .isEqualTo(0.0);
        }
        assertThat(reactorThreads(prefix)).isEqualTo(forOne).isLessThanOrEqualTo(4);
    }

    private static long reactorThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).count();
    }
}
