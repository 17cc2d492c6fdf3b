package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.emulator.functions.DataFrame;
import io.github.cameldatagrok.emulator.functions.FunctionParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Function calls and the catalogue ({@code /public/v1/functions...}) over real HTTP: built-ins, registered functions, dataframes as CSV, errors as ApiError on 200. */
class FunctionsApiTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private Http http;

    @BeforeEach
    void setUp() {
        http = Http.bearer(DATAGROK.emulator());
    }

    private HttpResponse<String> call(String path, String json) {
        return http.post(path, "application/json", json);
    }

    private static void assertApiError(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("api-error")).isPresent();
        JsonNode body = Http.json(response);
        assertThat(body.path("#type").asText()).isEqualTo("ApiError");
        assertThat(body.path("message").asText()).contains(message);
    }

    @Test
    void singleScalarOutputIsTheBareValue() {
        HttpResponse<String> sin = call("/public/v1/functions/Sin/call", "{\"x\": 0}");
        assertThat(sin.statusCode()).isEqualTo(200);
        assertThat(sin.body()).isEqualTo("0.0");
        assertThat(call("/public/v1/functions/Abs/call", "{\"x\": -3}").body()).isEqualTo("3.0");
        // the older route answers the same
        assertThat(call("/public/v1/Abs/call", "{\"x\": -2.5}").body()).isEqualTo("2.5");
    }

    @Test
    void severalOutputsAreAnObjectAndDataframesAreCsv() {
        JsonNode divMod = Http.json(call("/public/v1/functions/Demo.DivMod/call", "{\"a\": 17, \"b\": 5}"));
        assertThat(divMod.toString()).isEqualTo("{\"quotient\":3,\"remainder\":2}");
        JsonNode squares = Http.json(call("/public/v1/functions/demo.squares/call", "{\"n\": 2}"));
        assertThat(squares.textValue()).isEqualTo("x,square\n1,1\n2,4\n");
    }

    @Test
    void queryLikeFunctionReadsAStoredTable() {
        DATAGROK.emulator().tables().put("Admin:Q:People", "name,age\n\"Smith, Ann\",41\n");
        JsonNode table = Http.json(call("/public/v1/functions/Demo.ReadTable/call", "{\"table\": \"Admin.Q.People\"}"));
        assertThat(table.textValue()).isEqualTo("name,age\n\"Smith, Ann\",41\n");
        assertApiError(call("/public/v1/functions/Demo.ReadTable/call", "{\"table\": \"Admin.Q.None\"}"),
                "Table not found");
    }

    @Test
    void registeredTableFunctionTakesCsvOrRowObjects() {
        DATAGROK.emulator().functions().registerTableFunction("Test:Double", "in", "out", frame -> DataFrame.of(
                frame.columns(), frame.rows().stream().map(row -> Map.of(frame.columns().get(0),
                        Integer.parseInt(row.get(frame.columns().get(0))) * 2)).toList()));
        assertThat(Http.json(call("/public/v1/functions/Test.Double/call", "{\"in\": \"v\\n1\\n21\\n\"}")).textValue())
                .isEqualTo("v\n2\n42\n");
        assertThat(Http.json(call("/public/v1/functions/Test.Double/call", "{\"in\": [{\"v\": 5}]}")).textValue())
                .isEqualTo("v\n10\n");
        JsonNode func = Http.json(http.get("/public/v1/functions/Test.Double"));
        assertThat(func.path("nqName").asText()).isEqualTo("Test:Double");
        assertThat(func.path("parameterInfos").path("out").path("propertyType").asText()).isEqualTo("dataframe");
        assertThat(func.path("parameterInfos").path("out").path("isInput").asBoolean()).isFalse();
        DATAGROK.emulator().functions().remove("Test:Double");
    }

    @Test
    void errorsAreApiErrorsOnHttp200() {
        assertApiError(call("/public/v1/functions/NoSuch.Func/call", "{}"), "Function not found: NoSuch.Func");
        assertApiError(call("/public/v1/functions/Sin/call", "{\"y\": 1}"), "missing input 'x'");
        assertApiError(call("/public/v1/functions/Sin/call", "{\"x\": 1, \"y\": 1}"), "unknown input 'y'");
        assertApiError(call("/public/v1/functions/Sin/call", "{\"x\": \"one\"}"), "input 'x' must be double");
        assertApiError(call("/public/v1/functions/Sin/call", "[1]"), "must be a JSON object");
        assertApiError(call("/public/v1/functions/Sin/call", "x=1"), "not JSON");
        assertApiError(call("/public/v1/functions/Demo.DivMod/call", "{\"a\": 1, \"b\": 0}"), "Division by zero");
        assertApiError(http.get("/public/v1/functions/NoSuch.Func"), "Function not found");
    }

    @Test
    void catalogueListsAndFilters() {
        JsonNode all = Http.json(http.get("/public/v1/functions"));
        List<String> names = all.findValuesAsText("nqName");
        assertThat(names).contains("Sin", "Abs", "Demo:DivMod", "Demo:Squares", "Demo:ReadTable");
        JsonNode queries = Http.json(http.get("/public/v1/functions?text=source%3D%22data-query%22"));
        assertThat(queries.findValuesAsText("nqName")).containsExactly("Demo:ReadTable");
        assertThat(queries.get(0).path("#type").asText()).isEqualTo("DataQuery");
    }

    @Test
    void registeredFunctionsOutliveReset() {
        DATAGROK.emulator().functions().register("Test:One", List.of(FunctionParam.out("one", "int")),
                in -> Map.of("one", 1));
        DATAGROK.emulator().reset();
        assertThat(call("/public/v1/functions/Test.One/call", "").body()).isEqualTo("1");
        DATAGROK.emulator().functions().remove("Test:One");
    }

    @Test
    void legacyOnlyServerAnswersTheCurrentRouteWith404() {
        try (DatagrokEmulator old = DatagrokEmulator.builder().legacyCallRouteOnly(true).build().start()) {
            Http oldHttp = Http.bearer(old);
            HttpResponse<String> current = oldHttp.post("/public/v1/functions/Sin/call", "application/json", "{\"x\":0}");
            assertThat(current.statusCode()).isEqualTo(404);
            assertThat(oldHttp.post("/public/v1/Sin/call", "application/json", "{\"x\":0}").body()).isEqualTo("0.0");
        }
    }
}
