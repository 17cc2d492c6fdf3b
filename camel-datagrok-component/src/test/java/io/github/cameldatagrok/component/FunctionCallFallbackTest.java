package io.github.cameldatagrok.component;

import java.util.Map;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An older server serves only /public/v1/{name}/call: the client falls back on the 404, once, and remembers. */
class FunctionCallFallbackTest extends CamelTestSupport {

    @RegisterExtension
    static final DatagrokEmulatorExtension OLD_SERVER = DatagrokEmulatorExtension.create(b -> b.legacyCallRouteOnly(true));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        DatagrokComponent datagrok = new DatagrokComponent();
        datagrok.getConfiguration().setBaseUrl(OLD_SERVER.baseUrl());
        datagrok.getConfiguration().setApiKey(OLD_SERVER.apiKey());
        context.addComponent("datagrok", datagrok);
        return context;
    }

    @Test
    void fallsBackToTheOlderRouteOnceAndRemembers() {
        assertThat(template.requestBody("datagrok:call:Demo:DivMod", Map.of("a", 7, "b", 2)))
                .isEqualTo(Map.of("quotient", 3, "remainder", 1));
        assertThat(template.requestBody("datagrok:call:Demo:DivMod", Map.of("a", 8, "b", 2)))
                .isEqualTo(Map.of("quotient", 4, "remainder", 0));

        var emulator = OLD_SERVER.emulator();
        assertThat(emulator.requests("POST", "/public/v1/functions/Demo\\.DivMod/call")).hasSize(1);
        assertThat(emulator.requests("POST", "/public/v1/Demo\\.DivMod/call")).hasSize(2);
    }

    @Test
    void unknownFunctionOnTheOlderRouteIsStillAnApiError() {
        assertThatThrownBy(() -> template.requestBody("datagrok:call:No:Such", Map.of()))
                .cause().isInstanceOf(DatagrokApiException.class)
                .hasMessageContaining("Function not found");
    }
}
