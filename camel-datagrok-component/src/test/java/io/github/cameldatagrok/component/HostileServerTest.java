package io.github.cameldatagrok.component;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.client.DatagrokClient;
import io.github.cameldatagrok.client.DatagrokClientConfig;
import io.github.cameldatagrok.emulator.Fault;
import io.github.cameldatagrok.transport.RequestDeadlineException;
import io.github.cameldatagrok.transport.ResponseTooLargeException;
import io.github.cameldatagrok.transport.testing.FakeHttpServer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * Routes against servers that answer badly (a raw-socket fake server where the emulator cannot play the fault):
 * each gets a clear error, never data, within its timeouts, and the shared pool and reactor go on serving.
 */
class HostileServerTest extends DatagrokTestSupport {

    @TempDir
    Path dir;

    private FakeHttpServer server;

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** The URI aimed at the fake server, with one attempt (the point is the answer, not the retries). */
    private String atFake(String uri) {
        return uri + (uri.contains("?") ? "&" : "?") + "baseUrl=" + server.baseUrl() + "/api&maxAttempts=1";
    }

    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + e, e);
    }

    private static void awaitRequests(FakeHttpServer server, int count) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(server.requests()).hasSizeGreaterThanOrEqualTo(count));
    }

    // ---------------------------------------------------------------- redirects

    @Test
    void aRedirectIsAnErrorNamingItsLocationForDownloadsConsumersAndFiles() throws Exception {
        server = FakeHttpServer.start((request, out) -> FakeHttpServer.answer(out, 302, "Found", "text/html",
                "<html><body>Moved</body></html>", "Location: https://datagrok.example" + request.target()));

        Throwable table = catchThrowable(() -> template.requestBody(
                atFake("datagrok:table:Admin:Moved:T?action=download&outputType=string"), (Object) null));
        DatagrokApiException api = causeOf(table, DatagrokApiException.class);
        assertThat(api.getStatusCode()).isEqualTo(302);
        assertThat(api.getMessage()).contains("https://datagrok.example/api/public/v1/tables/Admin.Moved.T");

        Throwable file = catchThrowable(() -> template.requestBody(atFake(
                "datagrok:file:System:DemoFiles/in/a.csv?action=download&outputType=file&localPath=" + dir), (Object) null));
        assertThat(causeOf(file, DatagrokApiException.class).getStatusCode()).isEqualTo(302);
        try (var written = Files.list(dir)) {
            assertThat(written).isEmpty();
        }

        int before = server.requests().size();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(atFake("datagrok:table:Admin:Moved:T?delay=50&initialDelay=0")).routeId("redirected")
                        .to("mock:redirected");
            }
        });
        awaitRequests(server, before + 3);
        assertThat(getMockEndpoint("mock:redirected").getReceivedCounter()).isZero();
        context.getRouteController().stopRoute("redirected");
    }

    @Test
    void aTableDownloadAnsweredWithAnHtmlPageIsRefused() {
        emulator().tables().put("Admin:Proxied:T", "id\n1\n");
        emulator().faults().add(Fault.on("GET", "/public/v1/tables/.*").status(200)
                .body("text/html; charset=utf-8", "<html><form>Sign in</form></html>"));

        Throwable e = catchThrowable(() -> template.requestBody(
                "datagrok:table:Admin:Proxied:T?action=download&outputType=string", (Object) null));
        assertThat(causeOf(e, DatagrokApiException.class).getMessage()).contains("HTML").contains("text/html");
    }

    // ---------------------------------------------------------------- limits

    @Test
    void aHeaderLineWithoutEndFailsTheDownloadNotTheJvm() throws Exception {
        server = FakeHttpServer.start((request, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nX-Junk: ".getBytes(StandardCharsets.US_ASCII));
            FakeHttpServer.fill(out, 64L * 1024 * 1024, (byte) 'j');
        });
        Throwable e = catchThrowable(() -> template.requestBody(
                atFake("datagrok:table:Admin:Junk:T?action=download&outputType=string"), (Object) null));
        causeOf(e, UncheckedIOException.class);
    }

    @Test
    void aHugeFunctionAnswerFailsAtMaxResponseSizeAndTheReactorServesTheNextCall() throws Exception {
        server = FakeHttpServer.start((request, out) -> {
            if (!"POST".equals(request.method())) {
                FakeHttpServer.answer(out, 404, "Not Found", "application/json", "{\"message\":\"no\"}");
            } else if (request.target().contains("Failing")) {
                FakeHttpServer.head(out, 500, "text/plain", 1L << 30);
                FakeHttpServer.fill(out, 1L << 30, (byte) 'e');
            } else {
                FakeHttpServer.head(out, 200, "application/json", 1L << 30);
                out.write('"');
                FakeHttpServer.fill(out, (1L << 30) - 1, (byte) 'x');
            }
        });
        long start = System.nanoTime();
        Throwable big = catchThrowable(() -> template.requestBody(
                atFake("datagrok:call:Big?maxResponseSize=1048576&responseTimeout=5000"), Map.of()));
        causeOf(big, ResponseTooLargeException.class);
        Throwable failing = catchThrowable(() -> template.requestBody(
                atFake("datagrok:call:Failing?responseTimeout=5000"), Map.of()));
        assertThat(causeOf(failing, DatagrokApiException.class).getStatusCode()).isEqualTo(500);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));

        // the pool's one reactor is alive: the next call (to the emulator) is answered
        assertThat(template.requestBody("datagrok:call:Sin", Map.of("x", 0))).isEqualTo(0.0);
    }

    // ---------------------------------------------------------------- deadlines

    /** Answers a JSON (or CSV) body one byte every 200 ms: the socket is never silent for long. */
    private static void dribble(OutputStream out, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FakeHttpServer.head(out, 200, contentType, body.isEmpty() ? 1_000_000 : bytes.length);
        for (int i = 0; body.isEmpty() || i < bytes.length; i++) {
            out.write(body.isEmpty() ? (i == 0 ? '[' : ' ') : bytes[i]);
            out.flush();
            Thread.sleep(200);
        }
    }

    @Test
    void jsonRequestsEndAtRequestTimeoutWhileStreamedDownloadsOnlyHaveTheSocketTimeout() throws Exception {
        String csv = "id\n1\n2\n3\n4\n5\n"; // 14 bytes: about 2.8 s
        server = FakeHttpServer.start((request, out) -> dribble(out,
                request.target().contains("/tables/") ? "text/csv" : "application/json",
                request.target().contains("/tables/") ? csv : ""));

        long start = System.nanoTime();
        Throwable group = catchThrowable(() -> template.requestBody(
                atFake("datagrok:group:Devs?requestTimeout=1500&responseTimeout=3000"), (Object) null));
        causeOf(group, RequestDeadlineException.class);
        Throwable call = catchThrowable(() -> template.requestBody(
                atFake("datagrok:call:Slow?requestTimeout=1500&responseTimeout=3000"), Map.of()));
        causeOf(call, RequestDeadlineException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(12));

        Object download = template.requestBody(
                atFake("datagrok:table:Admin:Slow:T?action=download&outputType=string&requestTimeout=500"
                        + "&responseTimeout=3000"), (Object) null);
        assertThat(download).isEqualTo(csv);
    }

    // ---------------------------------------------------------------- truncated multipart parts

    private static final String SHORT_PART = "--XYZ\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
            + "X-File-Status: modified\r\nX-File-E-Tag: e1\r\nContent-Length: 1000000\r\n\r\n"
            + "hello\r\n--XYZ--\r\n";

    private void serveShortPart() throws Exception {
        server = FakeHttpServer.start((request, out) -> FakeHttpServer.answer(out, 200, "OK",
                "multipart/form-data; boundary=XYZ", SHORT_PART));
    }

    @Test
    void aPartShorterThanItsContentLengthFailsTheSyncWithNothingWritten() throws Exception {
        serveShortPart();
        try (DatagrokClient client = new DatagrokClient(DatagrokClientConfig.builder()
                .baseUrl(server.baseUrl() + "/api").apiKey("k").build())) {
            Throwable e = catchThrowable(() -> client.files().syncDirectory("System:DemoFiles", "in", dir, null));
            assertThat(e).hasMessageContaining("declares Content-Length 1000000");
        }
        try (var written = Files.list(dir)) {
            assertThat(written).isEmpty(); // neither a.csv nor .sync_meta.json
        }
    }

    @Test
    void aPartShorterThanItsContentLengthFailsThePollAndNothingIsRecorded() throws Exception {
        serveShortPart();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the part read live: the route's read fails, so does its exchange
                from(atFake("datagrok:file:System:DemoFiles/in/?delay=50&initialDelay=0&workDirectory="
                        + dir.resolve("live"))).routeId("short")
                        .convertBodyTo(String.class).to("mock:short");
                // the part spooled first: the poll itself fails
                from(atFake("datagrok:file:System:DemoFiles/in/?delay=50&initialDelay=0&spoolThreshold=0"
                        + "&workDirectory=" + dir.resolve("spooled")))
                        .routeId("short-spooled").to("mock:short");
            }
        });
        awaitRequests(server, 6);
        context.getRouteController().stopRoute("short");
        context.getRouteController().stopRoute("short-spooled");
        MockEndpoint received = getMockEndpoint("mock:short");
        assertThat(received.getReceivedCounter()).isZero();
        // every poll sent the same (empty) eTags: the short part's eTag was never recorded
        assertThat(server.requests()).allSatisfy(r -> assertThat(new String(r.body(), StandardCharsets.UTF_8))
                .isEqualTo("{}"));
    }
}
