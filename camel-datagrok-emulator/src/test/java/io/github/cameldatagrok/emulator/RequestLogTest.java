package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestLogTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create(b -> b.apiKey("very-secret"));

    @Test
    void recordsEveryRequestWithoutTheKey() {
        Http http = Http.bearer(DATAGROK.emulator());
        http.postCsv("/public/v1/tables/My%20T", "a\n1\n");
        http.get("/public/v1/healthcheck?module=db");
        new Http(DATAGROK.serverUrl(), null).get("/public/v1/tables/x");

        List<RecordedRequest> requests = DATAGROK.emulator().requests();

        assertThat(requests).hasSize(3);
        RecordedRequest upload = requests.get(0);
        assertThat(upload.method()).isEqualTo("POST");
        assertThat(upload.path()).isEqualTo("/public/v1/tables/My%20T");
        assertThat(upload.decodedPath()).isEqualTo("/public/v1/tables/My T");
        assertThat(upload.contentType()).isEqualTo("text/csv");
        assertThat(upload.contentLength()).isEqualTo(4);
        assertThat(upload.authorizationPresent()).isTrue();
        assertThat(upload.viaApiPrefix()).isTrue();
        assertThat(upload.query()).isNull();
        assertThat(upload.receivedAt()).isNotNull();

        RecordedRequest health = requests.get(1);
        assertThat(health.path()).isEqualTo("/public/v1/healthcheck");
        assertThat(health.query()).isEqualTo("module=db");

        RecordedRequest anonymous = requests.get(2);
        assertThat(anonymous.authorizationPresent()).isFalse();
        assertThat(anonymous.viaApiPrefix()).isFalse();

        assertThat(requests.toString()).doesNotContain("very-secret");
        assertThat(DATAGROK.emulator().requests("GET", "/public/v1/tables/.*")).containsExactly(anonymous);
        assertThat(DATAGROK.emulator().requests("POST", "/public/v1/tables/My T")).containsExactly(upload);
    }

    @Test
    void faultedRequestsAreRecordedSoRetriesCanBeCounted() {
        DATAGROK.emulator().faults().add(Fault.on("GET", ".*").status(503).times(2));
        Http http = Http.bearer(DATAGROK.emulator());
        for (int i = 0; i < 3; i++) {
            http.get("/public/v1/healthcheck");
        }

        assertThat(DATAGROK.emulator().requests("GET", "/public/v1/healthcheck")).hasSize(3);
    }

    @Test
    void clearRequestsEmptiesTheLog() {
        Http.bearer(DATAGROK.emulator()).get("/public/v1/healthcheck");

        DATAGROK.emulator().clearRequests();

        assertThat(DATAGROK.emulator().requests()).isEmpty();
    }

    @Test
    void logStartsEmptyInEachTest() {
        assertThat(DATAGROK.emulator().requests()).isEmpty();
    }
}
