package io.github.cameldatagrok.component;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.emulator.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retries against faults injected into the emulator: which requests, how often, how long apart. */
class RetryTest extends DatagrokTestSupport {

    private static final String TABLE = "Admin:Retries:T";
    private static final String DOWNLOAD = "datagrok:table:" + TABLE + "?action=download&outputType=string";
    private static final String TABLE_PATH = "/public/v1/tables/Admin.Retries.T";

    @BeforeEach
    void seed() {
        emulator().tables().put(TABLE, "a\n1\n");
        emulator().clearRequests();
    }

    private long requestsTo(String method) {
        return emulator().requests().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(TABLE_PATH)).count();
    }

    @Test
    void getIsRetriedAfter503() {
        emulator().faults().add(Fault.on("GET", TABLE_PATH).status(503).times(2));
        assertThat(template.requestBody(DOWNLOAD, (Object) null)).isEqualTo("a\n1\n");
        assertThat(requestsTo("GET")).isEqualTo(3);
    }

    @Test
    void getIsRetriedAfter429HonouringRetryAfter() {
        emulator().faults().add(Fault.on("GET", TABLE_PATH).status(429).retryAfterSeconds(1).times(1));
        long start = System.nanoTime();
        assertThat(template.requestBody(DOWNLOAD, (Object) null)).isEqualTo("a\n1\n");
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(requestsTo("GET")).isEqualTo(2);
        // the backoff alone would be ~20 ms; Retry-After asked for a second
        assertThat(waitedMillis).isGreaterThanOrEqualTo(900);
    }

    @Test
    void getIsRetriedAfter502And504() {
        emulator().faults().add(Fault.on("GET", TABLE_PATH).status(502).times(1));
        emulator().faults().add(Fault.on("GET", TABLE_PATH).status(504).times(1));
        assertThat(template.requestBody(DOWNLOAD, (Object) null)).isEqualTo("a\n1\n");
        assertThat(requestsTo("GET")).isEqualTo(3);
    }

    @Test
    void retryCountIsRespected() {
        emulator().faults().add(Fault.on("GET", TABLE_PATH).status(503));
        assertThatThrownBy(() -> template.requestBody(DOWNLOAD + "&maxAttempts=2", (Object) null))
                .hasCauseInstanceOf(DatagrokApiException.class)
                .satisfies(e -> assertThat(((DatagrokApiException) e.getCause()).getStatusCode()).isEqualTo(503));
        assertThat(requestsTo("GET")).isEqualTo(2);

        emulator().clearRequests();
        assertThatThrownBy(() -> template.requestBody(DOWNLOAD, (Object) null)).hasCauseInstanceOf(DatagrokApiException.class);
        assertThat(requestsTo("GET")).isEqualTo(3);

        emulator().clearRequests();
        assertThatThrownBy(() -> template.requestBody(DOWNLOAD + "&maxAttempts=1", (Object) null))
                .hasCauseInstanceOf(DatagrokApiException.class);
        assertThat(requestsTo("GET")).isEqualTo(1);
    }

    @Test
    void otherErrorsAreNotRetried() {
        emulator().faults().add(Fault.on("GET", TABLE_PATH).status(500).times(1));
        assertThatThrownBy(() -> template.requestBody(DOWNLOAD, (Object) null)).hasCauseInstanceOf(DatagrokApiException.class);
        assertThat(requestsTo("GET")).isEqualTo(1);
    }

    @Test
    void uploadIsNotRetriedByDefault() {
        emulator().faults().add(Fault.on("POST", TABLE_PATH).status(503).times(1));
        assertThatThrownBy(() -> template.requestBody("datagrok:table:" + TABLE, "a\n2\n"))
                .hasCauseInstanceOf(DatagrokApiException.class);
        assertThat(requestsTo("POST")).isEqualTo(1);
    }

    @Test
    void uploadIsRetriedWhenConfiguredAndTheBodyCanBeSentAgain() throws Exception {
        emulator().faults().add(Fault.on("POST", TABLE_PATH).status(503).times(1));
        template.requestBody("datagrok:table:" + TABLE + "?retryUploads=true", "a\n2\n");
        assertThat(requestsTo("POST")).isEqualTo(2);
        assertThat(storedCsv(TABLE)).isEqualTo("a\n2\n");
    }

    @Test
    void oneShotStreamIsNeverSentTwice() {
        emulator().faults().add(Fault.on("POST", TABLE_PATH).status(503).times(1));
        assertThatThrownBy(() -> template.requestBody("datagrok:table:" + TABLE + "?retryUploads=true",
                new ByteArrayInputStream("a\n3\n".getBytes(StandardCharsets.UTF_8))))
                .hasCauseInstanceOf(DatagrokApiException.class);
        assertThat(requestsTo("POST")).isEqualTo(1);
    }

    @Test
    void connectionRefusedIsRetriedThenReported() {
        // a port nothing listens on: every attempt is refused
        String uri = "datagrok:table:" + TABLE + "?action=download&baseUrl=http://127.0.0.1:1/api&maxAttempts=3";
        long start = System.nanoTime();
        assertThatThrownBy(() -> template.requestBody(uri, (Object) null))
                .hasCauseInstanceOf(java.io.UncheckedIOException.class)
                .cause().hasMessageContaining("GET /public/v1/tables/Admin.Retries.T");
        // two backoffs of 20 ms and 40 ms (at least half each) prove two retries
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(30);
    }

    @Test
    void droppedConnectionMidBodyFailsTheExchange() {
        StringBuilder csv = new StringBuilder("n\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(i).append('\n');
        }
        emulator().tables().put(TABLE, csv.toString());
        emulator().faults().add(Fault.on("GET", TABLE_PATH).dropConnectionAfterBytes(1000).times(1));
        assertThatThrownBy(() -> template.requestBody(DOWNLOAD, (Object) null)).hasRootCauseInstanceOf(java.io.IOException.class);
        // the next exchange (a redelivery) gets the whole table
        assertThat(template.requestBody(DOWNLOAD, (Object) null)).isEqualTo(csv.toString());
    }
}
