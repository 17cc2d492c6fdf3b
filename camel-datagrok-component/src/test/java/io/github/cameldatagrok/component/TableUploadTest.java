package io.github.cameldatagrok.component;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** datagrok:table uploads, for every accepted body, against the emulator. */
class TableUploadTest extends DatagrokTestSupport {

    private static final String CSV = "id,name\n1,Anna\n2,\"Müller, Jean\"\n";

    @TempDir
    Path dir;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upload").to("datagrok:table:Admin:Uploads:Orders");
                from("direct:any").to("datagrok:table");
                from("direct:columns").to("datagrok:table:Admin:Uploads:Columns?columns=name,id");
            }
        };
    }

    private Exchange upload(String uri, Object body) {
        Exchange exchange = template.request(uri, e -> e.getMessage().setBody(body));
        if (exchange.getException() != null) {
            throw new CamelExecutionException("upload failed", exchange, exchange.getException());
        }
        return exchange;
    }

    private Exchange uploadTo(String table, Object body) {
        Exchange exchange = template.request("direct:any", e -> {
            e.getMessage().setHeader(DatagrokConstants.TARGET, table);
            e.getMessage().setBody(body);
        });
        if (exchange.getException() != null) {
            throw new CamelExecutionException("upload failed", exchange, exchange.getException());
        }
        return exchange;
    }

    @Test
    void uploadAnswersWithTheIdentifiersInBodyAndHeaders() throws Exception {
        Exchange exchange = upload("direct:upload", CSV);

        @SuppressWarnings("unchecked")
        Map<String, Object> body = exchange.getMessage().getBody(Map.class);
        assertThat(body).containsKeys("ID", "Grok name", "Markup", "URL");
        assertThat(body.get("Grok name")).isEqualTo("Admin:Uploads:Orders");
        assertThat(exchange.getMessage().getHeader(DatagrokConstants.TABLE_ID)).isEqualTo(body.get("ID"));
        assertThat(exchange.getMessage().getHeader(DatagrokConstants.GROK_NAME)).isEqualTo("Admin:Uploads:Orders");
        assertThat(exchange.getMessage().getHeader(DatagrokConstants.URL)).isEqualTo(body.get("URL"));
        assertThat(exchange.getMessage().getHeader(DatagrokConstants.MARKUP)).isEqualTo(body.get("Markup"));
        assertThat(storedCsv("Admin:Uploads:Orders")).isEqualTo(CSV);
    }

    @Test
    void bareNameBecomesAProjectOfItsOwn() {
        Exchange exchange = uploadTo("Bare" + System.nanoTime(), CSV);
        String name = exchange.getMessage().getHeader(DatagrokConstants.GROK_NAME, String.class);
        assertThat(name).matches("Admin:Bare\\d+:Bare\\d+");
    }

    @Test
    void reUploadReplacesAndKeepsTheId() throws Exception {
        String first = uploadTo("Admin:Uploads:Replaced", CSV).getMessage().getHeader(DatagrokConstants.TABLE_ID, String.class);
        String second = uploadTo("Admin:Uploads:Replaced", "id\n9\n").getMessage()
                .getHeader(DatagrokConstants.TABLE_ID, String.class);
        assertThat(second).isEqualTo(first);
        assertThat(storedCsv("Admin:Uploads:Replaced")).isEqualTo("id\n9\n");
        // addressing by id works as well
        uploadTo(first, "id\n10\n");
        assertThat(storedCsv("Admin:Uploads:Replaced")).isEqualTo("id\n10\n");
    }

    @Test
    void everyByteBodyIsSentAsIs() throws Exception {
        Path file = Files.writeString(dir.resolve("t.csv"), CSV);
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("InputStream", new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)));
        bodies.put("Bytes", CSV.getBytes(StandardCharsets.UTF_8));
        bodies.put("String", CSV);
        bodies.put("File", file.toFile());
        bodies.put("Path", file);
        for (Map.Entry<String, Object> body : bodies.entrySet()) {
            uploadTo("Admin:Bodies:" + body.getKey(), body.getValue());
            assertThat(storedCsv("Admin:Bodies:" + body.getKey())).as(body.getKey()).isEqualTo(CSV);
        }
    }

    @Test
    void genericFileFromTheFileComponentIsStreamed() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox + "?include=.*\\.csv")
                        .setHeader(DatagrokConstants.TARGET, simple("Admin:Inbox:${file:onlyname.noext}"))
                        .to("datagrok:table");
            }
        });
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).create();
        Files.writeString(inbox.resolve("Daily.csv"), CSV);
        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(storedCsv("Admin:Inbox:Daily")).isEqualTo(CSV);
    }

    private static List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", 1);
        first.put("name", "Zürich, \"HQ\"");
        first.put("price", new BigDecimal("12.50"));
        first.put("day", LocalDate.of(2026, 1, 31));
        first.put("at", LocalDateTime.of(2026, 1, 31, 10, 15, 30));
        first.put("note", "two\nlines");
        rows.add(first);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("id", 2);
        second.put("name", "東京");
        second.put("price", null);
        second.put("day", null);
        second.put("at", null);
        second.put("note", "");
        rows.add(second);
        return rows;
    }

    private List<Map<String, Object>> readBack(String table) {
        return template.requestBodyAndHeader("datagrok:table:" + table + "?action=download&outputType=rows", null,
                "unused", "", List.class);
    }

    @Test
    void rowsInEveryShapeBecomeTheSameCsv() throws Exception {
        uploadTo("Admin:Rows:List", rows());
        String expected = storedCsv("Admin:Rows:List");
        assertThat(expected).startsWith("id,name,price,day,at,note\n");

        uploadTo("Admin:Rows:Iterator", rows().iterator());
        uploadTo("Admin:Rows:Stream", rows().stream());
        Iterable<Map<String, Object>> iterable = () -> rows().iterator();
        uploadTo("Admin:Rows:Iterable", iterable);
        for (String shape : List.of("Iterator", "Stream", "Iterable")) {
            assertThat(storedCsv("Admin:Rows:" + shape)).as(shape).isEqualTo(expected);
        }

        List<Map<String, Object>> back = readBack("Admin:Rows:List");
        assertThat(back).hasSize(2);
        assertThat(back.get(0)).containsEntry("id", 1).containsEntry("name", "Zürich, \"HQ\"")
                .containsEntry("price", 12.5).containsEntry("day", LocalDate.of(2026, 1, 31))
                .containsEntry("at", LocalDateTime.of(2026, 1, 31, 10, 15, 30)).containsEntry("note", "two\nlines");
        assertThat(back.get(1)).containsEntry("name", "東京").containsEntry("price", null).containsEntry("note", null);
    }

    @Test
    void aStreamOfRowsIsClosedAfterUpload() {
        AtomicBoolean closed = new AtomicBoolean();
        uploadTo("Admin:Rows:Closed", rows().stream().onClose(() -> closed.set(true)));
        assertThat(closed).isTrue();
    }

    @Test
    void lazyRowsAreStreamedNotCollected() throws Exception {
        // a camel-sql/jdbc style streaming result: rows produced one at a time while the upload is sent
        int count = 50_000;
        Iterator<Map<String, Object>> lazy = IntStream.range(0, count)
                .mapToObj(i -> Map.<String, Object>of("n", i)).iterator();
        uploadTo("Admin:Rows:Lazy", lazy);
        assertThat(storedCsv("Admin:Rows:Lazy").lines().count()).isEqualTo(count + 1);
    }

    @Test
    void columnsOptionOrdersTheCsv() throws Exception {
        upload("direct:columns", rows().stream().map(r -> Map.of("id", r.get("id"), "name", r.get("name"))).toList());
        assertThat(storedCsv("Admin:Uploads:Columns")).startsWith("name,id\n\"Zürich, \"\"HQ\"\"\",1\n");
    }

    @Test
    void columnsHeaderOverridesTheOption() throws Exception {
        template.send("direct:columns", e -> {
            e.getMessage().setHeader(DatagrokConstants.COLUMNS, List.of("id", "name"));
            e.getMessage().setBody(List.of(Map.of("id", 7, "name", "x")));
        });
        assertThat(storedCsv("Admin:Uploads:Columns")).isEqualTo("id,name\n7,x\n");
    }

    @Test
    void rowWithOtherKeysIsAClearErrorAndNothingShifts() {
        List<Map<String, Object>> rows = List.of(Map.of("id", 1, "name", "a"), Map.of("id", 2, "title", "b"));
        assertThatThrownBy(() -> uploadTo("Admin:Rows:Bad", rows))
                .satisfies(e -> assertThat(rootMessage(e)).contains("2").contains("name").contains("title"));
        assertThat(emulator().tables().find("Admin:Rows:Bad")).isEmpty();
    }

    @Test
    void aNestedMapValueIsRefusedNotWrittenAsToString() {
        List<Map<String, Object>> rows = List.of(Map.of("id", 1, "meta", Map.of("x", 1)));
        assertThatThrownBy(() -> uploadTo("Admin:Rows:Nested", rows))
                .hasRootCauseInstanceOf(io.github.cameldatagrok.csv.CsvRowException.class)
                .satisfies(e -> assertThat(rootMessage(e)).contains("'meta'").contains("nested Map"));
        assertThat(emulator().tables().find("Admin:Rows:Nested")).isEmpty();
    }

    @Test
    void unsupportedBodyIsRefusedBeforeSending() {
        emulator().clearRequests();
        assertThatThrownBy(() -> uploadTo("Admin:Bad:Body", 42L))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(rootMessage(e)).contains("java.lang.Long").contains("InputStream"));
        assertThatThrownBy(() -> uploadTo("Admin:Bad:Body", List.of("not", "maps")))
                .satisfies(e -> assertThat(rootMessage(e)).contains("java.lang.String"));
        assertThatThrownBy(() -> uploadTo("Admin:Bad:Body", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("body is empty"));
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void largeUploadFromFileStreams() throws Exception {
        Path big = dir.resolve("big.csv");
        try (var out = Files.newBufferedWriter(big)) {
            out.write("n,text\n");
            for (int i = 0; i < 300_000; i++) {
                out.write(i + ",row number " + i + "\n");
            }
        }
        uploadTo("Admin:Big:File", big.toFile());
        assertThat(emulator().tables().find("Admin:Big:File")).get()
                .satisfies(info -> assertThat(info.sizeBytes()).isEqualTo(Files.size(big)));
    }
}
