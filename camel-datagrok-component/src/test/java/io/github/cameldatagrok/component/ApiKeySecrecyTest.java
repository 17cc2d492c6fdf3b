package io.github.cameldatagrok.component;


import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API key appears in no log line, no exception message and no endpoint URI that Camel prints.
 * <p>
 * Set on the component (the documented way), the key is absent from every log line at TRACE, HttpClient's header log
 * included. Written into an endpoint URI, Camel masks it wherever it prints endpoints, and no log line up to DEBUG
 * shows it; only Camel core's own TRACE lines about endpoint creation echo URIs as the user wrote them. In both cases
 * HttpClient's raw byte dump ({@code org.apache.hc.client5.http.wire}) stays at INFO: it shows every byte sent.
 */
class ApiKeySecrecyTest extends DatagrokTestSupport {

    private static final String SECRET = "sk-SECRET-datagrok-key-0123456789";
    private static final String WRONG_SECRET = "sk-WRONG-secret-key-9876543210";

    @RegisterExtension
    static final DatagrokEmulatorExtension SECRET_DATAGROK = DatagrokEmulatorExtension.create(b -> b.apiKey(SECRET));

    private LogCapture logCapture;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        DatagrokConfiguration config = context.getComponent("datagrok", DatagrokComponent.class).getConfiguration();
        config.setBaseUrl(SECRET_DATAGROK.baseUrl());
        config.setApiKey(SECRET);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:roundtrip")
                        .to("datagrok:table:Admin:Secrets:T")
                        .to("log:uploaded?showAll=true")
                        .setHeader(DatagrokConstants.ACTION, constant("download"))
                        .to("datagrok:table:Admin:Secrets:T?outputType=string")
                        .to("log:downloaded?showAll=true");
            }
        };
    }

    private void capture(Level level) {
        logCapture = LogCapture.start(level);
    }

    @AfterEach
    void stopCapturing() {
        logCapture.close();
    }

    @Test
    void keyOnTheComponentIsNeverLoggedEvenAtTrace() {
        capture(Level.ALL);
        assertThat(template.requestBody("direct:roundtrip", "a,b\n1,2\n", String.class)).isEqualTo("a,b\n1,2\n");

        String logs = logCapture.text();
        assertThat(logs).contains("datagrok").contains("Authorization: ***").doesNotContain(SECRET);
        assertThat(printedEndpoints()).contains("datagrok://table").doesNotContain(SECRET);
    }

    @Test
    void keyInTheUriIsMaskedAndNotInErrors() {
        capture(Level.DEBUG);
        assertThatThrownBy(() -> template.requestBody(
                "datagrok:table:Admin:Secrets:T?action=download&apiKey=" + WRONG_SECRET, (Object) null))
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain(WRONG_SECRET);
                        assertThat(t.toString()).doesNotContain(WRONG_SECRET);
                    }
                    assertThat(e.getCause()).hasMessageContaining("HTTP 401");
                });

        String printed = printedEndpoints();
        assertThat(printed).contains("apiKey=xxxxxx").doesNotContain(WRONG_SECRET);
        assertThat(logCapture.text()).contains("Authorization: ***").doesNotContain(WRONG_SECRET);
    }

    @Test
    void aKeyWrittenInAUriGetsOneWarningNamingTheComponentOption() {
        capture(Level.WARN);
        context.getEndpoint("datagrok:table:Admin:Secrets:T");
        assertThat(logCapture.text()).doesNotContain("API key is written");

        context.getEndpoint("datagrok:table:Admin:Secrets:A?apiKey=" + WRONG_SECRET);
        context.getEndpoint("datagrok:table:Admin:Secrets:B?apiKey=" + WRONG_SECRET);
        String logs = logCapture.text();
        assertThat(logs.split("API key is written in the endpoint URI", -1)).hasSize(2); // exactly once
        assertThat(logs).contains("camel.component.datagrok.api-key").doesNotContain(WRONG_SECRET);
    }

    @Test
    void keyIsNeverLoggedByFunctionCallsOnTheAsyncClientEvenAtTrace() {
        capture(Level.ALL);
        assertThat(template.requestBody("datagrok:call:Abs", java.util.Map.of("x", -1))).isEqualTo(1.0);
        assertThatThrownBy(() -> template.requestBody("datagrok:call:No:Such", java.util.Map.of()))
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(t.toString()).doesNotContain(SECRET);
                    }
                });
        String logs = logCapture.text();
        assertThat(logs).contains("Authorization: ***").doesNotContain(SECRET);
    }

    private String printedEndpoints() {
        StringBuilder printed = new StringBuilder();
        for (Endpoint endpoint : context.getEndpoints()) {
            printed.append(endpoint).append('\n');
        }
        context.getRoutes().forEach(route -> printed.append(route.getEndpoint()).append(route).append('\n'));
        return printed.toString();
    }
}
