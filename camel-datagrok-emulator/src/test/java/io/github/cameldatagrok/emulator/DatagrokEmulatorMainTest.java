package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatagrokEmulatorMainTest {

    @Test
    void startsOnTheGivenPortAndPrintsOneLineWithTheUrlButNotTheKey(@TempDir Path dataDir) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (DatagrokEmulator emulator = DatagrokEmulatorMain.start(new String[] {"--port", "0", "--api-key",
                "cli-secret", "--host", "127.0.0.1", "--data-dir", dataDir.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {

            String output = printed.toString(StandardCharsets.UTF_8);
            assertThat(output.lines()).hasSize(1);
            assertThat(output).contains(emulator.baseUrl()).doesNotContain("cli-secret");
            assertThat(new Http(emulator.baseUrl(), "Bearer cli-secret").get("/public/v1/healthcheck").statusCode())
                    .isEqualTo(200);
            assertThat(new Http(emulator.serverUrl(), "cli-secret").postCsv("/public/v1/tables/T", "a\n1\n")
                    .statusCode()).isEqualTo(200);
            assertThat(emulator.dataDirectory()).isEqualTo(dataDir);
        }
        assertThat(dataDir.resolve("tables")).isNotEmptyDirectory();
    }

    @Test
    void acceptsEqualsForm() {
        try (DatagrokEmulator emulator = DatagrokEmulatorMain.start(new String[] {"--port=0", "--api-key=k2"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            assertThat(emulator.apiKey()).isEqualTo("k2");
        }
    }

    @Test
    void helpPrintsUsageAndStartsNothing() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        DatagrokEmulator emulator = DatagrokEmulatorMain.start(new String[] {"--help"},
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(emulator).isNull();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--port", "--api-key", "--host", "--data-dir");
    }

    @Test
    void badArgumentsAreRejected() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DatagrokEmulatorMain.start(new String[] {"--bogus"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> DatagrokEmulatorMain.start(new String[] {"--port"}, out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatagrokEmulatorMain.start(new String[] {"--port", "http"}, out))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
