package io.github.cameldatagrok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.emulator.Fault;
import io.github.cameldatagrok.emulator.files.FileStore;
import io.github.cameldatagrok.emulator.files.StoredFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The files client against the emulator over real HTTP. */
class DatagrokFilesTest {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @TempDir
    Path tmp;

    private DatagrokClient client;
    private DatagrokFiles files;
    private FileStore store;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        client = new DatagrokClient(DatagrokClientConfig.builder().baseUrl(DATAGROK.baseUrl())
                .apiKey(DATAGROK.apiKey()).retryDelay(java.time.Duration.ofMillis(10)).build());
        files = client.files();
        store = DATAGROK.emulator().files();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private DatagrokEmulator emulator() {
        return DATAGROK.emulator();
    }

    // ------------------------------------------------------------ upload, download, delete

    @Test
    void uploadsInEveryFormAndDownloadsTheSameBytes() throws IOException {
        Path local = Files.writeString(tmp.resolve("local.txt"), "from a path");

        files.upload("System:DemoFiles", "up/bytes.bin", bytes("from bytes"));
        files.upload("System:DemoFiles", "up/path.txt", local);
        files.upload("System:DemoFiles", "/up/stream.txt", new ByteArrayInputStream(bytes("chunked")), -1);
        files.upload("System:DemoFiles", "up/sized.txt", new ByteArrayInputStream(bytes("sized")), 5);
        files.upload("System:DemoFiles", "up/with space & #.txt", bytes("odd name"));

        assertThat(store.list("System:DemoFiles")).containsExactly("up/bytes.bin", "up/path.txt", "up/sized.txt",
                "up/stream.txt", "up/with space & #.txt");
        assertThat(text(files.download("System:DemoFiles", "up/path.txt"))).isEqualTo("from a path");
        assertThat(text(files.download("System.DemoFiles", "up/stream.txt"))).isEqualTo("chunked");
        assertThat(text(files.download("System:DemoFiles", "up/with space & #.txt"))).isEqualTo("odd name");
        assertThat(emulator().requests("POST", "/public/v1/files/System.DemoFiles/up/sized.txt").get(0)
                .contentType()).isEqualTo("application/octet-stream");
        assertThat(emulator().requests("POST", "/public/v1/files/System.DemoFiles/up/sized.txt").get(0)
                .contentLength()).isEqualTo(5);
    }

    @Test
    void downloadToWritesAtomically() throws IOException {
        store.put("System:DemoFiles", "d/f.csv", bytes("a,b\n1,2\n"));

        long size = files.downloadTo("System:DemoFiles", "d/f.csv", tmp.resolve("out/f.csv"));

        assertThat(size).isEqualTo(8);
        assertThat(tmp.resolve("out/f.csv")).hasContent("a,b\n1,2\n");
        try (var list = Files.list(tmp.resolve("out"))) {
            assertThat(list).hasSize(1);
        }
    }

    @Test
    void missingFileIsAClearApiError() {
        assertThatThrownBy(() -> files.download("System:DemoFiles", "no/such.csv"))
                .isInstanceOf(DatagrokApiException.class)
                .hasMessageContaining("File not found")
                .hasMessageContaining("no/such.csv")
                .satisfies(e -> assertThat(((DatagrokApiException) e).getErrorCode()).isEqualTo("404"));
        assertThatThrownBy(() -> files.download("Nobody:Files", "a.csv"))
                .isInstanceOf(DatagrokApiException.class).hasMessageContaining("Connection not found");
        assertThatThrownBy(() -> files.downloadTo("System:DemoFiles", "no/such.csv", tmp.resolve("x")))
                .isInstanceOf(DatagrokApiException.class);
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void deleteRemovesAndAMissingFileIsAnError() {
        store.put("System:DemoFiles", "del/x.txt", bytes("x"));

        files.delete("System:DemoFiles", "del/x.txt");

        assertThat(store.list("System:DemoFiles")).isEmpty();
        assertThatThrownBy(() -> files.delete("System:DemoFiles", "del/x.txt"))
                .isInstanceOf(DatagrokApiException.class).hasMessageContaining("File not found");
    }

    @Test
    void badPathsFailBeforeAnythingIsSent() {
        emulator().clearRequests();
        assertThatThrownBy(() -> files.upload("System:DemoFiles", "dir/", bytes("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names a directory");
        assertThatThrownBy(() -> files.download("System:DemoFiles", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No file path");
        assertThatThrownBy(() -> files.delete("", "a.txt"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(emulator().requests()).isEmpty();
    }

    // ------------------------------------------------------------ openSync

    @Test
    void openSyncStreamsPartsWithStatusesAndETags() throws IOException {
        StoredFile same = store.put("System:DemoFiles", "s/same.csv", bytes("same"));
        StoredFile fresh = store.put("System:DemoFiles", "s/sub/new.csv", bytes("new content"));

        List<String> seen = new ArrayList<>();
        try (FileSyncParts parts = files.openSync("System:DemoFiles", "/s/", Map.of("same.csv", same.eTag(),
                "gone.csv", "old"), FileSyncOptions.defaults())) {
            assertThat(parts.isEmptyDirectory()).isFalse();
            for (FileSyncPart part : parts) {
                String body = new String(part.content().readAllBytes(), StandardCharsets.UTF_8);
                seen.add(part.fileName() + "|" + part.status() + "|" + part.eTag() + "|" + part.length() + "|" + body);
            }
        }

        assertThat(seen).containsExactly(
                "same.csv|NOT_MODIFIED|null|-1|",
                "sub/new.csv|MODIFIED|" + fresh.eTag() + "|11|new content",
                "gone.csv|DELETED|null|-1|");
        var request = emulator().requests("POST", "/public/v1/files/sync/.*").get(0);
        assertThat(request.path()).isEqualTo("/public/v1/files/sync/System.DemoFiles/s");
        assertThat(request.query()).isEqualTo("recursive=true");
        assertThat(request.contentType()).startsWith("application/json");
    }

    @Test
    void thousandsOfSmallPartsAndNonAsciiNamesComeThrough() throws IOException {
        for (int i = 0; i < 3000; i++) {
            store.put("System:DemoFiles", String.format("many/d%02d/f%04d.txt", i % 37, i), bytes("content " + i));
        }
        store.put("System:DemoFiles", "many/Zoë/日本 語.csv", bytes("unicode"));

        int count = 0;
        Map<String, String> contents = new java.util.HashMap<>();
        try (FileSyncParts parts = files.openSync("System:DemoFiles", "many", Map.of(), null)) {
            for (FileSyncPart part : parts) {
                count++;
                contents.put(part.fileName(), new String(part.content().readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        assertThat(count).isEqualTo(3001);
        assertThat(contents).containsEntry("d05/f0005.txt", "content 5").containsEntry("d02/f2999.txt",
                "content 2999").containsEntry("Zoë/日本 語.csv", "unicode");
    }

    @Test
    void fileNamesAreReadLikeThePythonClientReadsThem() {
        assertThat(FileSyncParts.fileName("form-data; name=\"file\"; filename=\"sub/c.csv\"", 0)).isEqualTo("sub/c.csv");
        assertThat(FileSyncParts.fileName("form-data; name=file; filename=plain.csv", 0)).isEqualTo("plain.csv");
        assertThat(FileSyncParts.fileName("form-data; filename=last.csv; size=3", 0)).isEqualTo("last.csv");
        // backslashes stay, so the safety check sees them
        assertThat(FileSyncParts.fileName("form-data; filename=\"a\\..\\b\"", 0)).isEqualTo("a\\..\\b");
        assertThat(FileSyncParts.fileName("form-data; name=\"file\"", 4)).isEqualTo("part_4");
        assertThat(FileSyncParts.fileName(null, 7)).isEqualTo("part_7");
        assertThat(FileSyncParts.fileName("form-data; xfilename=\"no\"; filename=\"yes\"", 0)).isEqualTo("yes");
        // the parameter name in any case, the value as written
        assertThat(FileSyncParts.fileName("form-data; FileName=\"Up.CSV\"", 0)).isEqualTo("Up.CSV");
        assertThat(FileSyncParts.fileName("form-data;\tFILENAME=tab.csv", 0)).isEqualTo("tab.csv");
    }

    @Test
    void partsLeftUnreadAreSkipped() {
        store.put("System:DemoFiles", "k/a.bin", new byte[500_000]);
        store.put("System:DemoFiles", "k/b.txt", bytes("bee"));

        List<String> names = new ArrayList<>();
        try (FileSyncParts parts = files.openSync("System:DemoFiles", "k", Map.of(), null)) {
            parts.forEach(p -> names.add(p.fileName()));
        }

        assertThat(names).containsExactly("a.bin", "b.txt");
    }

    @Test
    void emptyRemoteDirectoryHasNoParts() {
        try (FileSyncParts parts = files.openSync("System:DemoFiles", "nothing/here", Map.of("a", "b"),
                new FileSyncOptions(false, "csv"))) {
            assertThat(parts.isEmptyDirectory()).isTrue();
            assertThat(parts.hasNext()).isFalse();
        }
        assertThat(emulator().requests("POST", "/public/v1/files/sync/.*").get(0).query())
                .isEqualTo("recursive=false&ext=csv");
    }

    @Test
    void aPartCanBeBufferedInMemoryOrSpooledToATemporaryFile() throws IOException {
        store.put("System:DemoFiles", "b/small.txt", bytes("tiny"));
        byte[] big = random(200_000, 5);
        store.put("System:DemoFiles", "b/z-big.bin", big);

        List<BufferedPartContent> kept = new ArrayList<>();
        try (FileSyncParts parts = files.openSync("System:DemoFiles", "b", Map.of(), null)) {
            for (FileSyncPart part : parts) {
                kept.add(part.buffer(64 * 1024, tmp));
            }
        }

        assertThat(kept.get(0).isInMemory()).isTrue();
        assertThat(kept.get(0).openStream().readAllBytes()).isEqualTo(bytes("tiny"));
        assertThat(kept.get(1).isInMemory()).isFalse();
        assertThat(kept.get(1).file()).startsWith(tmp);
        assertThat(kept.get(1).size()).isEqualTo(big.length);
        try (InputStream in = kept.get(1).openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(big);
        }
        kept.get(1).close();
        assertThat(kept.get(1).file()).doesNotExist();
    }

    @Test
    void largeFileStreamsWithBoundedMemory() throws Exception {
        long size = 96L * 1024 * 1024;
        try (InputStream generated = new RandomStream(size, 11)) {
            store.put("System:DemoFiles", "large/blob.bin", generated);
        }
        String expected;
        try (InputStream generated = new RandomStream(size, 11)) {
            expected = sha256(generated);
        }

        String actual;
        try (FileSyncParts parts = files.openSync("System:DemoFiles", "large", Map.of(), null)) {
            FileSyncPart part = parts.next();
            assertThat(part.length()).isEqualTo(size);
            actual = sha256(part.content());
            assertThat(parts.hasNext()).isFalse();
        }

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void droppedConnectionMidAnswerFailsTheSync() {
        store.put("System:DemoFiles", "cut/a.bin", random(3 * 1024 * 1024, 1));
        store.put("System:DemoFiles", "cut/b.bin", random(1024, 2));
        emulator().faults().add(Fault.on("POST", "/public/v1/files/sync/.*").dropConnectionAfterBytes(1_000_000)
                .times(1));

        assertThatThrownBy(() -> {
            try (FileSyncParts parts = files.openSync("System:DemoFiles", "cut", Map.of(), null)) {
                for (FileSyncPart part : parts) {
                    part.content().transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        }).isInstanceOfAny(IOException.class, UncheckedIOException.class);

        try (FileSyncParts parts = files.openSync("System:DemoFiles", "cut", Map.of(), null)) {
            assertThat(parts).extracting(FileSyncPart::fileName).containsExactly("a.bin", "b.bin");
        }
    }

    @Test
    void anAnswerThatIsNotMultipartIsRefused() {
        store.put("System:DemoFiles", "x/a.csv", bytes("1"));
        emulator().faults().add(Fault.on("POST", "/public/v1/files/sync/.*").apiError("Sync exploded")
                .withoutApiErrorHeader().times(1));
        emulator().faults().add(Fault.on("POST", "/public/v1/files/sync/.*").status(200).body("text/html",
                "<html>proxy</html>").times(1));

        assertThatThrownBy(() -> files.openSync("System:DemoFiles", "x", Map.of(), null))
                .isInstanceOf(DatagrokApiException.class).hasMessageContaining("Sync exploded");
        assertThatThrownBy(() -> files.openSync("System:DemoFiles", "x", Map.of(), null))
                .isInstanceOf(DatagrokApiException.class)
                .hasMessageContaining("Incorrect response type. Expected multipart but received text/html");
    }

    // ------------------------------------------------------------ helpers

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] random(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    private static String text(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Deterministic pseudo-random bytes of a given length, generated on the fly. */
    static final class RandomStream extends InputStream {
        private final Random random;
        private long left;

        RandomStream(long size, long seed) {
            this.random = new Random(seed);
            this.left = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, b, off, n);
            left -= n;
            return n;
        }
    }
}
