package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.emulator.http.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private Http http;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        DATAGROK.emulator().tables().put("Admin:Sales:Orders", "id,amount\n1,9.5\n");
        http = Http.bearer(DATAGROK.emulator());
    }

    private Faults faults() {
        return DATAGROK.emulator().faults();
    }

    @Test
    void statusFaultHitsTheGivenNumberOfTimes() {
        Fault fault = faults().add(Fault.on("GET", "/public/v1/tables/.*").status(503).times(2));

        HttpResponse<String> first = http.get("/public/v1/tables/Sales.Orders");
        HttpResponse<String> second = http.get("/public/v1/tables/Sales.Orders");
        HttpResponse<String> third = http.get("/public/v1/tables/Sales.Orders");

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(first.body()).isEqualTo("{\"message\":\"Service Unavailable\",\"errorCode\":503}");
        assertThat(first.headers().firstValue("Retry-After")).isEmpty();
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(third.body()).isEqualTo("id,amount\n1,9.5\n");
        assertThat(fault.hits()).isEqualTo(2);
        assertThat(fault.exhausted()).isTrue();
    }

    @Test
    void tooManyRequestsSetsRetryAfter() {
        faults().add(Fault.on("POST", "/public/v1/tables/.*").status(429).retryAfterSeconds(3).times(1));

        HttpResponse<String> response = http.postCsv("/public/v1/tables/T", "a\n1\n");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(Http.json(response).get("errorCode").asInt()).isEqualTo(429);
        assertThat(DATAGROK.emulator().tables().find("Admin:T:T")).isEmpty();
        assertThat(http.postCsv("/public/v1/tables/T", "a\n1\n").statusCode()).isEqualTo(200);
    }

    @Test
    void retryAfterDefaultsToOneSecondOn429AndCanBeLeftOut() {
        faults().add(Fault.on("GET", ".*").status(429).times(1));
        faults().add(Fault.on("GET", ".*").status(429).withoutRetryAfter().times(1));
        faults().add(Fault.on("GET", ".*").status(503).retryAfter("Wed, 21 Oct 2015 07:28:00 GMT").times(1));

        assertThat(http.get("/public/v1/healthcheck").headers().firstValue("Retry-After")).hasValue("1");
        assertThat(http.get("/public/v1/healthcheck").headers().firstValue("Retry-After")).isEmpty();
        assertThat(http.get("/public/v1/healthcheck").headers().firstValue("Retry-After"))
                .hasValue("Wed, 21 Oct 2015 07:28:00 GMT");
    }

    @Test
    void faultedUploadBodyIsConsumedAndTheConnectionStaysUsable() {
        faults().add(Fault.on("POST", ".*").status(503, "try later").times(1));
        HttpRequest big = http.request("/public/v1/tables/Big").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(8_000_000)), 8_000_000))
                .build();

        HttpResponse<String> faulted = Http.send(big);
        HttpResponse<String> next = Http.send(big);

        assertThat(faulted.statusCode()).isEqualTo(503);
        assertThat(faulted.body()).isEqualTo("{\"message\":\"try later\",\"errorCode\":503}");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(DATAGROK.emulator().tables().find("Admin:Big:Big")).get()
                .satisfies(info -> assertThat(info.sizeBytes()).isEqualTo(8_000_000));
    }

    @Test
    void customBodyReplacesTheJsonError() {
        faults().add(Fault.on("*", ".*").status(502).body("text/html", "<html>Bad Gateway</html>"));

        HttpResponse<String> response = http.get("/public/v1/healthcheck");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.body()).isEqualTo("<html>Bad Gateway</html>");
    }

    @Test
    void latencyDelaysAndThenTheRealHandlerAnswers() {
        faults().add(Fault.on("GET", ".*").latency(Duration.ofMillis(300)));

        long start = System.nanoTime();
        HttpResponse<String> response = http.get("/public/v1/tables/Sales.Orders");
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("id,amount\n1,9.5\n");
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void latencyCombinesWithALaterStatusFault() {
        faults().add(Fault.on("GET", ".*").latency(Duration.ofMillis(200)).times(1));
        faults().add(Fault.on("GET", ".*").status(504).times(1));

        long start = System.nanoTime();
        HttpResponse<String> response = http.get("/public/v1/healthcheck");

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(200);
    }

    @Test
    void droppedConnectionCutsTheBodyAfterTheGivenBytes() throws Exception {
        DATAGROK.emulator().tables().put("Admin:Big:Big", new GeneratedCsv(200_000));
        Fault fault = faults().add(Fault.on("GET", "/public/v1/tables/.*").dropConnectionAfterBytes(1000).times(1));

        HttpResponse<InputStream> response = Http.CLIENT.send(http.request("/public/v1/tables/Big").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(200_000);
        long received = 0;
        IOException failure = null;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = body.read(buffer)) > 0; ) {
                received += n;
            }
        } catch (IOException e) {
            failure = e;
        }
        assertThat(failure).as("premature end of stream").isNotNull();
        assertThat(received).isEqualTo(1000);
        assertThat(fault.hits()).isEqualTo(1);

        // next request is served normally
        assertThat(http.get("/public/v1/tables/Big").body()).hasSize(200_000);
    }

    @Test
    void droppedConnectionFailsAWholeBodyRead() {
        faults().add(Fault.on("GET", "/public/v1/tables/.*").dropConnectionAfterBytes(5).times(1));

        assertThatThrownBy(() -> http.get("/public/v1/tables/Sales.Orders")).hasCauseInstanceOf(IOException.class);
        assertThat(http.get("/public/v1/tables/Sales.Orders").body()).isEqualTo("id,amount\n1,9.5\n");
    }

    @Test
    void dropAfterZeroBytesSendsOnlyTheHeaders() throws Exception {
        faults().add(Fault.on("GET", ".*").dropConnectionAfterBytes(0).times(1));

        // a raw socket sees exactly what was sent: an HTTP client may report the drop before or after the headers
        URI base = URI.create(DATAGROK.emulator().baseUrl());
        String received;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + base.getPath() + "/public/v1/tables/Sales.Orders HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + "\r\n"
                    + "Authorization: Bearer " + DATAGROK.emulator().apiKey() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            received = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }

        assertThat(received).startsWith("HTTP/1.1 200 ").containsIgnoringCase("\r\nContent-Length: 16\r\n");
        // the headers end, and not one byte of the 16 follows before the connection closes
        assertThat(received).endsWith("\r\n\r\n");
    }

    @Test
    void apiErrorFaultIsHttp200WithHeaderAndObject() {
        faults().add(Fault.on("GET", "/public/v1/tables/.*").apiError("boom"));

        HttpResponse<String> response = http.get("/public/v1/tables/Sales.Orders");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("api-error")).hasValue("boom");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"#type\":\"ApiError\",\"message\":\"boom\",\"errorCode\":500}");
    }

    @Test
    void apiErrorAsStringIsAJsonStringLiteralHoldingTheObject() throws Exception {
        faults().add(Fault.on("POST", ".*").apiErrorAsString("Login already exists", 409));

        HttpResponse<String> response = http.postCsv("/public/v1/tables/T", "a\n1\n");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("api-error")).isPresent();
        JsonNode literal = Http.json(response);
        assertThat(literal.isTextual()).isTrue();
        JsonNode inner = Json.MAPPER.readTree(literal.asText());
        assertThat(inner.get("#type").asText()).isEqualTo("ApiError");
        assertThat(inner.get("message").asText()).isEqualTo("Login already exists");
        assertThat(inner.get("errorCode").asInt()).isEqualTo(409);
    }

    @Test
    void apiErrorHeaderCanBeLeftOut() {
        faults().add(Fault.on("GET", ".*").apiError("only the body tells", null).withoutApiErrorHeader());

        HttpResponse<String> response = http.get("/public/v1/tables/Sales.Orders");

        assertThat(response.headers().firstValue("api-error")).isEmpty();
        assertThat(response.body()).isEqualTo("{\"#type\":\"ApiError\",\"message\":\"only the body tells\"}");
    }

    @Test
    void faultsMatchMethodAndPathAndApplyInOrder() {
        faults().add(Fault.on("POST", "/public/v1/tables/.*").status(500));
        faults().add(Fault.on("GET", "/public/v1/healthcheck").status(503).times(1));
        faults().add(Fault.on(null, "/public/v1/healthcheck").status(502).times(1));

        assertThat(http.get("/public/v1/tables/Sales.Orders").statusCode()).isEqualTo(200);
        assertThat(http.postCsv("/public/v1/tables/T", "a\n").statusCode()).isEqualTo(500);
        assertThat(http.get("/public/v1/healthcheck").statusCode()).isEqualTo(503);
        assertThat(http.get("/public/v1/healthcheck").statusCode()).isEqualTo(502);
        assertThat(http.get("/public/v1/healthcheck").statusCode()).isEqualTo(200);
    }

    @Test
    void pathIsMatchedWithoutApiPrefixAndDecoded() {
        faults().add(Fault.on("GET", "/public/v1/tables/My Table").status(503));

        assertThat(http.get("/public/v1/tables/My%20Table").statusCode()).isEqualTo(503);
        assertThat(new Http(DATAGROK.serverUrl(), DATAGROK.apiKey()).get("/public/v1/tables/My%20Table").statusCode())
                .isEqualTo(503);
        assertThat(http.get("/public/v1/tables/Sales.Orders").statusCode()).isEqualTo(200);
    }

    @Test
    void clearRemovesAllFaults() {
        faults().add(Fault.on("*", ".*").status(500));
        assertThat(http.get("/public/v1/healthcheck").statusCode()).isEqualTo(500);

        faults().clear();

        assertThat(faults().list()).isEmpty();
        assertThat(http.get("/public/v1/healthcheck").statusCode()).isEqualTo(200);
    }

    @Test
    void faultsApplyBeforeAuthenticationLikeAGateway() {
        faults().add(Fault.on("GET", ".*").status(503).times(1));

        assertThat(new Http(DATAGROK.baseUrl(), null).get("/public/v1/healthcheck").statusCode()).isEqualTo(503);
        assertThat(new Http(DATAGROK.baseUrl(), null).get("/public/v1/healthcheck").statusCode()).isEqualTo(401);
    }
}
