package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameldatagrok.emulator.files.FileConnector;
import io.github.cameldatagrok.emulator.files.FileStore;
import io.github.cameldatagrok.emulator.files.StoredFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FilesApiTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private Http http;
    private FileStore files;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        http = Http.bearer(DATAGROK.emulator());
        files = DATAGROK.emulator().files();
    }

    @Test
    void uploadThenDownloadRoundTripsBytes() {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);

        HttpResponse<String> upload = send(http.request("/public/v1/files/System.DemoFiles/in/data.bin")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
        HttpResponse<byte[]> download = sendBytes(http.request("/public/v1/files/System.DemoFiles/in/data.bin")
                .GET().build());

        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat(upload.headers().firstValue("api-error")).isEmpty();
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(download.body()).isEqualTo(content);
        assertThat(files.list("System:DemoFiles")).containsExactly("in/data.bin");
    }

    @Test
    void eTagChangesExactlyWhenTheContentChanges() {
        String first = files.put("System:DemoFiles", "a.txt", bytes("one")).eTag();
        String same = files.put("System:DemoFiles", "a.txt", bytes("one")).eTag();
        String changed = files.put("System:DemoFiles", "a.txt", bytes("two")).eTag();

        assertThat(same).isEqualTo(first);
        assertThat(changed).isNotEqualTo(first);
        assertThat(files.stat("System.DemoFiles", "a.txt")).get().extracting(StoredFile::size).isEqualTo(3L);
    }

    @Test
    void missingFileAndUnknownConnectorAreApiErrors() {
        HttpResponse<String> missing = http.get("/public/v1/files/System.DemoFiles/nope.txt");
        HttpResponse<String> noConnector = http.get("/public/v1/files/Nobody.Files/a.txt");

        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.headers().firstValue("api-error")).isPresent();
        assertThat(Http.json(missing).get("#type").asText()).isEqualTo("ApiError");
        assertThat(Http.json(missing).get("message").asText()).contains("nope.txt");
        assertThat(Http.json(noConnector).get("message").asText()).contains("Nobody.Files");
    }

    @Test
    void deleteRemovesTheFile() {
        files.put("System:DemoFiles", "x/y.csv", bytes("a\n1\n"));

        HttpResponse<String> deleted = send(http.request("/public/v1/files/System.DemoFiles/x/y.csv").DELETE().build());
        HttpResponse<String> again = send(http.request("/public/v1/files/System.DemoFiles/x/y.csv").DELETE().build());

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.headers().firstValue("api-error")).isEmpty();
        assertThat(files.list("System:DemoFiles")).isEmpty();
        assertThat(again.headers().firstValue("api-error")).isPresent();
    }

    @Test
    void createdConnectorsAnswerByNameAndById() {
        FileConnector connector = files.createConnector("Admin:Lab");
        files.put("Admin:Lab", "r.txt", bytes("lab"));

        assertThat(http.get("/public/v1/files/Admin.Lab/r.txt").body()).isEqualTo("lab");
        assertThat(http.get("/public/v1/files/admin.lab/r.txt").body()).isEqualTo("lab");
        assertThat(http.get("/public/v1/files/" + connector.id() + "/r.txt").body()).isEqualTo("lab");
    }

    @Test
    void firstSyncSendsEveryFileWithItsETag() {
        StoredFile a = files.put("System:DemoFiles", "cfg/a.csv", bytes("x,y\n1,2\n"));
        StoredFile b = files.put("System:DemoFiles", "cfg/sub/b.txt", bytes("bee"));
        files.put("System:DemoFiles", "other/c.csv", bytes("not synced"));

        HttpResponse<String> response = sync("/public/v1/files/sync/System.DemoFiles/cfg?recursive=true", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("multipart/form-data; boundary=");
        List<Part> parts = parse(response);
        assertThat(parts).extracting(Part::fileName).containsExactly("a.csv", "sub/b.txt");
        assertThat(parts.get(0).headers).containsEntry("x-file-e-tag", a.eTag());
        assertThat(parts.get(0).body).isEqualTo("x,y\n1,2\n");
        assertThat(parts.get(1).headers).containsEntry("x-file-e-tag", b.eTag()).doesNotContainKey("x-file-status");
        assertThat(parts.get(1).body).isEqualTo("bee");
    }

    @Test
    void laterSyncSaysNotModifiedChangedAndDeleted() {
        StoredFile same = files.put("System:DemoFiles", "cfg/same.csv", bytes("1"));
        StoredFile old = files.put("System:DemoFiles", "cfg/changed.csv", bytes("old"));
        StoredFile changed = files.put("System:DemoFiles", "cfg/changed.csv", bytes("new"));

        String body = "{\"same.csv\":\"" + same.eTag() + "\",\"changed.csv\":\"" + old.eTag()
                + "\",\"gone.csv\":\"e-gone\"}";
        List<Part> parts = parse(sync("/public/v1/files/sync/System.DemoFiles/cfg?recursive=true", body));

        Map<String, Part> byName = new LinkedHashMap<>();
        parts.forEach(p -> byName.put(p.fileName(), p));
        assertThat(byName).containsOnlyKeys("same.csv", "changed.csv", "gone.csv");
        assertThat(byName.get("same.csv").headers).containsEntry("x-file-status", "not-modified");
        assertThat(byName.get("same.csv").body).isEmpty();
        assertThat(byName.get("changed.csv").headers).containsEntry("x-file-e-tag", changed.eTag());
        assertThat(byName.get("changed.csv").body).isEqualTo("new");
        assertThat(byName.get("gone.csv").headers).containsEntry("x-file-status", "deleted");
    }

    @Test
    void namesAHeaderCannotCarryAreEscapedAndRoundTripAsETagKeys() {
        StoredFile quote = files.put("System:DemoFiles", "odd/q\"uote.csv", bytes("q"));
        StoredFile nul = files.put("System:DemoFiles", "odd/nul\u0000.csv", bytes("n"));
        StoredFile lines = files.put("System:DemoFiles", "odd/cr\rlf\n.csv", bytes("c"));

        List<Part> first = parse(sync("/public/v1/files/sync/System.DemoFiles/odd", "{}"));
        assertThat(first).extracting(Part::fileName)
                .containsExactlyInAnyOrder("q%22uote.csv", "nul%00.csv", "cr%0Dlf%0A.csv");
        // the names as the answer wrote them, sent back as the client's keys: every file is known
        String known = "{\"q%22uote.csv\":\"" + quote.eTag() + "\",\"nul%00.csv\":\"" + nul.eTag()
                + "\",\"cr%0Dlf%0A.csv\":\"" + lines.eTag() + "\"}";
        List<Part> second = parse(sync("/public/v1/files/sync/System.DemoFiles/odd", known));
        assertThat(second).hasSize(3)
                .allSatisfy(p -> assertThat(p.headers).containsEntry("x-file-status", "not-modified"));
        // a key holding what no part name can carry is escaped when reported deleted, never written raw
        List<Part> third = parse(sync("/public/v1/files/sync/System.DemoFiles/odd", "{\"gone\\r\\n\\\"x\":\"e\"}"));
        assertThat(third).filteredOn(p -> "deleted".equals(p.headers.get("x-file-status")))
                .extracting(Part::fileName).containsExactly("gone%0D%0A%22x");
    }

    @Test
    void anIdleSyncCarriesNoContent() {
        StringBuilder known = new StringBuilder("{");
        for (int i = 0; i < 3; i++) {
            StoredFile file = files.put("System:DemoFiles", "idle/f" + i + ".bin", new byte[100_000]);
            known.append(i == 0 ? "" : ",").append("\"f").append(i).append(".bin\":\"").append(file.eTag()).append('"');
        }

        HttpResponse<String> response = sync("/public/v1/files/sync/System.DemoFiles/idle", known.append('}').toString());

        assertThat(parse(response)).allSatisfy(p -> assertThat(p.headers).containsEntry("x-file-status", "not-modified"));
        assertThat(response.body().length()).isLessThan(1000);
    }

    @Test
    void emptyFolderIs204() {
        files.put("System:DemoFiles", "elsewhere/a.csv", bytes("1"));

        HttpResponse<String> response = sync("/public/v1/files/sync/System.DemoFiles/empty?recursive=true",
                "{\"a.csv\":\"e1\"}");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void recursiveAndExtFilter() {
        files.put("System:DemoFiles", "d/top.csv", bytes("1"));
        files.put("System:DemoFiles", "d/top.txt", bytes("2"));
        files.put("System:DemoFiles", "d/deep/low.csv", bytes("3"));

        List<Part> flat = parse(sync("/public/v1/files/sync/System.DemoFiles/d?recursive=false", "{}"));
        List<Part> csv = parse(sync("/public/v1/files/sync/System.DemoFiles/d?recursive=true&ext=csv", "{}"));
        List<Part> dotCsv = parse(sync("/public/v1/files/sync/System.DemoFiles/d?recursive=true&ext=.csv", "{}"));
        List<Part> root = parse(sync("/public/v1/files/sync/System.DemoFiles?recursive=true&ext=txt", "{}"));

        assertThat(flat).extracting(Part::fileName).containsExactly("top.csv", "top.txt");
        assertThat(csv).extracting(Part::fileName).containsExactly("deep/low.csv", "top.csv");
        assertThat(dotCsv).extracting(Part::fileName).containsExactly("deep/low.csv", "top.csv");
        assertThat(root).extracting(Part::fileName).containsExactly("d/top.txt");
    }

    @Test
    void syncOfAnUnknownConnectorOrBadBodyIsAnApiError() {
        files.put("System:DemoFiles", "d/a.csv", bytes("1"));

        HttpResponse<String> unknown = sync("/public/v1/files/sync/No.Such/d", "{}");
        HttpResponse<String> badBody = sync("/public/v1/files/sync/System.DemoFiles/d", "[1,2]");

        assertThat(unknown.headers().firstValue("api-error")).isPresent();
        assertThat(badBody.headers().firstValue("api-error")).isPresent();
        assertThat(Http.json(badBody).get("message").asText()).contains("JSON object");
    }

    @Test
    void largeFileStreamsThroughSyncIntact() {
        byte[] content = new byte[12 * 1024 * 1024 + 17];
        new Random(3).nextBytes(content);
        files.put("System:DemoFiles", "big/blob.bin", content);
        files.put("System:DemoFiles", "big/small.txt", bytes("after"));

        HttpResponse<byte[]> response = sendBytes(http.request("/public/v1/files/sync/System.DemoFiles/big")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        String text = new String(response.body(), StandardCharsets.ISO_8859_1);
        int start = text.indexOf("\r\n\r\n") + 4;
        byte[] first = java.util.Arrays.copyOfRange(response.body(), start, start + content.length);
        assertThat(first).isEqualTo(content);
        assertThat(text).contains("filename=\"small.txt\"").endsWith("--\r\n");
    }

    @Test
    void droppedConnectionCutsTheMultipartAnswer() {
        byte[] content = new byte[2 * 1024 * 1024];
        files.put("System:DemoFiles", "cut/a.bin", content);
        Fault fault = DATAGROK.emulator().faults()
                .add(Fault.on("POST", "/public/v1/files/sync/.*").dropConnectionAfterBytes(300_000).times(1));

        assertThatThrownBy(() -> Http.CLIENT.send(http.request("/public/v1/files/sync/System.DemoFiles/cut")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(IOException.class);
        assertThat(fault.hits()).isEqualTo(1);
        // the next request is answered whole
        assertThat(parse(sync("/public/v1/files/sync/System.DemoFiles/cut", "{}"))).hasSize(1);
    }

    // ---- helpers ----

    private HttpResponse<String> sync(String path, String body) {
        return http.post(path, "application/json", body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return Http.send(request);
    }

    private static HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Part(Map<String, String> headers, String body) {
        String fileName() {
            Matcher m = Pattern.compile("filename=\"([^\"]*)\"").matcher(headers.getOrDefault("content-disposition", ""));
            return m.find() ? m.group(1) : null;
        }
    }

    /** A minimal reader of the emulator's own framing, independent of the client's parser. */
    private static List<Part> parse(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        String contentType = response.headers().firstValue("Content-Type").orElseThrow();
        String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
        String body = response.body();
        assertThat(body).startsWith("--" + boundary + "\r\n").endsWith("--" + boundary + "--\r\n");
        List<Part> parts = new ArrayList<>();
        String[] chunks = body.substring(0, body.length() - ("--" + boundary + "--\r\n").length())
                .split("--" + Pattern.quote(boundary) + "\r\n", -1);
        for (String chunk : chunks) {
            if (chunk.isEmpty()) {
                continue;
            }
            int headEnd = chunk.indexOf("\r\n\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : chunk.substring(0, headEnd).split("\r\n")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
            }
            String content = chunk.substring(headEnd + 4, chunk.length() - 2);
            parts.add(new Part(headers, content));
        }
        return parts;
    }
}
