package io.github.cameldatagrok.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.client.DirectorySync;
import io.github.cameldatagrok.client.UnsafeFileNameException;
import io.github.cameldatagrok.emulator.files.FileStore;
import io.github.cameldatagrok.emulator.files.StoredFile;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** datagrok:file producer routes against the emulator: upload, download, delete and sync. */
class FileProducerTest extends DatagrokTestSupport {

    private static final String DEMO = "System:DemoFiles";

    @TempDir
    Path dir;

    private FileStore store;

    @BeforeEach
    void seed() {
        emulator().reset();
        store = emulator().files();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upload").to("datagrok:file:System:DemoFiles/reports/today.csv");
                from("direct:uploadDir").to("datagrok:file:System:DemoFiles/incoming/");
                from("direct:download").to("datagrok:file:System:DemoFiles/d/data.csv?action=download")
                        .setHeader("bodyType", simple("${body.class.simpleName}"))
                        .convertBodyTo(String.class);
            }
        };
    }

    private Exchange send(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody(body);
            headers.forEach(e.getMessage()::setHeader);
        });
        if (exchange.getException() != null) {
            throw new CamelExecutionException("route failed", exchange, exchange.getException());
        }
        return exchange;
    }

    private String stored(String path) throws IOException {
        return new String(store.read(DEMO, path), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------ upload

    @Test
    void uploadsEveryBodyForm() throws Exception {
        Path file = Files.writeString(dir.resolve("f.txt"), "from a File");
        Path path = Files.writeString(dir.resolve("p.txt"), "from a Path");
        Map<String, Object> bodies = Map.of("string.txt", "from a String", "bytes.bin", "from bytes".getBytes(),
                "stream.txt", new ByteArrayInputStream("from a stream".getBytes()), "file.txt", file.toFile(),
                "path.txt", path);

        for (Map.Entry<String, Object> body : bodies.entrySet()) {
            Exchange done = send("direct:uploadDir", body.getValue(), Map.of(Exchange.FILE_NAME, body.getKey()));
            assertThat(done.getMessage().getHeader(DatagrokConstants.FILE_PATH)).isEqualTo("incoming/" + body.getKey());
        }

        assertThat(stored("incoming/string.txt")).isEqualTo("from a String");
        assertThat(stored("incoming/bytes.bin")).isEqualTo("from bytes");
        assertThat(stored("incoming/stream.txt")).isEqualTo("from a stream");
        assertThat(stored("incoming/file.txt")).isEqualTo("from a File");
        assertThat(stored("incoming/path.txt")).isEqualTo("from a Path");
    }

    @Test
    void uploadToAFixedPathAndThePathHeaderOverridesIt() throws Exception {
        Exchange fixed = send("direct:upload", "a,b\n1,2\n", Map.of());
        send("direct:upload", "other", Map.of(DatagrokConstants.FILE_PATH, "elsewhere/x.csv"));

        assertThat(stored("reports/today.csv")).isEqualTo("a,b\n1,2\n");
        assertThat(stored("elsewhere/x.csv")).isEqualTo("other");
        assertThat(fixed.getMessage().getHeader(DatagrokConstants.FILE_LENGTH)).isEqualTo(8L);
        assertThat(emulator().requests("POST", "/public/v1/files/.*")).extracting(r -> r.path())
                .containsExactly("/public/v1/files/System.DemoFiles/reports/today.csv",
                        "/public/v1/files/System.DemoFiles/elsewhere/x.csv");
    }

    @Test
    void filesFromTheFileComponentKeepTheirNamesAndFolders() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox/sub"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + dir.resolve("inbox") + "?recursive=true").to("datagrok:file:System:DemoFiles/incoming/");
            }
        });
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(2).create();
        Files.writeString(dir.resolve("inbox/top.csv"), "top");
        Files.writeString(inbox.resolve("deep.csv"), "deep");

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(store.list(DEMO)).containsExactlyInAnyOrder("incoming/top.csv", "incoming/sub/deep.csv");
        assertThat(stored("incoming/sub/deep.csv")).isEqualTo("deep");
    }

    @Test
    void aLargeStreamIsSentChunkedWithoutBeingRead() throws Exception {
        long size = 48L * 1024 * 1024;
        try (InputStream big = new Generated(size)) {
            send("direct:upload", big, Map.of());
        }

        assertThat(store.stat(DEMO, "reports/today.csv")).get().extracting(StoredFile::size).isEqualTo(size);
        assertThat(emulator().requests("POST", "/public/v1/files/.*").get(0).contentLength()).isEqualTo(-1);
    }

    @Test
    void badUploadsFailBeforeAnythingIsSent() {
        emulator().clearRequests();

        assertThatThrownBy(() -> send("direct:uploadDir", "x", Map.of()))
                .hasRootCauseMessage("The datagrok:file target is a directory (it ends with '/'), so the file name comes"
                        + " from the CamelFileName header, which is missing; set it, or name the whole path in the"
                        + " CamelDatagrokFilePath header");
        assertThatThrownBy(() -> send("direct:uploadDir", null, Map.of(Exchange.FILE_NAME, "a.txt")))
                .rootCause().hasMessageContaining("The message body is empty");
        assertThatThrownBy(() -> send("direct:uploadDir", Map.of("not", "bytes"), Map.of(Exchange.FILE_NAME, "a.txt")))
                .rootCause().hasMessageContaining("Unsupported body type");
        assertThatThrownBy(() -> send("direct:uploadDir", "x", Map.of(Exchange.FILE_NAME, "../escape.txt")))
                .rootCause().hasMessageContaining("not a plain relative path").hasMessageContaining("'..'");
        assertThatThrownBy(() -> send("datagrok:file:System:DemoFiles/a.txt?action=download", null,
                Map.of(DatagrokConstants.FILE_PATH, "dir/")))
                .rootCause().hasMessageContaining("needs a file, not the directory 'dir/'");
        assertThatThrownBy(() -> send("datagrok:file:System:DemoFiles/dir?action=sync", null, Map.of()))
                .rootCause().hasMessageContaining("needs the localPath option");
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void emptyInMemoryBodiesAndBackslashNamesFailBeforeAnythingIsSent() throws Exception {
        emulator().clearRequests();
        for (Object empty : new Object[] {new byte[0], ""}) {
            assertThatThrownBy(() -> send("direct:uploadDir", empty, Map.of(Exchange.FILE_NAME, "a.txt")))
                    .hasRootCauseInstanceOf(IllegalArgumentException.class)
                    .rootCause().hasMessageContaining("The message body is empty");
        }
        if (File.separatorChar == '/') {
            for (String name : new String[] {"C:\\x", "sub\\a.txt", "..\\up.txt"}) {
                assertThatThrownBy(() -> send("direct:uploadDir", "x", Map.of(Exchange.FILE_NAME, name)))
                        .as(name).hasRootCauseInstanceOf(IllegalArgumentException.class)
                        .rootCause().hasMessageContaining("not a plain relative path");
            }
        }
        assertThat(emulator().requests()).isEmpty();
        // an empty file is a file: it is sent
        Path empty = Files.createTempFile("empty", ".txt");
        try {
            send("direct:uploadDir", empty.toFile(), Map.of(Exchange.FILE_NAME, "empty.txt"));
            assertThat(emulator().files().read(FileStore.DEMO_FILES, "incoming/empty.txt")).isEmpty();
        } finally {
            Files.deleteIfExists(empty);
        }
    }

    // ------------------------------------------------------------ download and delete

    @Test
    void downloadsAsAStreamBytesOrString() {
        store.put(DEMO, "d/data.csv", "id\n1\n".getBytes());

        Exchange stream = send("direct:download", null, Map.of());
        byte[] bytes = template.requestBody("datagrok:file:System:DemoFiles/d/data.csv?action=download&outputType=bytes",
                null, byte[].class);
        String text = template.requestBody("datagrok:file:System:DemoFiles/d/data.csv?action=download&outputType=string",
                null, String.class);
        List<?> rows = template.requestBody("datagrok:file:System:DemoFiles/d/data.csv?action=download&outputType=rows",
                null, List.class);

        assertThat(stream.getMessage().getHeader("bodyType")).isEqualTo("DatagrokInputStream");
        assertThat(stream.getMessage().getBody(String.class)).isEqualTo("id\n1\n");
        assertThat(stream.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo("data.csv");
        assertThat(stream.getMessage().getHeader(DatagrokConstants.FILE_PATH)).isEqualTo("d/data.csv");
        assertThat(bytes).isEqualTo("id\n1\n".getBytes());
        assertThat(text).isEqualTo("id\n1\n");
        assertThat(rows).hasSize(1);
    }

    @Test
    void downloadsToALocalFileOrDirectory() throws Exception {
        store.put(DEMO, "d/data.bin", new byte[] {1, 2, 3});
        Path target = dir.resolve("out");
        Files.createDirectories(target);

        File intoDir = template.requestBody("datagrok:file:System:DemoFiles/d/data.bin?action=download&outputType=file"
                + "&localPath=" + target, null, File.class);
        Exchange exact = send("datagrok:file:System:DemoFiles/d/data.bin?action=download&outputType=file&localPath="
                + dir.resolve("exact/renamed.bin"), null, Map.of());

        assertThat(intoDir.toPath()).isEqualTo(target.toAbsolutePath().resolve("data.bin"));
        assertThat(Files.readAllBytes(intoDir.toPath())).containsExactly(1, 2, 3);
        assertThat(Files.readAllBytes(dir.resolve("exact/renamed.bin"))).containsExactly(1, 2, 3);
        assertThat(exact.getMessage().getHeader(DatagrokConstants.FILE_LENGTH)).isEqualTo(3L);
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThatThrownBy(() -> send("datagrok:file:System:DemoFiles/no/such.csv?action=download", null, Map.of()))
                .rootCause().isInstanceOf(DatagrokApiException.class).hasMessageContaining("File not found")
                .hasMessageContaining("no/such.csv");
    }

    @Test
    void deletesAndTheActionHeaderPicksTheAction() {
        store.put(DEMO, "del/a.txt", "a".getBytes());
        store.put(DEMO, "del/b.txt", "b".getBytes());

        send("datagrok:file:System:DemoFiles/del/a.txt?action=delete", null, Map.of());
        send("direct:upload", null, Map.of(DatagrokConstants.ACTION, "delete", DatagrokConstants.FILE_PATH, "del/b.txt"));

        assertThat(store.list(DEMO)).isEmpty();
    }

    // ------------------------------------------------------------ sync

    @Test
    void syncMirrorsARemoteDirectoryAndSummarises() throws Exception {
        StoredFile a = store.put(DEMO, "cfg/a.csv", "a".getBytes());
        StoredFile b = store.put(DEMO, "cfg/sub/b.csv", "b".getBytes());
        store.put(DEMO, "cfg/skip.txt", "t".getBytes());
        Path local = dir.resolve("mirror");
        String uri = "datagrok:file:System:DemoFiles/cfg/?action=sync&ext=csv&localPath=" + local;

        DirectorySync.Result first = template.requestBody(uri, null, DirectorySync.Result.class);
        store.put(DEMO, "cfg/a.csv", "a2".getBytes());
        store.delete(DEMO, "cfg/sub/b.csv");
        DirectorySync.Result second = template.requestBody(uri, null, DirectorySync.Result.class);

        assertThat(first.written()).containsExactly("a.csv", "sub/b.csv");
        assertThat(first.writtenCount()).isEqualTo(2);
        assertThat(second.written()).containsExactly("a.csv");
        assertThat(second.deleted()).containsExactly("sub/b.csv");
        assertThat(local.resolve("a.csv")).hasContent("a2");
        assertThat(local.resolve("sub/b.csv")).doesNotExist();
        assertThat(local.resolve("skip.txt")).doesNotExist();
        String a2 = store.stat(DEMO, "cfg/a.csv").orElseThrow().eTag();
        assertThat(Files.readString(local.resolve(".sync_meta.json"))).isEqualTo("{\"a.csv\": \"" + a2 + "\"}");
        assertThat(a.eTag()).isNotEqualTo(a2);
        assertThat(b.eTag()).isNotNull();
    }

    @Test
    void syncInteroperatesWithAMapThePythonClientWrote() throws Exception {
        StoredFile keep = store.put(DEMO, "py/keep.csv", "keep".getBytes());
        store.put(DEMO, "py/new.csv", "new".getBytes());
        Path local = Files.createDirectories(dir.resolve("py"));
        Files.writeString(local.resolve("keep.csv"), "keep");
        Files.writeString(local.resolve("gone.csv"), "gone");
        Files.writeString(local.resolve(".sync_meta.json"),
                "{\"keep.csv\": \"" + keep.eTag() + "\", \"gone.csv\": \"e-gone\"}");

        DirectorySync.Result result = template.requestBody("datagrok:file:System:DemoFiles/py?action=sync&localPath="
                + local, null, DirectorySync.Result.class);

        assertThat(result.unchanged()).containsExactly("keep.csv");
        assertThat(result.written()).containsExactly("new.csv");
        assertThat(result.deleted()).containsExactly("gone.csv");
        assertThat(local.resolve("gone.csv")).doesNotExist();
        String fresh = store.stat(DEMO, "py/new.csv").orElseThrow().eTag();
        assertThat(Files.readString(local.resolve(".sync_meta.json")))
                .isEqualTo("{\"keep.csv\": \"" + keep.eTag() + "\", \"new.csv\": \"" + fresh + "\"}");
    }

    @Test
    void syncRefusesMaliciousNamesAndWritesNothingOutside() throws Exception {
        Path local = dir.resolve("safe/mirror");
        for (String name : List.of("../../escape.txt", "/etc/owned", "a\\..\\..\\x.txt", ".sync_meta.json")) {
            emulator().reset();
            store.put(DEMO, "m/" + name, "EVIL".getBytes());

            assertThatThrownBy(() -> template.requestBody("datagrok:file:System:DemoFiles/m?action=sync&localPath="
                    + local, null, DirectorySync.Result.class))
                    .as(name).rootCause().isInstanceOf(UnsafeFileNameException.class)
                    .hasMessageContaining("Refused the file name");
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void emptyRemoteDirectoryClearsTheMirrorUnlessTurnedOff() throws Exception {
        Path local = Files.createDirectories(dir.resolve("m2"));
        Files.writeString(local.resolve("old.csv"), "old");

        DirectorySync.Result kept = template.requestBody("datagrok:file:System:DemoFiles/nothing?action=sync"
                + "&clearWhenRemoteEmpty=false&localPath=" + local, null, DirectorySync.Result.class);
        assertThat(local.resolve("old.csv")).exists();
        DirectorySync.Result cleared = template.requestBody("datagrok:file:System:DemoFiles/nothing?action=sync"
                + "&localPath=" + local, null, DirectorySync.Result.class);

        assertThat(kept.remoteEmpty()).isTrue();
        assertThat(cleared.deleted()).containsExactly("old.csv");
        assertThat(local.resolve("old.csv")).doesNotExist();
        assertThat(local.resolve(".sync_meta.json")).hasContent("{}");
    }

    @Test
    void yamlRoutesUploadAndSync() throws Exception {
        store.put(DEMO, "yaml/in/a.csv", "a".getBytes());
        Path local = dir.resolve("yaml-mirror");
        String yaml = """
                - route:
                    from:
                      uri: direct:yaml-upload
                      steps:
                        - to:
                            uri: datagrok:file:System:DemoFiles/yaml/up/
                - route:
                    from:
                      uri: direct:yaml-sync
                      steps:
                        - to:
                            uri: datagrok:file:System:DemoFiles/yaml/in/
                            parameters:
                              action: sync
                              localPath: %s
                              recursive: false
                              ext: csv
                """.formatted(local);
        org.apache.camel.support.PluginHelper.getRoutesLoader(context)
                .loadRoutes(org.apache.camel.support.ResourceHelper.fromString("files.yaml", yaml));

        template.sendBodyAndHeader("direct:yaml-upload", "from yaml", Exchange.FILE_NAME, "y.txt");
        DirectorySync.Result result = template.requestBody("direct:yaml-sync", null, DirectorySync.Result.class);

        assertThat(stored("yaml/up/y.txt")).isEqualTo("from yaml");
        assertThat(result.written()).containsExactly("a.csv");
        assertThat(local.resolve("a.csv")).hasContent("a");
        assertThat(emulator().requests("POST", "/public/v1/files/sync/.*").get(0).query())
                .isEqualTo("recursive=false&ext=csv");
    }

    /** Bytes made up while read: a large body that is nowhere in memory. */
    static final class Generated extends InputStream {
        private final Random random = new Random(1);
        private long left;

        Generated(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? random.nextInt(256) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) i;
            }
            left -= n;
            return n;
        }
    }
}
