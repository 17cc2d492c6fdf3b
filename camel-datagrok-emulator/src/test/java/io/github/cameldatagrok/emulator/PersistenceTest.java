package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

    @TempDir
    Path dataDirectory;

    @Test
    void tablesSurviveARestartWithADataDirectory() {
        String id;
        try (DatagrokEmulator first = DatagrokEmulator.builder().dataDirectory(dataDirectory).build().start()) {
            JsonNode answer = Http.json(Http.bearer(first).postCsv("/public/v1/tables/Sales.Orders", "a\n1\n"));
            id = answer.get("ID").asText();
        }
        assertThat(dataDirectory.resolve("tables").resolve(id + ".csv")).exists();

        try (DatagrokEmulator second = DatagrokEmulator.builder().dataDirectory(dataDirectory).build().start()) {
            assertThat(second.tables().names()).containsExactly("Admin:Sales:Orders");
            assertThat(Http.bearer(second).get("/public/v1/tables/" + id).body()).isEqualTo("a\n1\n");
            JsonNode again = Http.json(Http.bearer(second).postCsv("/public/v1/tables/sales.orders", "a\n2\n"));
            assertThat(again.get("ID").asText()).isEqualTo(id);
            assertThat(again.get("Grok name").asText()).isEqualTo("Admin:Sales:Orders");
        }
    }

    @Test
    void temporaryDataIsDeletedOnClose() {
        Path temporary;
        try (DatagrokEmulator emulator = DatagrokEmulator.builder().build().start()) {
            emulator.tables().put("Admin:A:A", "x\n1\n");
            temporary = emulator.dataDirectory();
            assertThat(temporary).exists();
        }
        assertThat(Files.exists(temporary)).isFalse();
    }

    @Test
    void leftoverUploadsAreCleanedOnStart() throws Exception {
        Files.createDirectories(dataDirectory.resolve("tmp"));
        Files.writeString(dataDirectory.resolve("tmp").resolve("upload-1.part"), "half a table");

        try (DatagrokEmulator emulator = DatagrokEmulator.builder().dataDirectory(dataDirectory).build().start()) {
            assertThat(emulator.tables().names()).isEmpty();
            assertThat(dataDirectory.resolve("tmp")).isEmptyDirectory();
        }
    }

    @Test
    void builderDefaults() {
        try (DatagrokEmulator emulator = DatagrokEmulator.builder().build().start()) {
            assertThat(emulator.apiKey()).isEqualTo(DatagrokEmulator.DEFAULT_API_KEY).isEqualTo("datagrok-emulator-key");
            assertThat(emulator.login()).isEqualTo("Admin");
            assertThat(emulator.host()).isEqualTo("127.0.0.1");
            assertThat(emulator.port()).isPositive();
            assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port() + "/api");
            assertThat(emulator.serverUrl()).isEqualTo("http://127.0.0.1:" + emulator.port());
            assertThat(emulator.toString()).doesNotContain(emulator.apiKey());
        }
    }
}
