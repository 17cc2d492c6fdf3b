package io.github.cameldatagrok.emulator;

import static io.github.cameldatagrok.emulator.ApiErrorAssert.apiError;
import static io.github.cameldatagrok.emulator.ApiErrorAssert.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Packages and published versions, over real HTTP. */
class PackagesApiTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private Http http;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        http = Http.bearer(DATAGROK.emulator());
    }

    @Test
    void packagesByNameOrIdAndFiltered() {
        JsonNode chem = ok(http.get("/public/v1/packages/Chem"));
        assertThat(chem.get("fullName").asText()).isEqualTo("@datagrok/chem");
        assertThat(ok(http.get("/public/v1/packages/" + chem.get("id").asText())).get("name").asText()).isEqualTo("Chem");
        assertThat(ok(http.get("/public/v1/packages")).size()).isEqualTo(2);
        assertThat(ok(http.get("/public/v1/packages?text=power")).get(0).get("name").asText()).isEqualTo("PowerPack");
        assertThat(ok(http.get("/public/v1/packages?text=category%3D%22Core%22")).size()).isEqualTo(1);
        apiError(http.get("/public/v1/packages/NoSuch"), 404);
        apiError(http.get("/public/v1/packages?text=colour%3Dred"), 400);
    }

    @Test
    void publishedVersions() {
        String chem = DATAGROK.emulator().packages().find("Chem").orElseThrow().id();
        JsonNode versions = ok(http.get("/public/v1/packages/published?packageId=" + chem));
        assertThat(versions.size()).isEqualTo(2);
        JsonNode current = ok(http.get("/public/v1/packages/published?packageId=" + chem + "&text=isCurrent%3Dtrue"));
        assertThat(current.size()).isEqualTo(1);
        assertThat(current.get(0).get("version").asText()).isEqualTo("1.4.0");
        String id = current.get(0).get("id").asText();
        assertThat(ok(http.get("/public/v1/packages/published/" + id)).get("isCurrent").asBoolean()).isTrue();
        assertThat(ok(http.get("/public/v1/packages/published")).size()).isEqualTo(3);
        apiError(http.get("/public/v1/packages/published/" + UUID.randomUUID()), 404);
    }
}
