package io.github.cameldatagrok.grafana.emulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.cameldatagrok.grafana.emulator.Grafana.json;
import static org.assertj.core.api.Assertions.assertThat;

class DataSourcesApiTest {

    @RegisterExtension
    static GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(12));

    private Grafana grafana;

    @BeforeEach
    void reset() {
        GRAFANA.emulator().reset();
        grafana = Grafana.bearer(GRAFANA.emulator());
    }

    @Test
    void createListGetUpdateDelete() {
        Grafana.Answer created = grafana.post("/api/datasources", json("{'name':'prom','type':'prometheus',"
                + "'access':'proxy','url':'http://prometheus:9090','uid':'prom1','basicAuth':true,'basicAuthUser':'u',"
                + "'jsonData':{'httpMethod':'POST'},'secureJsonData':{'basicAuthPassword':'s3cret'}}"));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("message").asText()).isEqualTo("Datasource added");
        assertThat(created.json().path("name").asText()).isEqualTo("prom");
        assertThat(created.json().path("datasource").path("uid").asText()).isEqualTo("prom1");
        assertThat(created.json().path("datasource").path("secureJsonFields").path("basicAuthPassword").asBoolean())
                .isTrue();
        assertThat(created.text()).doesNotContain("s3cret");
        assertThat(GRAFANA.emulator().dataSources().secureJsonData("prom1")).containsEntry("basicAuthPassword", "s3cret");
        long id = created.json().path("id").asLong();

        assertThat(grafana.post("/api/datasources", json("{'name':'prom','type':'loki'}")).status()).isEqualTo(409);
        Grafana.Answer sameUid = grafana.post("/api/datasources", json("{'name':'other','type':'loki','uid':'prom1'}"));
        assertThat(sameUid.status()).isEqualTo(409);
        assertThat(sameUid.json().path("message").asText()).isEqualTo("data source with the same uid already exists");
        assertThat(grafana.post("/api/datasources", json("{'type':'loki'}")).status()).isEqualTo(400);
        assertThat(grafana.post("/api/datasources", json("{'name':'x','type':'loki','url':'http://'}")).status())
                .isEqualTo(400);

        Grafana.Answer list = grafana.get("/api/datasources");
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).path("jsonData").path("httpMethod").asText()).isEqualTo("POST");
        assertThat(list.json().get(0).has("secureJsonFields")).isFalse();

        assertThat(grafana.get("/api/datasources/uid/prom1").json().path("url").asText())
                .isEqualTo("http://prometheus:9090");
        assertThat(grafana.get("/api/datasources/name/prom").json().path("uid").asText()).isEqualTo("prom1");
        assertThat(grafana.get("/api/datasources/id/prom").json().path("id").asLong()).isEqualTo(id);
        assertThat(grafana.get("/api/datasources/" + id).json().path("uid").asText()).isEqualTo("prom1");
        Grafana.Answer missing = grafana.get("/api/datasources/uid/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("message").asText()).isEqualTo("Data source not found");

        Grafana.Answer stale = grafana.put("/api/datasources/uid/prom1",
                json("{'name':'prom','type':'prometheus','version':9}"));
        assertThat(stale.status()).isEqualTo(409);
        Grafana.Answer updated = grafana.put("/api/datasources/uid/prom1",
                json("{'name':'prom2','type':'prometheus','url':'http://p2:9090','version':1}"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("message").asText()).isEqualTo("Datasource updated");
        assertThat(updated.json().path("datasource").path("version").asInt()).isEqualTo(2);
        // a full replace: jsonData not sent is gone, the secure password is kept
        assertThat(updated.json().path("datasource").path("jsonData").size()).isZero();
        assertThat(GRAFANA.emulator().dataSources().secureJsonData("prom1")).containsKey("basicAuthPassword");

        Grafana.Answer deleted = grafana.delete("/api/datasources/uid/prom1");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("message").asText()).isEqualTo("Data source deleted");
        assertThat(deleted.json().path("id").asLong()).isEqualTo(id);
        assertThat(grafana.delete("/api/datasources/uid/prom1").status()).isEqualTo(404);
    }

    @Test
    void healthAndReadOnly() {
        GRAFANA.emulator().dataSources().put("ok", "OK", "testdata", "");
        GRAFANA.emulator().dataSources().put("bad", "Bad", "prometheus", "http://nowhere:9090");
        GRAFANA.emulator().dataSources().health("bad", false, "Post \"http://nowhere:9090\": dial tcp: no such host");
        Grafana.Answer ok = grafana.get("/api/datasources/uid/ok/health");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("status").asText()).isEqualTo("OK");
        Grafana.Answer bad = grafana.get("/api/datasources/uid/bad/health");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("status").asText()).isEqualTo("ERROR");
        assertThat(grafana.get("/api/datasources/uid/nope/health").status()).isEqualTo(404);

        GRAFANA.emulator().dataSources().markReadOnly("ok");
        assertThat(grafana.put("/api/datasources/uid/ok", json("{'name':'OK','type':'testdata'}")).status())
                .isEqualTo(403);
        assertThat(grafana.delete("/api/datasources/uid/ok").status()).isEqualTo(403);
        assertThat(grafana.delete("/api/datasources/name/Bad").status()).isEqualTo(200);
    }

    @Test
    void numericIdRoutesAreOffIn13() {
        try (GrafanaEmulator thirteen = GrafanaEmulator.builder().version(13).build().start()) {
            thirteen.dataSources().put("p", "P", "prometheus", "http://p:9090");
            long id = thirteen.dataSources().find("p").orElseThrow().path("id").asLong();
            Grafana client = Grafana.bearer(thirteen);
            assertThat(client.get("/api/datasources/" + id).status()).isEqualTo(404);
            assertThat(client.get("/api/datasources/uid/p").status()).isEqualTo(200);
        }
    }
}
