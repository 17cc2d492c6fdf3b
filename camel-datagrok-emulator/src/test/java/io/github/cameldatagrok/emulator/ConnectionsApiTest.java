package io.github.cameldatagrok.emulator;

import static io.github.cameldatagrok.emulator.ApiErrorAssert.apiError;
import static io.github.cameldatagrok.emulator.ApiErrorAssert.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Data connections (save, get, list, delete, test) and credentials, over real HTTP. */
class ConnectionsApiTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private Http http;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        http = Http.bearer(DATAGROK.emulator());
    }

    /** What Python's connections.save sends: DataConnection.to_dict(), credentials included. */
    static String postgres(String id, String name, int port, String password) {
        return "{\"id\":\"" + id + "\",\"parameters\":{\"server\":\"127.0.0.1\",\"port\":" + port + ",\"db\":\"shop\"},"
                + "\"name\":\"" + name + "\",\"friendlyName\":null,\"description\":\"Shop database\","
                + "\"dataSource\":\"Postgres\",\"credentials\":{\"id\":null,\"parameters\":{\"login\":\"shop\","
                + "\"password\":\"" + password + "\"},\"openParameters\":{},\"entityBindId\":null},"
                + "\"createdOn\":null,\"updatedOn\":null,\"tags\":[\"sales\",\"prod\"],\"namespace\":null}";
    }

    @Test
    void saveGetListAndDelete() {
        String id = UUID.randomUUID().toString();
        JsonNode saved = ok(http.postJson("/public/v1/connections?saveCredentials=true",
                postgres(id, "Shop", 5432, "s3cret")));
        assertThat(saved.get("#type").asText()).isEqualTo("DataConnection");
        assertThat(saved.get("namespace").asText()).isEqualTo("Admin:");
        assertThat(saved.get("parameters").get("port").asInt()).isEqualTo(5432);
        assertThat(saved.toString()).doesNotContain("s3cret");
        assertThat(saved.get("credentials").get("entityBindId").asText()).isEqualTo(id);

        for (String name : new String[] {id, "Admin.Shop", "Admin:Shop", "Shop", "admin.shop"}) {
            JsonNode read = ok(http.get("/public/v1/connections/" + name.replace(":", "%3A")));
            assertThat(read.get("id").asText()).isEqualTo(id);
            assertThat(read.toString()).doesNotContain("s3cret");
        }
        assertThat(names(ok(http.get("/public/v1/connections?dataSource=Postgres")))).containsExactly("Shop");
        assertThat(names(ok(http.get("/public/v1/connections?dataSource=S3")))).isEmpty();
        assertThat(names(ok(http.get("/public/v1/connections?tags=prod,sales")))).containsExactly("Shop");
        assertThat(names(ok(http.get("/public/v1/connections?tags=prod,dev")))).isEmpty();
        assertThat(names(ok(http.get("/public/v1/connections?text=dataSource%3D%27Postgres%27")))).containsExactly("Shop");
        assertThat(names(ok(http.get("/public/v1/connections?text=shop%20database")))).containsExactly("Shop");
        assertThat(names(ok(http.get("/public/v1/connections")))).contains("Shop", "DemoFiles");
        apiError(http.get("/public/v1/connections?dataSource=Nope"), 400);

        assertThat(http.delete("/public/v1/connections/Admin.Shop").statusCode()).isEqualTo(200);
        apiError(http.get("/public/v1/connections/" + id), 404);
        assertThat(DATAGROK.emulator().credentials().forEntity(id)).isEmpty();
        // the server answers 200 for an unknown connection
        JsonNode again = ok(http.delete("/public/v1/connections/" + UUID.randomUUID()));
        assertThat(again.isNull()).isTrue();
    }

    @Test
    void credentialsAreSavedOnlyWhenAsked() {
        String id = UUID.randomUUID().toString();
        ok(http.postJson("/public/v1/connections?saveCredentials=false", postgres(id, "Shop", 5432, "s3cret")));
        assertThat(DATAGROK.emulator().credentials().forEntity(id)).isEmpty();
        ok(http.postJson("/public/v1/connections?saveCredentials=true", postgres(id, "Shop", 5432, "s3cret")));
        JsonNode credentials = ok(http.get("/public/v1/credentials/for/" + id));
        assertThat(credentials.get("parameters").get("password").asText()).isEqualTo("s3cret");
        assertThat(credentials.get("entityBindId").asText()).isEqualTo(id);
    }

    @Test
    void badConnectionsAreRefused() {
        apiError(http.postJson("/public/v1/connections", postgres("nope", "Shop", 5432, "x")), 400);
        apiError(http.postJson("/public/v1/connections", postgres(UUID.randomUUID().toString(), "Shop", 5432, "x")
                .replace("\"Postgres\"", "\"Postgress\"")), 400);
        apiError(http.postJson("/public/v1/connections", postgres(UUID.randomUUID().toString(), "", 5432, "x")), 400);
        apiError(http.postJson("/public/v1/connections?saveCredentials=yes",
                postgres(UUID.randomUUID().toString(), "Shop", 5432, "x")), 400);
        assertThat(DATAGROK.emulator().connections().find("Shop")).isEmpty();
        ok(http.postJson("/public/v1/connections", postgres(UUID.randomUUID().toString(), "Shop", 5432, "x")));
        String message = apiError(http.postJson("/public/v1/connections",
                postgres(UUID.randomUUID().toString(), "Shop", 5432, "x")), 400);
        assertThat(message).contains("already exists");
    }

    @Test
    void testAnswersOkOrTheErrorTextAsAJsonString() throws IOException {
        try (ServerSocket database = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            JsonNode reachable = ok(http.postJson("/public/v1/connections/test",
                    postgres(UUID.randomUUID().toString(), "Shop", database.getLocalPort(), "x")));
            assertThat(reachable.isTextual()).isTrue();
            assertThat(reachable.asText()).isEqualTo("ok");
        }
        int closed;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = gone.getLocalPort();
        }
        JsonNode refused = ok(http.postJson("/public/v1/connections/test",
                postgres(UUID.randomUUID().toString(), "Shop", closed, "x")));
        assertThat(refused.isTextual()).isTrue();
        assertThat(refused.asText()).startsWith("connection refused: tcp://127.0.0.1:" + closed);

        DATAGROK.emulator().connections().tester("S3", (connection, credentials) ->
                "secret".equals(credentials.path("secretKey").asText()) ? null : "Access denied");
        String s3 = "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Bucket\",\"dataSource\":\"S3\","
                + "\"parameters\":{\"bucket\":\"b\"},\"credentials\":{\"parameters\":{\"secretKey\":\"%s\"}}}";
        assertThat(ok(http.postJson("/public/v1/connections/test", s3.formatted("secret"))).asText()).isEqualTo("ok");
        assertThat(ok(http.postJson("/public/v1/connections/test", s3.formatted("wrong"))).asText())
                .isEqualTo("Access denied");
        apiError(http.postJson("/public/v1/connections/test", "\"ok\""), 400);
    }

    @Test
    void aFileConnectionServesTheFileRoutes() {
        String id = UUID.randomUUID().toString();
        ok(http.postJson("/public/v1/connections", "{\"id\":\"" + id + "\",\"name\":\"Lab\",\"dataSource\":\"Files\","
                + "\"parameters\":{}}"));
        assertThat(http.post("/public/v1/files/Admin.Lab/a.csv", "application/octet-stream", "x,y\n1,2\n")
                .statusCode()).isEqualTo(200);
        assertThat(DATAGROK.emulator().files().stat(id, "a.csv")).isPresent();
        assertThat(http.get("/public/v1/files/" + id + "/a.csv").body().getBytes(StandardCharsets.UTF_8)).hasSize(8);
        ok(http.delete("/public/v1/connections/" + id));
        assertThat(DATAGROK.emulator().files().findConnector(id)).isEmpty();
        assertThat(ok(http.get("/public/v1/connections/System.DemoFiles")).get("dataSource").asText()).isEqualTo("Files");
    }

    @Test
    void credentialsOfAnyEntity() {
        String id = UUID.randomUUID().toString();
        ok(http.postJson("/public/v1/connections", postgres(id, "Shop", 5432, "x")));
        JsonNode empty = ok(http.get("/public/v1/credentials/for/" + id));
        assertThat(empty.get("id").isNull()).isTrue();
        assertThat(empty.get("parameters").size()).isZero();

        JsonNode saved = ok(http.postJson("/public/v1/credentials", "{\"id\":null,\"parameters\":{\"login\":\"u\","
                + "\"password\":\"p\"},\"openParameters\":{\"login\":\"u\"},\"entityBindId\":\"" + id + "\"}"));
        String credentialsId = saved.get("id").asText();
        assertThat(ok(http.get("/public/v1/credentials/for/" + id)).get("parameters").get("password").asText())
                .isEqualTo("p");
        assertThat(ok(http.get("/public/v1/connections/" + id)).get("credentials").get("id").asText())
                .isEqualTo(credentialsId);
        String chem = DATAGROK.emulator().packages().find("Chem").orElseThrow().id();
        ok(http.postJson("/public/v1/credentials", "{\"parameters\":{\"apiKey\":\"k\"},\"entityBindId\":\"" + chem + "\"}"));
        assertThat(DATAGROK.emulator().credentials().forEntity(chem)).isPresent();

        apiError(http.postJson("/public/v1/credentials", "{\"parameters\":{\"password\":\"p\"}}"), 400);
        apiError(http.postJson("/public/v1/credentials", "{\"parameters\":{},\"entityBindId\":\"" + UUID.randomUUID()
                + "\"}"), 404);
        apiError(http.get("/public/v1/credentials/for/" + UUID.randomUUID()), 404);

        ok(http.delete("/public/v1/credentials/" + credentialsId));
        assertThat(DATAGROK.emulator().credentials().forEntity(id)).isEmpty();
        apiError(http.delete("/public/v1/credentials/" + credentialsId), 404);
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(c -> names.add(c.get("name").asText()));
        return names;
    }
}
