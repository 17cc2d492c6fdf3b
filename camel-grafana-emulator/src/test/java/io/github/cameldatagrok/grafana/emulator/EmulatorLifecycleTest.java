package io.github.cameldatagrok.grafana.emulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.github.cameldatagrok.emulator.SelfSignedKeyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.cameldatagrok.grafana.emulator.Grafana.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmulatorLifecycleTest {

    @Test
    void theMainStartsOnTheGivenPortWithTheGivenToken() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GrafanaEmulator emulator = GrafanaEmulatorMain.start(new String[] {"--port", "0", "--token", "glsa_cli",
                "--grafana-version=11.2.0", "--basic-auth", "ops:pw"}, new PrintStream(out, true,
                StandardCharsets.UTF_8))) {
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains(emulator.baseUrl()).contains("11.2.0").doesNotContain("glsa_cli");
            assertThat(emulator.version()).isEqualTo(new GrafanaVersion(11, 2, 0));
            assertThat(new Grafana(emulator.baseUrl(), "Bearer glsa_cli").get("/api/search").status()).isEqualTo(200);
            assertThat(Grafana.anonymous(emulator).get("/api/health").json().path("version").asText())
                    .isEqualTo("11.2.0");
        }
    }

    @Test
    void theMainRefusesBadArguments() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(GrafanaEmulatorMain.start(new String[] {"--help"}, out)).isNull();
        assertThatThrownBy(() -> GrafanaEmulatorMain.start(new String[] {"--bogus"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> GrafanaEmulatorMain.start(new String[] {"--grafana-version", "9"}, out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GrafanaEmulatorMain.start(new String[] {"--basic-auth", "nocolon"}, out))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void versions() {
        assertThat(GrafanaVersion.parse("12")).isEqualTo(GrafanaVersion.of(12));
        assertThat(GrafanaVersion.parse("13.0.1").legacySaveConflictIs409()).isFalse();
        assertThat(GrafanaVersion.parse("13.0.2").legacySaveConflictIs409()).isTrue();
        assertThat(GrafanaVersion.parse("11.2").uniqueDashboardTitles()).isTrue();
        assertThat(GrafanaVersion.parse("11.3").uniqueDashboardTitles()).isFalse();
        assertThatThrownBy(() -> GrafanaVersion.parse("x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GrafanaVersion.of(14)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hideVersionAndRecordedBodies() {
        try (GrafanaEmulator emulator = GrafanaEmulator.builder().hideVersion().recordedBodyBytes(16).build().start()) {
            Grafana.Answer health = Grafana.anonymous(emulator).get("/api/health");
            assertThat(health.json().has("version")).isFalse();
            assertThat(health.json().has("commit")).isFalse();
            Grafana.bearer(emulator).post("/api/folders", json("{'title':'a long folder title'}"));
            assertThat(emulator.requests("POST", "/api/folders").get(0).bodyText()).hasSize(16);
        }
        try (GrafanaEmulator emulator = GrafanaEmulator.builder().recordedBodyBytes(0).build().start()) {
            Grafana.bearer(emulator).post("/api/folders", json("{'title':'t'}"));
            assertThat(emulator.requests("POST", "/api/folders").get(0).bodyText()).isNull();
        }
    }

    @Test
    void tls(@TempDir Path dir) throws Exception {
        Path keyStore = SelfSignedKeyStore.create(dir, "changeit");
        try (GrafanaEmulator emulator = GrafanaEmulator.builder().tls(keyStore, "changeit").build().start()) {
            assertThat(emulator.baseUrl()).startsWith("https://");
            HttpClient client = HttpClient.newBuilder()
                    .sslContext(SelfSignedKeyStore.trustingSslContext(keyStore, "changeit")).build();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                    + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aClosedEmulatorCannotRestartAndTheTokenIsChecked() {
        GrafanaEmulator emulator = GrafanaEmulator.builder().build().start();
        emulator.close();
        assertThatThrownBy(emulator::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(emulator::baseUrl).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> GrafanaEmulator.builder().token("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GrafanaEmulator.builder().tokenOrgId(5).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
