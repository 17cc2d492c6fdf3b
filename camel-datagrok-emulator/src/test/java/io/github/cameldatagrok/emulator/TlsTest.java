package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator in HTTPS mode, with a self-signed key store made by keytool at test time. */
class TlsTest {

    private static final String PASSWORD = "emulator-tls";

    @TempDir
    static Path dir;
    static Path keyStore;
    static DatagrokEmulator emulator;
    static HttpClient trusting;

    @BeforeAll
    static void start() {
        keyStore = SelfSignedKeyStore.create(dir, PASSWORD);
        emulator = DatagrokEmulator.builder().apiKey("tls-key").tls(keyStore, PASSWORD).build().start();
        trusting = client(SelfSignedKeyStore.trustingSslContext(keyStore, PASSWORD));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static HttpClient client(SSLContext ssl) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        return (ssl == null ? builder : builder.sslContext(ssl)).build();
    }

    private static HttpResponse<String> get(HttpClient client, String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void keyStoreIsAPkcs12FileWithTheKey() throws Exception {
        assertThat(keyStore).isRegularFile().hasFileName(SelfSignedKeyStore.FILE_NAME);
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        assertThat(store.isKeyEntry(SelfSignedKeyStore.ALIAS)).isTrue();
    }

    @Test
    void urlsAreHttps() {
        assertThat(emulator.isTls()).isTrue();
        assertThat(emulator.serverUrl()).isEqualTo("https://127.0.0.1:" + emulator.port());
        assertThat(emulator.baseUrl()).isEqualTo("https://127.0.0.1:" + emulator.port() + "/api");
    }

    @Test
    void aClientTrustingTheKeyStoreGetsServerInfo() throws Exception {
        for (String base : new String[] {emulator.baseUrl(), emulator.serverUrl()}) {
            HttpResponse<String> response = get(trusting, base + "/info/server", null);

            assertThat(response.statusCode()).as(base).isEqualTo(200);
            assertThat(response.uri().getScheme()).isEqualTo("https");
            assertThat(Http.json(response).get("Version").asText()).isNotBlank();
        }
    }

    @Test
    void tablesWorkOverHttpsAndUploadAnswersLinkWithHttps() throws Exception {
        HttpResponse<String> upload = trusting.send(HttpRequest.newBuilder(
                        URI.create(emulator.baseUrl() + "/public/v1/tables/Tls.T"))
                .header("Authorization", "Bearer tls-key").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("a\n1\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(200);
        JsonNode answer = Http.json(upload);
        assertThat(answer.get("URL").asText()).startsWith("https://127.0.0.1:" + emulator.port());

        HttpResponse<String> download = get(trusting, emulator.baseUrl() + "/public/v1/tables/Tls.T", "Bearer tls-key");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("a\n1\n");
    }

    @Test
    void aClientNotTrustingTheKeyStoreFailsTheHandshake() {
        // the JVM's default trust store does not know the self-signed certificate
        assertThatThrownBy(() -> get(client(null), emulator.serverUrl() + "/info/server", null))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void plainHttpToTheTlsPortIsNoAnswer() {
        assertThatThrownBy(() -> get(trusting, "http://127.0.0.1:" + emulator.port() + "/info/server", null))
                .isInstanceOf(IOException.class);
    }

    @Test
    void defaultIsPlainHttp() throws Exception {
        try (DatagrokEmulator plain = DatagrokEmulator.builder().build().start()) {
            assertThat(plain.isTls()).isFalse();
            assertThat(plain.baseUrl()).startsWith("http://");
            assertThat(get(trusting, plain.serverUrl() + "/info/server", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void wrongPasswordFailsTheStart() {
        DatagrokEmulator bad = DatagrokEmulator.builder().tls(keyStore, "not-the-password").build();
        assertThatThrownBy(bad::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Could not start");
    }

    @Test
    void mainTakesTlsOptions() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (DatagrokEmulator started = DatagrokEmulatorMain.start(new String[] {"--port", "0", "--tls-keystore",
                keyStore.toString(), "--tls-password=" + PASSWORD},
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {

            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("https://127.0.0.1:" + started.port() + "/api")
                    .doesNotContain(PASSWORD);
            assertThat(get(trusting, started.serverUrl() + "/admin/health", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void mainRefusesAKeyStoreWithoutPassword() {
        // (unless DATAGROK_EMULATOR_TLS_PASSWORD is set in the environment of the build)
        if (System.getenv(DatagrokEmulatorMain.TLS_PASSWORD_ENV) != null) {
            return;
        }
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DatagrokEmulatorMain.start(new String[] {"--port", "0", "--tls-keystore",
                keyStore.toString()}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--tls-password");
    }
}
