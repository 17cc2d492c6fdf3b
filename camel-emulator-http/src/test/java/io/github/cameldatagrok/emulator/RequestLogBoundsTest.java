package io.github.cameldatagrok.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLogBoundsTest {

    private static RecordedRequest request(RequestLog log, String path) {
        return new RecordedRequest("POST", path, path, null, "application/json", true, false, 2, Instant.now(), "c1",
                Map.of("authorization", List.of(RecordedRequest.MASKED), "x-grafana-org-id", List.of("2")),
                log.recordsBodies() ? RequestLog.Body.pending() : RequestLog.Body.NONE);
    }

    @Test
    void keepsBodiesUpToTheLimit() {
        RequestLog log = new RequestLog(4);
        RecordedRequest request = request(log, "/api/dashboards/db");
        log.record(request);
        assertThat(request.bodyText()).isNull();
        log.recordBody(request, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(log.snapshot()).singleElement().satisfies(r -> {
            assertThat(r.bodyText()).isEqualTo("{\"a\"");
            assertThat(r.header("X-Grafana-Org-Id")).isEqualTo("2");
            assertThat(r.header("Authorization")).isEqualTo(RecordedRequest.MASKED);
        });
    }

    @Test
    void aLogWithoutBodiesKeepsNone() {
        RequestLog log = new RequestLog();
        RecordedRequest request = request(log, "/x");
        log.record(request);
        log.recordBody(request, new byte[] {1, 2});
        assertThat(request.bodyText()).isNull();
    }

    @Test
    void aBodyReadAfterClearIsNotKept() {
        RequestLog log = new RequestLog(100);
        RecordedRequest request = request(log, "/x");
        log.record(request);
        log.clear();
        log.recordBody(request, new byte[] {'a'});
        assertThat(request.bodyText()).isNull();
        assertThat(log.snapshot()).isEmpty();
    }

    @Test
    void evictsTheOldestEntriesBeyondCapacity() {
        RequestLog log = new RequestLog(10);
        RecordedRequest first = request(log, "/first");
        log.record(first);
        for (int i = 0; i < RequestLog.CAPACITY; i++) {
            log.record(request(log, "/n" + i));
        }
        assertThat(log.snapshot()).hasSize(RequestLog.CAPACITY).doesNotContain(first);
        log.recordBody(first, new byte[] {'a'});
        assertThat(first.bodyText()).isNull();
    }

    @Test
    void theOldestBodiesAreForgottenBeyondTheTotalCap() {
        int size = 4 * 1024 * 1024;
        RequestLog log = new RequestLog(size);
        List<RecordedRequest> requests = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            RecordedRequest request = request(log, "/big" + i);
            log.record(request);
            log.recordBody(request, new byte[size]);
            requests.add(request);
        }
        // 10 x 4 MiB > 32 MiB: the two oldest lose their bodies, the entries stay
        assertThat(requests.get(0).bodyText()).isNull();
        assertThat(requests.get(1).bodyText()).isNull();
        assertThat(requests.get(2).bodyText()).hasSize(size);
        assertThat(requests.get(9).bodyText()).hasSize(size);
        assertThat(log.snapshot()).hasSize(10);
    }
}
