package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.emulator.dashboards.Dashboard;
import io.github.cameldatagrok.emulator.tables.TableInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /public/v1/dashboards/{name}/{tableIds}} over real HTTP: tables by id or dotted name, optional layout, unknown tables as ApiError on 200. */
class DashboardsApiTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private Http http;
    private TableInfo orders;
    private TableInfo regions;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        http = Http.bearer(DATAGROK.emulator());
        orders = DATAGROK.emulator().tables().put("Admin:Sales:Orders", "id\n1\n");
        regions = DATAGROK.emulator().tables().put("Admin:Sales:Regions", "r\nN\n");
    }

    @Test
    void createsAProjectOfTheTablesWithTheLayout() {
        HttpResponse<String> response = http.post("/public/v1/dashboards/Board/" + orders.id() + ",Admin.Sales.Regions",
                "application/json", "{\"#type\":\"ViewLayout\",\"name\":\"L\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = Http.json(response);
        Dashboard stored = DATAGROK.emulator().dashboards().find("Board").orElseThrow();
        assertThat(answer.path("ID").asText()).isEqualTo(stored.id()).isEqualTo(answer.path("id").asText());
        assertThat(answer.path("Grok name").asText()).isEqualTo("Admin:Board");
        assertThat(answer.path("URL").asText()).isEqualTo(DATAGROK.serverUrl() + "/p/" + stored.id());
        assertThat(stored.tableIds()).containsExactly(orders.id(), regions.id());
        assertThat(stored.layout().path("name").asText()).isEqualTo("L");
        assertThat(DATAGROK.emulator().dashboards().find("Admin.Board")).contains(stored);
    }

    @Test
    void withoutLayoutAndRecreatedUnderTheSameName() {
        JsonNode first = Http.json(http.post("/public/v1/dashboards/Admin.Board/" + orders.id(), "application/json", ""));
        JsonNode second = Http.json(http.post("/public/v1/dashboards/Board/" + regions.id(), "application/json", ""));
        assertThat(second.path("ID").asText()).isEqualTo(first.path("ID").asText());
        Dashboard stored = DATAGROK.emulator().dashboards().find("Board").orElseThrow();
        assertThat(stored.layout()).isNull();
        assertThat(stored.tableIds()).containsExactly(regions.id());
    }

    @Test
    void dotSegmentsNameNoDashboardAndNoRoute() {
        for (String name : new String[] {"..", ".", "%2E%2E", "%2e"}) {
            HttpResponse<String> response = http.post("/public/v1/dashboards/" + name + "/" + orders.id(),
                    "application/json", "");
            // Jetty refuses an escaped dot segment as ambiguous (400); a raw one matches no route (404)
            assertThat(response.statusCode()).as(name).isIn(400, 404);
        }
        HttpResponse<String> ids = http.post("/public/v1/dashboards/Board/..", "application/json", "");
        assertThat(ids.statusCode()).isEqualTo(404);
        assertThat(DATAGROK.emulator().dashboards().size()).isZero();
        assertThat(http.get("/public/v1/groups/..").statusCode()).isEqualTo(404);
        assertThat(http.get("/public/v1/files/System.DemoFiles/a/../b.txt").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownTablesAndBadLayoutsAreApiErrorsAndCreateNothing() {
        HttpResponse<String> unknown = http.post("/public/v1/dashboards/Bad/" + orders.id() + ",Admin.No.Such",
                "application/json", "");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.headers().firstValue("api-error")).isPresent();
        assertThat(Http.json(unknown).path("message").asText()).contains("Table not found").contains("Admin.No.Such");
        assertThat(Http.json(http.post("/public/v1/dashboards/Bad/" + orders.id(), "application/json", "{oops"))
                .path("message").asText()).contains("layout is not JSON");
        assertThat(Http.json(http.post("/public/v1/dashboards/Bad/" + orders.id() + ",", "application/json", ""))
                .path("#type").asText()).isEqualTo("ApiError");
        assertThat(DATAGROK.emulator().dashboards().find("Bad")).isEmpty();
    }

    @Test
    void resetDeletesDashboards() {
        http.post("/public/v1/dashboards/Gone/" + orders.id(), "application/json", "");
        assertThat(DATAGROK.emulator().dashboards().size()).isEqualTo(1);
        DATAGROK.emulator().reset();
        assertThat(DATAGROK.emulator().dashboards().find("Gone")).isEmpty();
    }
}
