package io.github.cameldatagrok.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLHandshakeException;

import io.github.cameldatagrok.client.DatagrokClient;
import io.github.cameldatagrok.client.DatagrokClientConfig;
import io.github.cameldatagrok.transport.HttpConnectionPool;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.emulator.SelfSignedKeyStore;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * https against the emulator in TLS mode, with a self-signed certificate the JVM does not trust: the component trusts
 * it only through Camel's SSLContextParameters, on the endpoint or as the CamelContext's global ones.
 */
class TlsTest extends CamelTestSupport {

    private static final String PASSWORD = "camel-datagrok-tls";
    /** Made before the emulator starts; a temporary directory deleted when the JVM exits. */
    private static final Path KEY_STORE = createKeyStore();

    @RegisterExtension
    static final DatagrokEmulatorExtension TLS = DatagrokEmulatorExtension.create(b -> b.tls(KEY_STORE, PASSWORD));

    private static final String CSV = "id,name\n1,Ann\n2,Bob\n";
    private static final String TABLE = "Admin:Tls:People";
    private static final String PATH = "/public/v1/tables/Admin.Tls.People";

    private static Path createKeyStore() {
        try {
            Path dir = Files.createTempDirectory("camel-datagrok-tls-");
            dir.toFile().deleteOnExit();
            Path keyStore = SelfSignedKeyStore.create(dir, PASSWORD);
            keyStore.toFile().deleteOnExit();
            return keyStore;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Camel's TLS settings trusting the emulator's key store. */
    private static SSLContextParameters trustingParameters() {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource(KEY_STORE.toUri().toString());
        trustStore.setPassword(PASSWORD);
        trustStore.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(trustStore);
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setTrustManagers(trust);
        return ssl;
    }

    private static DatagrokComponent component() {
        DatagrokComponent datagrok = new DatagrokComponent();
        datagrok.getConfiguration().setBaseUrl(TLS.baseUrl());
        datagrok.getConfiguration().setApiKey(TLS.apiKey());
        datagrok.getConfiguration().setRetryDelay(20);
        return datagrok;
    }

    /**
     * {@code datagrok}: TLS only where an endpoint says {@code sslContextParameters=#tls}. {@code datagrok-global}:
     * {@code useGlobalSslContextParameters=true}, using the context's global parameters (a separate instance).
     */
    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("tls", trustingParameters());
        context.setSSLContextParameters(trustingParameters());
        context.addComponent("datagrok", component());
        DatagrokComponent global = component();
        global.setUseGlobalSslContextParameters(true);
        context.addComponent("datagrok-global", global);
        return context;
    }

    @BeforeEach
    void seed() {
        TLS.emulator().tables().put(TABLE, CSV);
    }

    private Object download(String component, String options) {
        return template.requestBody(component + ":table:" + TABLE + "?action=download&outputType=string" + options,
                (Object) null);
    }

    @Test
    void theEmulatorServesHttps() {
        assertThat(TLS.baseUrl()).startsWith("https://127.0.0.1:");
    }

    @Test
    void endpointSslContextParametersTrustTheServer() {
        assertThat(download("datagrok", "&sslContextParameters=#tls")).isEqualTo(CSV);
        assertThat(TLS.emulator().requests("GET", PATH)).hasSize(1);
    }

    @Test
    void globalSslContextParametersTrustTheServer() {
        assertThat(download("datagrok-global", "")).isEqualTo(CSV);
        assertThat(TLS.emulator().requests("GET", PATH)).hasSize(1);
    }

    @Test
    void withoutSslContextParametersTheHandshakeFails() {
        // the context's global parameters are set, but this component does not use them
        assertThatThrownBy(() -> download("datagrok", ""))
                .satisfies(e -> {
                    assertThat(causeOf(e, SSLHandshakeException.class)).isNotNull();
                    assertThat(causeOf(e, UncheckedIOException.class).getMessage()).contains("GET " + PATH);
                });
        // no request got through to the HTTP layer
        assertThat(TLS.emulator().requests()).isEmpty();
    }

    @Test
    void endpointsWithAndWithoutTlsSettingsWorkSideBySide() {
        assertThatThrownBy(() -> download("datagrok", "")).satisfies(
                e -> assertThat(causeOf(e, SSLHandshakeException.class)).isNotNull());
        assertThat(download("datagrok", "&sslContextParameters=#tls")).isEqualTo(CSV);
        assertThat(download("datagrok-global", "")).isEqualTo(CSV);
    }

    @Test
    void functionCallsOnTheAsyncClientUseTheSameTlsSettings() {
        assertThat(template.requestBody("datagrok:call:Abs?sslContextParameters=#tls", java.util.Map.of("x", -2)))
                .isEqualTo(2.0);
        assertThat(template.requestBody("datagrok-global:call:Abs", java.util.Map.of("x", -3))).isEqualTo(3.0);
        assertThatThrownBy(() -> template.requestBody("datagrok:call:Abs", java.util.Map.of("x", -1)))
                .satisfies(e -> assertThat(causeOf(e, SSLHandshakeException.class)).isNotNull());
    }

    @Test
    void javaClientTakesAnSslContext() throws Exception {
        try (HttpConnectionPool pool = HttpConnectionPool.create(4, 4, Duration.ofSeconds(5),
                SelfSignedKeyStore.trustingSslContext(KEY_STORE, PASSWORD));
                DatagrokClient client = new DatagrokClient(DatagrokClientConfig.builder().baseUrl(TLS.baseUrl())
                        .apiKey(TLS.apiKey()).build(), pool);
                InputStream csv = client.downloadTable(TABLE)) {
            assertThat(new String(csv.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CSV);
        }
    }

    /** The first cause of this type in the chain of {@code e}, or null. */
    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
