package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.emulator.shares.ShareStore;
import io.github.cameldatagrok.emulator.shares.SharedEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Entity shares ({@code POST entities/{id}/shares}), the older dashboard share route
 * ({@code GET dashboards/{id}/shares}) and the permissions they leave, over real HTTP. */
class SharesApiTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private Http http;
    private String tableId;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        http = Http.bearer(DATAGROK.emulator());
        tableId = DATAGROK.emulator().tables().put("Admin:Sales:Orders", "a\n1\n").id();
        DATAGROK.emulator().groups().create("Chemists");
        DATAGROK.emulator().users().add("alice", "Alice", "Mendel");
    }

    private JsonNode share(String entity, String query) {
        HttpResponse<String> response = http.post("/public/v1/entities/" + entity + "/shares?" + query, null, "");
        assertThat(response.statusCode()).isEqualTo(200);
        return Http.json(response);
    }

    @Test
    void sharesWithGroupsAndUsersByName() {
        JsonNode answer = share(tableId, "groups=Chemists%2Calice&access=Edit");
        assertThat(answer.get("status").asText()).isEqualTo("success");
        assertThat(answer.get("shared")).extracting(JsonNode::asText).containsExactly("Chemists", "alice");
        ShareStore shares = DATAGROK.emulator().shares();
        assertThat(shares.access(tableId, "Chemists")).hasValue(ShareStore.Access.Edit);
        assertThat(shares.access(tableId, "alice")).hasValue(ShareStore.Access.Edit);
        JsonNode permissions = Http.json(http.get("/privileges/permissions?entityId=" + tableId + "&all=true"));
        assertThat(permissions).hasSize(2);
        assertThat(permissions.get(0).get("permission").get("name").asText()).isEqualTo("Edit");
    }

    @Test
    void partialAndFailedShares() {
        share("Admin.Sales.Orders", "groups=Chemists");
        JsonNode partial = share("Admin.Sales.Orders", "groups=Chemists,Nobody,Developers&access=View");
        assertThat(partial.get("status").asText()).isEqualTo("partial_success");
        assertThat(partial.get("shared")).extracting(JsonNode::asText).containsExactly("Developers");
        assertThat(partial.get("alreadyShared")).extracting(JsonNode::asText).containsExactly("Chemists");
        assertThat(partial.get("failed")).extracting(JsonNode::asText).containsExactly("Nobody");
        JsonNode failed = share(tableId, "groups=Nobody,Ghosts");
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("shared")).isEmpty();
    }

    @Test
    void badRequestsAreApiErrors() {
        assertThat(share("00000000-0000-0000-0000-000000000000", "groups=Chemists").get("message").asText())
                .startsWith("Entity not found");
        assertThat(share(tableId, "access=View").get("message").asText()).contains("groups is required");
        assertThat(share(tableId, "groups=Chemists&access=Own").get("message").asText())
                .contains("Unknown access level: Own");
        assertThat(DATAGROK.emulator().shares().permissions(tableId)).isEmpty();
    }

    @Test
    void legacyDashboardRouteAndPluggableEntities() {
        DATAGROK.emulator().entities().register(id -> id.equals("Admin.Sales")
                ? java.util.Optional.of(new SharedEntity("11111111-2222-3333-4444-555555555555", "Project",
                        "Admin:Sales")) : java.util.Optional.empty());
        JsonNode answer = Http.json(http.get("/public/v1/dashboards/Admin.Sales/shares?groups=Chemists&access=View"));
        assertThat(answer.get("status").asText()).isEqualTo("success");
        assertThat(DATAGROK.emulator().shares().access("11111111-2222-3333-4444-555555555555", "Chemists"))
                .hasValue(ShareStore.Access.View);
    }

    @Test
    void anOlderServerHasOnlyTheDashboardRoute() {
        try (DatagrokEmulator old = DatagrokEmulator.builder().onlyLegacyDashboardShares().build().start()) {
            String id = old.tables().put("T", "a\n1\n").id();
            Http oldHttp = Http.bearer(old);
            assertThat(oldHttp.post("/public/v1/entities/" + id + "/shares?groups=Developers", null, "").statusCode())
                    .isEqualTo(404);
            assertThat(Http.json(oldHttp.get("/public/v1/dashboards/" + id + "/shares?groups=Developers"))
                    .get("status").asText()).isEqualTo("success");
        }
    }
}
