package io.github.cameldatagrok.client;

import static io.github.cameldatagrok.client.DatagrokFilesTest.bytes;
import static io.github.cameldatagrok.client.DatagrokFilesTest.random;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.emulator.Fault;
import io.github.cameldatagrok.emulator.files.FileStore;
import io.github.cameldatagrok.emulator.files.StoredFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mirroring a remote directory like the Python client, against the emulator. */
class DirectorySyncTest {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @TempDir
    Path tmp;

    private DatagrokClient client;
    private FileStore store;
    private Path local;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        client = new DatagrokClient(DatagrokClientConfig.builder().baseUrl(DATAGROK.baseUrl())
                .apiKey(DATAGROK.apiKey()).build());
        store = DATAGROK.emulator().files();
        local = tmp.resolve("mirror");
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private DirectorySync.Result sync() {
        return client.files().syncDirectory("System:DemoFiles", "configs", local, FileSyncOptions.defaults());
    }

    @Test
    void firstSyncWritesEveryFileAndAPythonStyleMap() throws IOException {
        StoredFile a = store.put("System:DemoFiles", "configs/a.csv", bytes("x,y\n1,2\n"));
        StoredFile c = store.put("System:DemoFiles", "configs/sub/c.csv", bytes("c"));

        DirectorySync.Result result = sync();

        assertThat(result.written()).containsExactly("a.csv", "sub/c.csv");
        assertThat(result.unchanged()).isEmpty();
        assertThat(local.resolve("a.csv")).hasContent("x,y\n1,2\n");
        assertThat(local.resolve("sub/c.csv")).hasContent("c");
        assertThat(Files.readString(local.resolve(".sync_meta.json")))
                .isEqualTo("{\"a.csv\": \"" + a.eTag() + "\", \"sub/c.csv\": \"" + c.eTag() + "\"}");
        assertThat(localFiles()).containsExactly(".sync_meta.json", "a.csv", "sub/c.csv");
    }

    @Test
    void secondSyncSendsTheETagsAndRewritesNothing() throws IOException {
        store.put("System:DemoFiles", "configs/a.csv", bytes("1"));
        store.put("System:DemoFiles", "configs/b.csv", bytes("2"));
        sync();
        Files.setLastModifiedTime(local.resolve("a.csv"), java.nio.file.attribute.FileTime.fromMillis(1000));

        DirectorySync.Result result = sync();

        assertThat(result.written()).isEmpty();
        assertThat(result.unchanged()).containsExactly("a.csv", "b.csv");
        assertThat(Files.getLastModifiedTime(local.resolve("a.csv")).toMillis()).isEqualTo(1000);
    }

    @Test
    void changedFilesAreRewrittenAndDeletedOnesRemoved() throws IOException {
        store.put("System:DemoFiles", "configs/keep.csv", bytes("keep"));
        store.put("System:DemoFiles", "configs/change.csv", bytes("old"));
        store.put("System:DemoFiles", "configs/drop/me.csv", bytes("bye"));
        sync();
        StoredFile changed = store.put("System:DemoFiles", "configs/change.csv", bytes("new"));
        store.delete("System:DemoFiles", "configs/drop/me.csv");

        DirectorySync.Result result = sync();

        assertThat(result.written()).containsExactly("change.csv");
        assertThat(result.unchanged()).containsExactly("keep.csv");
        assertThat(result.deleted()).containsExactly("drop/me.csv");
        assertThat(local.resolve("change.csv")).hasContent("new");
        assertThat(local.resolve("drop/me.csv")).doesNotExist();
        assertThat(SyncMeta.read(local.resolve(".sync_meta.json"))).containsEntry("change.csv", changed.eTag())
                .doesNotContainKey("drop/me.csv").containsKey("keep.csv");
    }

    @Test
    void aLocallyDeletedFileIsFetchedAgain() throws IOException {
        store.put("System:DemoFiles", "configs/a.csv", bytes("a"));
        sync();
        Files.delete(local.resolve("a.csv"));

        DirectorySync.Result result = sync();

        assertThat(result.written()).containsExactly("a.csv");
        assertThat(local.resolve("a.csv")).hasContent("a");
    }

    @Test
    void emptyRemoteDirectoryClearsTheLocalOne() throws IOException {
        store.put("System:DemoFiles", "configs/a.csv", bytes("a"));
        store.put("System:DemoFiles", "configs/s/b.csv", bytes("b"));
        sync();
        Files.writeString(local.resolve("mine.txt"), "local only");
        store.clear();

        DirectorySync.Result result = sync();

        assertThat(result.remoteEmpty()).isTrue();
        assertThat(result.deleted()).containsExactly("a.csv", "mine.txt", "s/b.csv");
        assertThat(localFiles()).containsExactly(".sync_meta.json");
        assertThat(Files.readString(local.resolve(".sync_meta.json"))).isEqualTo("{}");
    }

    @Test
    void aMapWrittenByThePythonClientIsHonoured() throws IOException {
        StoredFile a = store.put("System:DemoFiles", "configs/a.csv", bytes("a"));
        StoredFile b = store.put("System:DemoFiles", "configs/b.csv", bytes("b-new"));
        Files.createDirectories(local);
        Files.writeString(local.resolve("a.csv"), "a");
        Files.writeString(local.resolve("b.csv"), "b-old");
        // as python's json.dumps writes it: spaces after ':' and ','
        Files.writeString(local.resolve(".sync_meta.json"), "{\"a.csv\": \"" + a.eTag() + "\", \"b.csv\": \"stale\"}");

        DirectorySync.Result result = sync();

        assertThat(result.unchanged()).containsExactly("a.csv");
        assertThat(result.written()).containsExactly("b.csv");
        assertThat(local.resolve("b.csv")).hasContent("b-new");
        assertThat(Files.readString(local.resolve(".sync_meta.json")))
                .isEqualTo("{\"a.csv\": \"" + a.eTag() + "\", \"b.csv\": \"" + b.eTag() + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "../../escape/evil.txt", "/abs.txt", "sub/../../evil.txt", "a\\..\\evil.txt",
            ".sync_meta.json", "a//b.txt", "sub/./x.txt"})
    void maliciousNamesAreRefusedAndNothingLeavesTheDirectory(String name) throws IOException {
        store.put("System:DemoFiles", "configs/good.csv", bytes("good"));
        sync();
        String metaBefore = Files.readString(local.resolve(".sync_meta.json"));
        // the emulator keeps any name; strip the directory prefix the same way the server does
        store.put("System:DemoFiles", "configs/" + name, bytes("EVIL"));

        assertThatThrownBy(this::sync).isInstanceOf(UnsafeFileNameException.class)
                .hasMessageContaining("Refused the file name");

        assertThat(Files.readString(local.resolve(".sync_meta.json"))).isEqualTo(metaBefore);
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> readQuietly(p)))
                    .doesNotContain("EVIL");
        }
    }

    @Test
    void aNameTheServerEscapedIsWrittenAsSentAndRoundTrips() throws IOException {
        store.put("System:DemoFiles", "configs/a.csv", bytes("a"));
        store.put("System:DemoFiles", "configs/nul\u0000.txt", bytes("N"));
        store.put("System:DemoFiles", "configs/q\"uote.txt", bytes("Q"));

        // a part header cannot carry NUL or '"': the server escapes them, and the Python client takes the name as
        // written, so does the sync (it stays inside localPath and is the key of its eTag next time)
        assertThat(sync().written()).containsExactlyInAnyOrder("a.csv", "nul%00.txt", "q%22uote.txt");
        assertThat(local.resolve("nul%00.txt")).hasContent("N");
        DirectorySync.Result again = sync();
        assertThat(again.written()).isEmpty();
        assertThat(again.unchanged()).containsExactlyInAnyOrder("a.csv", "nul%00.txt", "q%22uote.txt");
    }

    @Test
    void aDroppedConnectionLeavesNoHalfFileAndNoNewMap() throws IOException {
        store.put("System:DemoFiles", "configs/a.bin", random(2 * 1024 * 1024, 4));
        emulator().faults().add(Fault.on("POST", "/public/v1/files/sync/.*").dropConnectionAfterBytes(700_000)
                .times(1));

        assertThatThrownBy(this::sync).isInstanceOf(UncheckedIOException.class);

        assertThat(localFiles()).isEmpty();
        DirectorySync.Result retry = sync();
        assertThat(retry.written()).containsExactly("a.bin");
        assertThat(Files.readAllBytes(local.resolve("a.bin"))).isEqualTo(random(2 * 1024 * 1024, 4));
    }

    @Test
    void filtersAndTheRemoteRoot() throws IOException {
        store.put("System:DemoFiles", "configs/a.csv", bytes("a"));
        store.put("System:DemoFiles", "configs/a.txt", bytes("t"));
        store.put("System:DemoFiles", "configs/deep/b.csv", bytes("b"));

        DirectorySync.Result csvFlat = client.files().syncDirectory("System:DemoFiles", "configs", local,
                new FileSyncOptions(false, "csv"));
        DirectorySync.Result root = new DirectorySync(client.files()).metaFileName(".meta.json")
                .sync("System:DemoFiles", "", tmp.resolve("root"), FileSyncOptions.defaults());

        assertThat(csvFlat.written()).containsExactly("a.csv");
        assertThat(root.written()).containsExactly("configs/a.csv", "configs/a.txt", "configs/deep/b.csv");
        assertThat(tmp.resolve("root/.meta.json")).exists();
    }

    private io.github.cameldatagrok.emulator.DatagrokEmulator emulator() {
        return DATAGROK.emulator();
    }

    private List<String> localFiles() throws IOException {
        if (!Files.exists(local)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(local)) {
            return all.filter(Files::isRegularFile).map(p -> local.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static String readQuietly(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
