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

    @Test
    void seedsUsersGroupsTablesSharesAndFilesFromTheReadmesSeedFile(@TempDir Path dir) throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        java.util.regex.Matcher json = java.util.regex.Pattern.compile("```json\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        assertThat(json.find()).as("the README's seed file").isTrue();
        Path seed = java.nio.file.Files.writeString(dir.resolve("seed.json"), json.group(1));
        java.nio.file.Files.writeString(dir.resolve("orders.csv"), "id,total\n1,2.5\n");
        Path files = java.nio.file.Files.createDirectories(dir.resolve("demo-files/incoming"));
        java.nio.file.Files.writeString(files.resolve("a.csv"), "x\n1\n");

        try (DatagrokEmulator emulator = DatagrokEmulatorMain.start(new String[] {"--port", "0",
                "--files", dir.resolve("demo-files").toString(), "--seed", seed.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            String alice = emulator.users().find("alice.mendel").orElseThrow().groupId();
            String chemists = emulator.groups().find("Chemists").orElseThrow().id();
            assertThat(emulator.groups().isMember(chemists, alice)).isTrue();
            String orders = emulator.tables().find("Admin:Sales:Orders").orElseThrow().id();
            assertThat(emulator.tables().readCsv(orders)).isEqualTo("id,total\n1,2.5\n");
            assertThat(emulator.shares().access(orders, "Chemists"))
                    .contains(io.github.cameldatagrok.emulator.shares.ShareStore.Access.Edit);
            assertThat(emulator.files().read("System:DemoFiles", "incoming/a.csv"))
                    .isEqualTo("x\n1\n".getBytes(StandardCharsets.UTF_8));
            // over HTTP, as a route sees it
            assertThat(new Http(emulator.baseUrl(), emulator.apiKey()).get("/public/v1/groups/Chemists").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void aSeedNamingSomethingUnknownFailsTheStart(@TempDir Path dir) throws Exception {
        Path seed = java.nio.file.Files.writeString(dir.resolve("seed.json"),
                "{\"groups\": [{\"name\": \"Chemists\", \"members\": [\"nobody\"]}]}");
        assertThatThrownBy(() -> DatagrokEmulatorMain.start(new String[] {"--port", "0", "--seed", seed.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
    }

    @Test
    void helpListsEveryBuiltInFunction() {
        try (DatagrokEmulator emulator = DatagrokEmulator.builder().port(0).build().start()) {
            for (var function : emulator.functions().list()) {
                assertThat(DatagrokEmulatorMain.USAGE).contains(function.grokName() + "(");
            }
        }
    }
}
