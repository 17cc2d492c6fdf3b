package io.github.cameldatagrok.emulator;

import static io.github.cameldatagrok.emulator.ApiErrorAssert.apiError;
import static io.github.cameldatagrok.emulator.ApiErrorAssert.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The function catalogue: the list's smart filter and saving scripts and queries (POST /functions). */
class FunctionCatalogueTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private Http http;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        http = Http.bearer(DATAGROK.emulator());
    }

    /** What Python's functions.create_script sends: Script.to_dict() (no #type, source "script"). */
    private static String script(String id, String name, String text) {
        return "{\"id\":\"" + id + "\",\"name\":" + (name == null ? "null" : "\"" + name + "\"") + ",\"friendlyName\":null,"
                + "\"createdOn\":null,\"updatedOn\":null,\"source\":\"script\",\"description\":null,\"params\":[],"
                + "\"namespace\":null,\"tags\":[],\"options\":{},\"script\":" + Http.quote(text) + ",\"language\":\"python\"}";
    }

    @Test
    void theListFiltersBySourcePackageAndName() {
        assertThat(names(ok(http.get("/public/v1/functions?text=source%3D%22data-query%22")))).containsExactly("ReadTable");
        assertThat(names(ok(http.get("/public/v1/functions?text=package.shortName%3D%22Chem%22"))))
                .containsExactly("AtomCount");
        assertThat(names(ok(http.get("/public/v1/functions?text=divmod")))).containsExactly("DivMod");
        assertThat(names(ok(http.get("/public/v1/functions?text=namespace%3DDemo%20and%20squares"))))
                .containsExactly("Squares");
        apiError(http.get("/public/v1/functions?text=colour%3Dred"), 400);
    }

    @Test
    void aSavedScriptTakesItsParametersFromTheHeaderAndRunsWithARunner() {
        String id = UUID.randomUUID().toString();
        String text = "#name: AddOne\n#language: python\n#input: int x\n#output: int y\ny = x + 1\n";
        JsonNode saved = ok(http.postJson("/public/v1/functions", script(id, null, text)));
        assertThat(saved.get("#type").asText()).isEqualTo("Script");
        assertThat(saved.get("id").asText()).isEqualTo(id);
        assertThat(saved.get("nqName").asText()).isEqualTo("Admin:AddOne");
        assertThat(saved.get("language").asText()).isEqualTo("python");
        assertThat(saved.get("script").asText()).isEqualTo(text);
        assertThat(saved.get("params").get(1).get("isInput").asBoolean()).isFalse();
        assertThat(names(ok(http.get("/public/v1/functions?text=source%3D%22script%22")))).containsExactly("AddOne");
        assertThat(ok(http.get("/public/v1/functions/Admin.AddOne")).get("script").asText()).isEqualTo(text);

        // no runner: the call is an ApiError, as an unsupported script would be
        apiError(http.postJson("/public/v1/functions/Admin.AddOne/call", "{\"x\":1}"), 500);
        DATAGROK.emulator().functions().runner("python", (source, inputs) -> {
            assertThat(source).isEqualTo(text);
            return Map.of("y", (Long) inputs.get("x") + 1);
        });
        assertThat(ok(http.postJson("/public/v1/functions/Admin.AddOne/call", "{\"x\":41}")).asLong()).isEqualTo(42);

        // saving again by id updates
        ok(http.postJson("/public/v1/functions", script(id, null, text.replace("x + 1", "x + 2"))));
        assertThat(DATAGROK.emulator().functions().list().stream().filter(f -> f.name().equals("AddOne"))).hasSize(1);
    }

    @Test
    void aSavedQueryNeedsAnExistingConnection() {
        String connection = UUID.randomUUID().toString();
        ok(http.postJson("/public/v1/connections", ConnectionsApiTest.postgres(connection, "Shop", 5432, "x")));
        String query = "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Orders\",\"source\":\"data-query\","
                + "\"query\":\"--input: int n\\nselect * from orders limit @n\",\"connection\":{\"id\":\"%s\"}}";
        JsonNode saved = ok(http.postJson("/public/v1/functions", query.formatted(connection)));
        assertThat(saved.get("#type").asText()).isEqualTo("DataQuery");
        assertThat(saved.get("connection").get("name").asText()).isEqualTo("Shop");
        assertThat(saved.get("parameterInfos").get("n").get("propertyType").asText()).isEqualTo("int");
        apiError(http.postJson("/public/v1/functions", query.formatted(UUID.randomUUID())), 404);
    }

    @Test
    void badFunctionsAreRefusedAndNothingIsSaved() {
        int before = DATAGROK.emulator().functions().list().size();
        apiError(http.postJson("/public/v1/functions", script(UUID.randomUUID().toString(), null, "print(1)")), 400);
        apiError(http.postJson("/public/v1/functions", script(UUID.randomUUID().toString(), "X", "")), 400);
        apiError(http.postJson("/public/v1/functions", script("nope", "X", "print(1)")), 400);
        apiError(http.postJson("/public/v1/functions", script(UUID.randomUUID().toString(), "X", "print(1)")
                .replace("\"python\"", "\"cobol\"")), 400);
        apiError(http.postJson("/public/v1/functions", script(UUID.randomUUID().toString(), "X", "print(1)")
                .replace("\"script\",\"description\"", "\"function\",\"description\"")), 400);
        apiError(http.postJson("/public/v1/functions", script(UUID.randomUUID().toString(), "Demo:X", "print(1)")
                .replace("\"namespace\":null", "\"namespace\":\"Demo.\"")), 400);
        apiError(http.postJson("/public/v1/functions", "{\"id\":\"" + UUID.randomUUID()
                + "\",\"name\":\"Q\",\"source\":\"data-query\",\"query\":\"select 1\"}"), 400);
        assertThat(DATAGROK.emulator().functions().list()).hasSize(before);
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(f -> names.add(f.get("name").asText()));
        return names;
    }
}
