package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.emulator.tables.TableInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TablesApiTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private Http http;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        http = Http.bearer(DATAGROK.emulator());
    }

    @Test
    void uploadAnswersWithExactlyTheFourKeys() {
        HttpResponse<String> response = http.postCsv("/public/v1/tables/Sales.Orders", "id,amount\n1,9.5\n");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("api-error")).isEmpty();
        JsonNode answer = Http.json(response);
        List<String> keys = new ArrayList<>();
        answer.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("ID", "Grok name", "Markup", "URL");
        assertThat(answer.get("ID").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(answer.get("Grok name").asText()).isEqualTo("Admin:Sales:Orders");
        assertThat(answer.get("Markup").asText()).isEqualTo("#{x.Admin:Sales:Orders.\"Orders\"}");
        assertThat(answer.get("URL").asText()).isEqualTo(DATAGROK.serverUrl() + "/p/Admin.Sales");
    }

    @Test
    void uploadThenDownloadRoundTrips() {
        String csv = "id,name,when\n1,Zoë \"the\" first,2024-01-01\n2,\"a,b\",\n";
        http.postCsv("/public/v1/tables/Sales.Orders", csv);

        HttpResponse<String> download = http.get("/public/v1/tables/Admin.Sales.Orders");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(csv);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(download.headers().firstValueAsLong("Content-Length"))
                .hasValue(csv.getBytes(StandardCharsets.UTF_8).length);
        assertThat(download.headers().firstValue("api-error")).isEmpty();
    }

    @Test
    void bareNameIsProjectAndTableInTheCallersNamespace() {
        JsonNode answer = Http.json(http.postCsv("/public/v1/tables/MyTable", "a\n1\n"));

        assertThat(answer.get("Grok name").asText()).isEqualTo("Admin:MyTable:MyTable");
        assertThat(answer.get("Markup").asText()).isEqualTo("#{x.Admin:MyTable:MyTable.\"MyTable\"}");
        assertThat(answer.get("URL").asText()).endsWith("/p/Admin.MyTable");
        assertThat(http.get("/public/v1/tables/Admin.MyTable.MyTable").body()).isEqualTo("a\n1\n");
        assertThat(http.get("/public/v1/tables/MyTable.MyTable").body()).isEqualTo("a\n1\n");
        assertThat(http.get("/public/v1/tables/MyTable").body()).isEqualTo("a\n1\n");
    }

    @Test
    void threePartNameIsTakenAsGiven() {
        JsonNode answer = Http.json(http.postCsv("/public/v1/tables/Team.Proj.Data", "a\n1\n"));

        assertThat(answer.get("Grok name").asText()).isEqualTo("Team:Proj:Data");
        assertThat(answer.get("URL").asText()).endsWith("/p/Team.Proj");
        assertThat(DATAGROK.emulator().tables().names()).containsExactly("Team:Proj:Data");
    }

    @Test
    void tablesAreAddressableByUuid() {
        String id = Http.json(http.postCsv("/public/v1/tables/Sales.Orders", "a\n1\n")).get("ID").asText();

        assertThat(http.get("/public/v1/tables/" + id).body()).isEqualTo("a\n1\n");
        assertThat(http.get("/public/v1/tables/" + id.toUpperCase()).body()).isEqualTo("a\n1\n");

        JsonNode answer = Http.json(http.postCsv("/public/v1/tables/" + id, "a\n2\n"));
        assertThat(answer.get("ID").asText()).isEqualTo(id);
        assertThat(answer.get("Grok name").asText()).isEqualTo("Admin:Sales:Orders");
        assertThat(http.get("/public/v1/tables/Sales.Orders").body()).isEqualTo("a\n2\n");
    }

    @Test
    void uploadToAnUnknownUuidIsAnApiError() {
        String id = "0b5c2a5e-8a64-4c1e-9d0e-1b2c3d4e5f60";
        HttpResponse<String> response = http.postCsv("/public/v1/tables/" + id, "a\n1\n");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("api-error")).isPresent();
        assertThat(response.body())
                .isEqualTo("{\"#type\":\"ApiError\",\"message\":\"Table not found: " + id + "\",\"errorCode\":404}");
        assertThat(DATAGROK.emulator().tables().names()).isEmpty();
    }

    @Test
    void reuploadReplacesTheDataAndKeepsTheId() {
        String first = Http.json(http.postCsv("/public/v1/tables/Sales.Orders", "a\n1\n")).get("ID").asText();
        String second = Http.json(http.postCsv("/public/v1/tables/Sales.Orders", "b\n2\n3\n")).get("ID").asText();

        assertThat(second).isEqualTo(first);
        assertThat(http.get("/public/v1/tables/Sales.Orders").body()).isEqualTo("b\n2\n3\n");
        assertThat(DATAGROK.emulator().tables().find(first)).get().extracting(TableInfo::sizeBytes).isEqualTo(6L);
    }

    @Test
    void namesAreCaseInsensitiveAndKeepTheFirstCase() {
        String id = Http.json(http.postCsv("/public/v1/tables/Sales.Orders", "a\n1\n")).get("ID").asText();

        assertThat(http.get("/public/v1/tables/admin.sales.orders").body()).isEqualTo("a\n1\n");
        JsonNode answer = Http.json(http.postCsv("/public/v1/tables/SALES.ORDERS", "a\n2\n"));

        assertThat(answer.get("ID").asText()).isEqualTo(id);
        assertThat(answer.get("Grok name").asText()).isEqualTo("Admin:Sales:Orders");
        assertThat(DATAGROK.emulator().tables().names()).containsExactly("Admin:Sales:Orders");
    }

    @Test
    void unknownTableIsHttp200WithApiErrorHeaderAndBody() {
        HttpResponse<String> response = http.get("/public/v1/tables/Admin.No.Such");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("api-error")).isPresent();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body())
                .isEqualTo("{\"#type\":\"ApiError\",\"message\":\"Table not found: Admin.No.Such\",\"errorCode\":404}");
    }

    @Test
    void charsetParameterIsAccepted() {
        assertThat(http.post("/public/v1/tables/T", "text/csv; charset=UTF-8", "a\n1\n").statusCode())
                .isEqualTo(200);
        assertThat(http.post("/public/v1/tables/T", "Text/CSV;charset=utf-8", "a\n1\n").statusCode())
                .isEqualTo(200);
    }

    @Test
    void missingOrOtherContentTypeIs415() {
        for (String type : new String[] {null, "text/plain", "application/json"}) {
            HttpResponse<String> response = http.post("/public/v1/tables/T", type, "a\n1\n");

            assertThat(response.statusCode()).as(String.valueOf(type)).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            JsonNode body = Http.json(response);
            assertThat(body.get("message").asText()).startsWith("Unsupported Media Type");
            assertThat(body.get("errorCode").asInt()).isEqualTo(415);
        }
        assertThat(DATAGROK.emulator().tables().names()).isEmpty();
    }

    @Test
    void d42UploadIsAnApiErrorSayingTheEmulatorCannotDecodeIt() {
        HttpResponse<String> response = http.post("/public/v1/tables/T", "application/octet-stream", "\u0001\u0002");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("api-error")).isPresent();
        JsonNode body = Http.json(response);
        assertThat(body.get("#type").asText()).isEqualTo("ApiError");
        assertThat(body.get("message").asText()).contains("d42").contains("text/csv");
        assertThat(DATAGROK.emulator().tables().names()).isEmpty();
    }

    @Test
    void emptyBodyIsAnApiError() {
        HttpResponse<String> response = http.postCsv("/public/v1/tables/T", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("api-error")).isPresent();
        assertThat(Http.json(response).get("#type").asText()).isEqualTo("ApiError");
        assertThat(DATAGROK.emulator().tables().names()).isEmpty();
    }

    @Test
    void colonsAndTooManyPartsAreRefused() {
        for (String name : new String[] {"Admin:Sales:Orders", "A.B.C.D", "Sales..Orders", "Sales.Orders."}) {
            HttpResponse<String> response = http.postCsv("/public/v1/tables/" + name, "a\n1\n");

            assertThat(response.statusCode()).as(name).isEqualTo(200);
            assertThat(response.headers().firstValue("api-error")).as(name).isPresent();
            assertThat(Http.json(response).get("message").asText()).as(name).startsWith("Invalid table name");
        }
        assertThat(DATAGROK.emulator().tables().names()).isEmpty();
    }

    @Test
    void pathSegmentIsPercentDecoded() {
        JsonNode answer = Http.json(http.postCsv("/public/v1/tables/My%20Data.Q%231%2F2", "a\n1\n"));

        assertThat(answer.get("Grok name").asText()).isEqualTo("Admin:My Data:Q#1/2");
        assertThat(http.get("/public/v1/tables/Admin.My%20Data.Q%231%2F2").body()).isEqualTo("a\n1\n");
    }

    @Test
    void bareDatlasPrefixServesTheSameTables() {
        http.postCsv("/public/v1/tables/Sales.Orders", "a\n1\n");

        Http bare = new Http(DATAGROK.serverUrl(), "Bearer " + DATAGROK.apiKey());
        assertThat(bare.get("/public/v1/tables/Sales.Orders").body()).isEqualTo("a\n1\n");
    }

    @Test
    void seededTablesAreServedAndUploadsAreInspectable() throws Exception {
        TableInfo seeded = DATAGROK.emulator().tables().put("Admin:Demo:Demo", "x\n42\n");
        assertThat(http.get("/public/v1/tables/Demo").body()).isEqualTo("x\n42\n");
        assertThat(http.get("/public/v1/tables/" + seeded.id()).body()).isEqualTo("x\n42\n");

        http.postCsv("/public/v1/tables/Sales.Orders", "a\n1\n");
        assertThat(DATAGROK.emulator().tables().readCsv("Admin:Sales:Orders")).isEqualTo("a\n1\n");
        try (InputStream in = DATAGROK.emulator().tables().openCsv("admin.sales.orders")) {
            assertThat(in.readAllBytes()).isEqualTo("a\n1\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(DATAGROK.emulator().tables().find("Admin:Sales:Orders")).get()
                .satisfies(info -> {
                    assertThat(info.namespace()).isEqualTo("Admin");
                    assertThat(info.project()).isEqualTo("Sales");
                    assertThat(info.name()).isEqualTo("Orders");
                    assertThat(info.sizeBytes()).isEqualTo(4);
                });
    }

    @Test
    void tableWithoutItsDataFileIsATextApiError() throws Exception {
        TableInfo seeded = DATAGROK.emulator().tables().put("Admin:Demo:Demo", "x\n42\n");
        Files.delete(DATAGROK.emulator().tables().dataFile(seeded));

        HttpResponse<String> response = http.get("/public/v1/tables/Demo");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("api-error")).isPresent();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        JsonNode inner = io.github.cameldatagrok.emulator.http.Json.MAPPER.readTree(Http.json(response).asText());
        assertThat(inner.get("#type").asText()).isEqualTo("ApiError");
        assertThat(inner.get("message").asText()).contains("Admin:Demo:Demo");
    }

    @Test
    void downloadInProgressKeepsTheOldDataWhenTheTableIsReplaced() throws Exception {
        long size = 24L * 1024 * 1024;
        DATAGROK.emulator().tables().put("Admin:Big:Big", new GeneratedCsv(size));
        HttpResponse<InputStream> download = Http.CLIENT.send(http.request("/public/v1/tables/Big").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = download.body()) {
            byte[] head = body.readNBytes(1000);
            assertThat(new String(head, 0, 13, StandardCharsets.US_ASCII)).isEqualTo("id,name,value");

            http.postCsv("/public/v1/tables/Big", "replaced\n");

            long total = head.length;
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = body.read(buffer)) > 0; ) {
                total += n;
            }
            assertThat(total).isEqualTo(size);
        }
        assertThat(http.get("/public/v1/tables/Big").body()).isEqualTo("replaced\n");
    }

    @Test
    void expectContinueUploadsWork() {
        HttpRequest upload = http.request("/public/v1/tables/T").expectContinue(true)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("a\n1\n")).build();

        assertThat(Http.send(upload).statusCode()).isEqualTo(200);
        assertThat(http.get("/public/v1/tables/T").body()).isEqualTo("a\n1\n");
    }

    @Test
    void rejectedExpectContinueUploadIsAnsweredWithoutWaitingForTheBody() throws Exception {
        // raw socket: the JDK 17 HttpClient hangs on a final answer other than 100 to Expect: 100-continue
        try (Socket socket = new Socket("127.0.0.1", DATAGROK.emulator().port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("POST /api/public/v1/tables/T HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/csv\r\nContent-Length: 1000000000\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 401 ").endsWith("{\"message\":\"Unauthorized\"}");
        }
        assertThat(DATAGROK.emulator().tables().names()).isEmpty();
    }

    @Test
    void otherMethodsOnTablesAreUnknownRoutes() {
        HttpResponse<String> response = Http.send(http.request("/public/v1/tables/T").DELETE().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"message\":\"Not Found\"}");
        HttpResponse<String> put = Http.send(http.request("/public/v1/tables/T")
                .header("Content-Type", "text/csv").PUT(HttpRequest.BodyPublishers.ofString("a\n")).build());
        assertThat(put.statusCode()).isEqualTo(404);
    }
}
