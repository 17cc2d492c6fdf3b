package io.github.cameldatagrok.grafana.component;

import java.io.StringWriter;

import io.github.cameldatagrok.emulator.Fault;
import io.github.cameldatagrok.grafana.client.GrafanaApiException;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retries on 429 honouring Retry-After, never for an annotation create; error pages from proxies; the token in no
 * log line (at TRACE, HttpClient's header log included), no exception message, no endpoint URI Camel prints.
 */
class RetryAndSecrecyTest extends GrafanaTestSupport {

    static final String SECRET = "glsa_SECRET-grafana-token-0123456789";
    static final String OPS = "{\"uid\":\"ops-overview\",\"title\":\"Ops overview\"}";

    @RegisterExtension
    static final GrafanaEmulatorExtension GRAFANA = GrafanaEmulatorExtension.create(b -> b.version(11).token(SECRET));

    @Override
    GrafanaEmulatorExtension grafana() {
        return GRAFANA;
    }

    @Test
    void a429IsRetriedAfterTheTimeRetryAfterAsks() {
        emulator().faults().add(Fault.on("GET", "/api/search").status(429).retryAfterSeconds(1).times(1));
        long start = System.nanoTime();
        Exchange search = template.request("grafana:dashboard?action=search", e -> { });
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertThat(search.getException()).isNull();
        assertThat(sent("GET", "/api/search")).hasSize(2);
        // the backoff alone would be ~20 ms
        assertThat(waited).isGreaterThanOrEqualTo(900);
    }

    @Test
    void retriesStopAtMaxAttemptsAndAnAnnotationCreateIsNeverRepeated() {
        emulator().faults().add(Fault.on("GET", "/api/search").status(503));
        Exchange failed = template.request("grafana:dashboard?action=search&maxAttempts=2", e -> { });
        assertThat(failed.getException()).isInstanceOf(GrafanaApiException.class);
        assertThat(((GrafanaApiException) failed.getException()).getStatusCode()).isEqualTo(503);
        assertThat(sent("GET", "/api/search")).hasSize(2);

        emulator().faults().add(Fault.on("POST", "/api/annotations").status(503).times(1));
        Exchange annotation = template.request("grafana:annotation", e -> e.getMessage().setBody("text"));
        assertThat(annotation.getException()).isInstanceOf(GrafanaApiException.class);
        assertThat(sent("POST", "/api/annotations")).hasSize(1);
    }

    @Test
    void aProxysHtmlPageIsAClearErrorNotData() {
        emulator().faults().add(Fault.on("POST", "/api/dashboards/db").status(413).body("text/html",
                "<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity"
                        + " Too Large</h1></center><hr><center>nginx</center></body></html>").times(1));
        Exchange saved = template.request("grafana:dashboard", e -> e.getMessage().setBody(OPS));
        assertThat(saved.getException()).isInstanceOf(GrafanaApiException.class);
        GrafanaApiException error = (GrafanaApiException) saved.getException();
        assertThat(error.getStatusCode()).isEqualTo(413);
        assertThat(error.getGrafanaMessage()).contains("413 Request Entity Too Large").doesNotContain("<");
    }

    @Test
    void theTokenIsInNoLogLineNoErrorAndNoPrintedUri() {
        StringWriter captured = new StringWriter();
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        WriterAppender appender = WriterAppender.newBuilder().setName("grafana-secrecy").setTarget(captured)
                .setLayout(PatternLayout.newBuilder().withPattern("%c %m %ex%n").build()).build();
        appender.start();
        config.addAppender(appender);
        LoggerConfig root = config.getRootLogger();
        Level level = root.getLevel();
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.TRACE);
        Configurator.setLevel("org.apache.hc.client5.http.wire", Level.INFO);
        logging.updateLoggers();
        try {
            template.request("grafana:dashboard", e -> e.getMessage().setBody(OPS));
            Exchange bad = template.request("grafana:dashboard?token=glsa_WRONG-token-9876543210&action=search",
                    e -> { });
            assertThat(bad.getException()).isInstanceOf(GrafanaApiException.class);
            assertThat(((GrafanaApiException) bad.getException()).getStatusCode()).isEqualTo(401);
            assertThat(bad.getException().getMessage()).doesNotContain("WRONG");
            template.request("log:done?showAll=true", e -> { });
        } finally {
            root.removeAppender("grafana-secrecy");
            root.setLevel(level);
            logging.updateLoggers();
            appender.stop();
        }
        assertThat(captured.toString()).contains("/api/dashboards/db").doesNotContain(SECRET);
        assertThat(context.getEndpoints().toString()).doesNotContain(SECRET).doesNotContain("WRONG-token");
    }
}
