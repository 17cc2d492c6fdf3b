package io.github.cameldatagrok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncMetaTest {

    @TempDir
    Path dir;

    @Test
    void writesWhatPythonsJsonDumpsWrites() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("a.csv", "e1");
        map.put("sub/é b.csv", "x\"y\\z\u0001");
        map.put("\uD83D\uDE00", "\u007f");

        // python3 -c 'import json; print(json.dumps({"a.csv":"e1","sub/é b.csv":"x\"y\\z\u0001","\U0001F600":"\x7f"}))'
        assertThat(SyncMeta.toJson(map)).isEqualTo(
                "{\"a.csv\": \"e1\", \"sub/\\u00e9 b.csv\": \"x\\\"y\\\\z\\u0001\", \"\\ud83d\\ude00\": \"\\u007f\"}");
        assertThat(SyncMeta.toJson(Map.of())).isEqualTo("{}");
    }

    @Test
    void readsAFileThePythonClientWroteAndKeepsItsOrder() throws IOException {
        Path file = dir.resolve(".sync_meta.json");
        Files.writeString(file, "{\"z.csv\": \"e-z\", \"a/b.csv\": \"e-\\u00e9\", \"m.txt\": \"e-m\"}",
                StandardCharsets.UTF_8);

        Map<String, String> map = SyncMeta.read(file);

        assertThat(map).containsExactly(Map.entry("z.csv", "e-z"), Map.entry("a/b.csv", "e-é"),
                Map.entry("m.txt", "e-m"));
    }

    @Test
    void roundTripsAtomicallyWithoutLeftovers() throws IOException {
        Path file = dir.resolve(".sync_meta.json");
        Map<String, String> map = new LinkedHashMap<>();
        map.put("one.csv", "1");
        map.put("two/three.csv", "3");

        SyncMeta.write(file, map);
        SyncMeta.write(file, map);

        assertThat(SyncMeta.read(file)).isEqualTo(map);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void absentFileIsEmptyAndANonObjectIsAnError() throws IOException {
        assertThat(SyncMeta.read(dir.resolve("none.json"))).isEmpty();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[1]");
        assertThatThrownBy(() -> SyncMeta.read(bad)).isInstanceOf(IOException.class).hasMessageContaining("JSON object");
    }
}
