package io.github.cameldatagrok.client;

import io.github.cameldatagrok.client.model.DashboardResult;
import io.github.cameldatagrok.client.model.FunctionInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain Java client's functions and dashboards against the emulator, without Camel. */
class DatagrokFunctionsTest {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @TempDir
    Path dir;

    private DatagrokClient client;

    @BeforeEach
    void open() {
        client = new DatagrokClient(DatagrokClientConfig.builder().baseUrl(DATAGROK.baseUrl())
                .apiKey(DATAGROK.apiKey()).build());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void synchronousAndAsynchronousCalls() throws Exception {
        assertThat(client.functions().call("Sin", Map.of("x", 0)).doubleValue()).isEqualTo(0.0);
        List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(client.functions().callAsync("Demo:DivMod", Map.of("a", i, "b", 4)));
        }
        for (int i = 0; i < 40; i++) {
            assertThat(calls.get(i).get().path("remainder").asInt()).isEqualTo(i % 4);
        }
        assertThat(client.functions().usesLegacyCallRoute()).isFalse();
    }

    @Test
    void rowsInputsTravelAsCsvAndTheDescriptionNamesDataframeOutputs() {
        DATAGROK.emulator().functions().registerTableFunction("Test:Echo", "in", "out", frame -> frame);
        JsonNode echoed = client.functions().call("Test:Echo",
                Map.of("in", List.of(Map.of("a", 1), Map.of("a", 2))));
        assertThat(echoed.textValue()).isEqualTo("a\n1\n2\n");
        FunctionInfo info = client.functions().describe("Test:Echo");
        assertThat(info.name()).isEqualTo("Test:Echo");
        assertThat(info.inputs()).containsExactly(new FunctionInfo.Param("in", "dataframe"));
        assertThat(info.outputs()).singleElement().satisfies(p -> assertThat(p.isDataFrame()).isTrue());
        assertThat(client.functions().list("source=\"data-query\"")).extracting(FunctionInfo::name)
                .containsExactly("Demo:ReadTable");
        DATAGROK.emulator().functions().remove("Test:Echo");
    }

    @Test
    void errorsFailTheFutureAndBadInputFailsAtOnce() {
        CompletableFuture<JsonNode> unknown = client.functions().callAsync("No:Such", null);
        assertThatThrownBy(unknown::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(DatagrokApiException.class).hasMessageContaining("Function not found");
        assertThatThrownBy(() -> client.functions().call("Sin", Map.of("x", "zero")))
                .isInstanceOf(DatagrokApiException.class).hasMessageContaining("must be double");
        DATAGROK.emulator().clearRequests();
        assertThatThrownBy(() -> client.functions().callAsync(" ", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No Datagrok function given");
        assertThatThrownBy(() -> client.functions().callAsync("Sin", Map.of("x", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be written as JSON");
        assertThat(DATAGROK.emulator().requests()).isEmpty();
    }

    @Test
    void dashboardsWithAndWithoutLayout() throws Exception {
        String orders = DATAGROK.emulator().tables().put("Admin:Client:Orders", "id\n1\n").id();
        Path layout = Files.writeString(dir.resolve("board.layout"), "{\"name\":\"L\"}");
        DashboardResult created = client.dashboards().create("Admin:ClientBoard", List.of(orders),
                UploadContent.of(layout));
        assertThat(created.id()).isEqualTo(DATAGROK.emulator().dashboards().find("ClientBoard").orElseThrow().id());
        assertThat(created.grokName()).isEqualTo("Admin:ClientBoard");
        assertThat(DATAGROK.emulator().dashboards().find("ClientBoard").orElseThrow().layout().path("name").asText())
                .isEqualTo("L");
        DashboardResult bare = client.dashboards().create("ClientBoard", List.of("Admin:Client:Orders"), null);
        assertThat(bare.id()).isEqualTo(created.id());
        assertThatThrownBy(() -> client.dashboards().create("X", List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one table");
    }
}
