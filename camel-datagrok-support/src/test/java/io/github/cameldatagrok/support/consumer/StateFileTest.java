package io.github.cameldatagrok.support.consumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The default consumer state: what a killed JVM leaves behind is read back, and nothing more. */
class StateFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void commitsSurviveAKillBeforeTheSnapshotAndATornLineIsIgnored() throws Exception {
        StateFile state = new StateFile(dir, "s", JSON);
        state.commit("a.txt", "e1");
        state.commit("sub/b.txt", "e2");
        state.forget("a.txt");
        state.commit("c \"quoted\"\n.txt", "e3");
        // killed here: no endPoll, no close; the journal holds every commit, then half a line is written
        Files.writeString(dir.resolve("s.journal"), "[\"d.txt\",\"e", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        StateFile restarted = new StateFile(dir, "s", JSON);
        assertThat(restarted.versions()).containsOnly(Map.entry("sub/b.txt", "e2"), Map.entry("c \"quoted\"\n.txt", "e3"));
        assertThat(restarted.begin("sub/b.txt", "e2")).isFalse();
        assertThat(restarted.begin("sub/b.txt", "e9")).isTrue();
    }

    @Test
    void endPollFoldsTheJournalIntoTheSnapshot() throws Exception {
        StateFile state = new StateFile(dir, "s", JSON);
        state.commit("a.txt", "e1");
        state.endPoll();
        assertThat(dir.resolve("s.journal")).doesNotExist();
        assertThat(JSON.readValue(dir.resolve("s.json").toFile(), Map.class)).isEqualTo(Map.of("a.txt", "e1"));
        // no temporary file left beside it
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("s.json");
        }
        state.commit("b.txt", "e2");
        state.close();
        assertThat(new StateFile(dir, "s", JSON).versions()).containsOnly(Map.entry("a.txt", "e1"),
                Map.entry("b.txt", "e2"));
    }
}
