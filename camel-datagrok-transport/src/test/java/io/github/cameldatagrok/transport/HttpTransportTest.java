package io.github.cameldatagrok.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.transport.testing.FakeHttpServer;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/** The transport against servers that answer badly: what fails, how fast, and that shared resources survive. */
class HttpTransportTest {

    private static final String TOKEN = "s3cret-token-value";

    /** The vendor exception of these tests: carries the failure the transport handed to the mapper. */
    static final class VendorException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient HttpFailure failure;

        VendorException(HttpFailure failure) {
            super("HTTP " + failure.status() + ": " + (failure.isRedirect() ? failure.redirectMessage()
                    : failure.reasonPhrase()));
            this.failure = failure;
        }
    }

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    private FakeHttpServer server(FakeHttpServer.Responder responder) throws IOException {
        FakeHttpServer server = FakeHttpServer.start(responder);
        resources.add(server);
        return server;
    }

    private HttpConnectionPool pool() {
        HttpConnectionPool pool = HttpConnectionPool.builder().build();
        resources.add(0, pool);
        return pool;
    }

    private HttpTransport transport(FakeHttpServer server, HttpConnectionPool pool,
                                    Consumer<HttpTransportConfig.Builder> settings) {
        HttpTransportConfig.Builder config = HttpTransportConfig.builder().baseUrl(server.baseUrl())
                .authorization(HttpAuthorization.bearer(TOKEN)).retryDelay(Duration.ofMillis(10));
        settings.accept(config);
        HttpTransport transport = new HttpTransport(config.build(), pool, VendorException::new);
        resources.add(0, transport);
        return transport;
    }

    private static JsonNode get(HttpTransport transport) {
        return transport.callJson(new HttpGet(transport.uri("/x")), "/x", RequestOptions.idempotent());
    }

    private static CompletableFuture<JsonNode> getAsync(HttpTransport transport) {
        return transport.callJsonAsync(SimpleRequestBuilder.get(transport.uri("/x")).build(), "/x",
                RequestOptions.idempotent());
    }

    private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
        try {
            future.get(30, TimeUnit.SECONDS);
            throw new AssertionError("the request did not fail");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    /** The async client hands a connection back just after completing the answer: wait for it, briefly. */
    static void awaitNoLeases(HttpConnectionPool pool) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(pool.leasedConnections()).isZero());
    }

    private static long reactorThreads(HttpConnectionPool pool) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(pool.ioThreadNamePrefix())).count();
    }

    // ---------------------------------------------------------------- redirects

    @Test
    void aRedirectIsAFailureNamingStatusAndLocationAndIsNeverFollowed() throws Exception {
        FakeHttpServer other = server((request, out) -> FakeHttpServer.answer(out, 200, "OK", "application/json", "{}"));
        FakeHttpServer server = server((request, out) -> FakeHttpServer.answer(out, 302, "Found", "text/html",
                "<html>login</html>", "Location: " + other.baseUrl() + "/login"));
        HttpTransport transport = transport(server, pool(), c -> { });

        VendorException classic = (VendorException) catchThrowable(() -> get(transport));
        assertThat(classic.failure.status()).isEqualTo(302);
        assertThat(classic.failure.location()).isEqualTo(other.baseUrl() + "/login");
        assertThat(classic.getMessage()).contains(other.baseUrl() + "/login");
        assertThatThrownBy(() -> transport.openStream(new HttpGet(transport.uri("/x")), "/x",
                RequestOptions.idempotent())).isInstanceOf(VendorException.class);
        assertThat(failureOf(getAsync(transport))).isInstanceOf(VendorException.class);
        assertThat(other.requests()).isEmpty(); // the Authorization header never went to the other host
        assertThat(classic.getMessage()).doesNotContain(TOKEN);
    }

    // ---------------------------------------------------------------- header limits

    /** A status line, then one header line that goes on for {@code size} bytes. */
    private static void endlessHeader(OutputStream out, long size) throws IOException {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Big: ".getBytes(StandardCharsets.US_ASCII));
        FakeHttpServer.fill(out, size, (byte) 'a');
        out.write("\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aHeaderLineOverTheLimitFailsTheRequestOnBothClients() throws Exception {
        FakeHttpServer server = server((request, out) -> endlessHeader(out, 8L * 1024 * 1024));
        HttpTransport transport = transport(server, pool(), c -> c.maxAttempts(1));

        assertThatThrownBy(() -> get(transport)).isInstanceOf(UncheckedIOException.class);
        assertThat(failureOf(getAsync(transport))).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void tooManyHeadersFailTheRequestOnBothClients() throws Exception {
        FakeHttpServer server = server((request, out) -> {
            StringBuilder headers = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
            for (int i = 0; i < 5000; i++) {
                headers.append("X-H").append(i).append(": v\r\n");
            }
            out.write(headers.append("Content-Length: 2\r\n\r\n{}").toString().getBytes(StandardCharsets.US_ASCII));
        });
        HttpTransport transport = transport(server, pool(), c -> c.maxAttempts(1));

        assertThatThrownBy(() -> get(transport)).isInstanceOf(UncheckedIOException.class);
        assertThat(failureOf(getAsync(transport))).isInstanceOf(UncheckedIOException.class);
    }

    // ---------------------------------------------------------------- size caps

    @Test
    void aJsonAnswerPastTheCapFailsAtTheCapAndTheReactorLivesOn() throws Exception {
        long huge = 1L << 30; // 1 GiB announced; the transport stops reading at the cap
        FakeHttpServer server = server((request, out) -> {
            if (request.target().endsWith("/ok")) {
                FakeHttpServer.answer(out, 200, "OK", "application/json", "{\"ok\":true}");
                return;
            }
            FakeHttpServer.head(out, 200, "application/json", request.target().endsWith("/chunked") ? -1 : huge);
            if (request.target().endsWith("/chunked")) {
                for (int i = 0; i < 10_000; i++) {
                    out.write(("10000\r\n").getBytes(StandardCharsets.US_ASCII));
                    FakeHttpServer.fill(out, 0x10000, (byte) ' ');
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            } else {
                out.write('[');
                FakeHttpServer.fill(out, huge - 1, (byte) ' ');
            }
        });
        HttpConnectionPool pool = pool();
        HttpTransport transport = transport(server, pool, c -> c.maxResponseSize(1024 * 1024));

        Throwable classic = catchThrowable(() -> get(transport));
        assertThat(classic).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(ResponseTooLargeException.class);
        for (String path : List.of("/x", "/chunked")) {
            Throwable async = failureOf(transport.callJsonAsync(SimpleRequestBuilder.get(transport.uri(path)).build(),
                    path, RequestOptions.idempotent()));
            assertThat(async).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(ResponseTooLargeException.class);
        }
        // the shared reactor still serves requests
        JsonNode ok = transport.callJsonAsync(SimpleRequestBuilder.get(transport.uri("/ok")).build(), "/ok",
                RequestOptions.idempotent()).get(10, TimeUnit.SECONDS);
        assertThat(ok.path("ok").asBoolean()).isTrue();
        awaitNoLeases(pool);
    }

    @Test
    void anErrorBodyIsCutAtItsCapOnBothClients() throws Exception {
        FakeHttpServer server = server((request, out) -> {
            FakeHttpServer.head(out, 500, "text/plain", 1L << 30);
            FakeHttpServer.fill(out, 1L << 30, (byte) 'e');
        });
        HttpTransport transport = transport(server, pool(), c -> c.maxAttempts(1).maxErrorBodySize(4096));

        VendorException classic = (VendorException) catchThrowable(() -> get(transport));
        assertThat(classic.failure.status()).isEqualTo(500);
        assertThat(classic.failure.body()).hasSize(4096);
        assertThat(classic.failure.isBodyTruncated()).isTrue();
        VendorException async = (VendorException) failureOf(getAsync(transport));
        assertThat(async.failure.status()).isEqualTo(500);
        assertThat(async.failure.body()).hasSize(4096);
        assertThat(async.failure.isBodyTruncated()).isTrue();
    }

    // ---------------------------------------------------------------- deadlines

    /** A JSON body sent one byte every 200 ms: the socket never falls silent long enough for the socket timeout. */
    private static void dribble(OutputStream out, int bytes) throws Exception {
        FakeHttpServer.head(out, 200, "application/json", bytes < 0 ? 1_000_000 : bytes);
        for (int i = 0; bytes < 0 || i < bytes; i++) {
            out.write(i == 0 ? '[' : ' ');
            out.flush();
            Thread.sleep(200);
        }
    }

    @Test
    void aJsonRequestFailsAtItsTotalDeadlineHoweverSteadilyTheServerDribbles() throws Exception {
        FakeHttpServer server = server((request, out) -> dribble(out, -1));
        HttpTransport transport = transport(server, pool(), c -> c.requestTimeout(Duration.ofSeconds(1))
                .responseTimeout(Duration.ofSeconds(3)));

        long start = System.nanoTime();
        Throwable classic = catchThrowable(() -> get(transport));
        assertThat(classic).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(RequestDeadlineException.class);
        Throwable async = failureOf(getAsync(transport));
        assertThat(async).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(RequestDeadlineException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aStreamedDownloadHasNoTotalDeadlineOnlyTheSocketTimeout() throws Exception {
        FakeHttpServer server = server((request, out) -> dribble(out, 12)); // about 2.4 s in all
        HttpTransport transport = transport(server, pool(), c -> c.requestTimeout(Duration.ofMillis(500))
                .responseTimeout(Duration.ofSeconds(3)));

        try (InputStream in = transport.openStream(new HttpGet(transport.uri("/x")), "/x", RequestOptions.idempotent())) {
            assertThat(in.readAllBytes()).hasSize(12);
        }
    }

    @Test
    void closingAHalfReadDownloadDiscardsTheConnectionInsteadOfDrainingIt() throws Exception {
        FakeHttpServer server = server((request, out) -> {
            FakeHttpServer.head(out, 200, "application/octet-stream", 1L << 40); // 1 TiB: draining never ends
            FakeHttpServer.fill(out, 1L << 40, (byte) 'x');
        });
        HttpConnectionPool pool = pool();
        HttpTransport transport = transport(server, pool, c -> { });

        long start = System.nanoTime();
        try (InputStream in = transport.openStream(new HttpGet(transport.uri("/big")), "/big",
                RequestOptions.idempotent())) {
            assertThat(in.readNBytes(1000)).hasSize(1000);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        awaitNoLeases(pool);
    }

    // ---------------------------------------------------------------- shared resources

    @Test
    void anErrorWhileWritingABodyReachesTheCallerAndThePoolSurvives() throws Exception {
        FakeHttpServer server = server((request, out) -> FakeHttpServer.answer(out, 200, "OK", "application/json",
                "{\"ok\":true}"));
        HttpConnectionPool pool = pool();
        HttpTransport transport = transport(server, pool, c -> { });
        StreamedBody overflowing = out -> {
            out.write("a,b\n".getBytes(StandardCharsets.US_ASCII));
            throw new StackOverflowError("row iterator");
        };

        HttpPost post = new HttpPost(transport.uri("/upload"));
        transport.setBody(post, overflowing, ContentType.TEXT_PLAIN);
        assertThatThrownBy(() -> transport.callJson(post, "/upload", RequestOptions.once()))
                .isInstanceOf(StackOverflowError.class);

        assertThat(pool.isClosed()).isFalse();
        assertThat(get(transport).path("ok").asBoolean()).isTrue();
        awaitNoLeases(pool);
    }

    @Test
    void allTransportsOfAPoolShareOneReactor() throws Exception {
        FakeHttpServer server = server((request, out) -> FakeHttpServer.answer(out, 200, "OK", "application/json", "1"));
        HttpConnectionPool pool = pool();
        assertThat(getAsync(transport(server, pool, c -> { })).get(10, TimeUnit.SECONDS).asInt()).isEqualTo(1);
        long forOne = reactorThreads(pool);
        assertThat(forOne).isBetween(1L, HttpConnectionPool.IO_THREADS + 1L); // I/O threads plus the dispatcher

        List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            calls.add(getAsync(transport(server, pool, c -> { })));
        }
        for (CompletableFuture<JsonNode> call : calls) {
            assertThat(call.get(10, TimeUnit.SECONDS).asInt()).isEqualTo(1);
        }
        assertThat(reactorThreads(pool)).isEqualTo(forOne);
    }

    // ---------------------------------------------------------------- secrets

    @Test
    void credentialsAreSentButNeverShown() throws Exception {
        FakeHttpServer server = server((request, out) -> FakeHttpServer.answer(out, 401, "Unauthorized", "text/plain",
                "no"));
        HttpTransport transport = transport(server, pool(), c -> { });

        Throwable failure = catchThrowable(() -> get(transport));
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(failure.getMessage()).doesNotContain(TOKEN);
        assertThat(transport.toString()).doesNotContain(TOKEN);
        assertThat(transport.config().toString()).doesNotContain(TOKEN);
        assertThat(HttpAuthorization.basic("grafana", "pw").headerValue()).isEqualTo("Basic Z3JhZmFuYTpwdw==");
        assertThat(HttpAuthorization.basic("grafana", "pw").toString()).doesNotContain("Z3JhZmFuYTpwdw");
    }
}
