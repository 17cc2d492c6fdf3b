package io.github.cameldatagrok.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.client.model.FunctionInfo;
import io.github.cameldatagrok.client.model.DataConnection;
import io.github.cameldatagrok.client.model.DataQuery;
import io.github.cameldatagrok.client.model.Script;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalogue actions of datagrok:call: list, describe, save a script or query, then call it. */
class FunctionCatalogueRouteTest extends DatagrokTestSupport {

    private static final String SCRIPT = "#name: AddOne\n#language: python\n#input: int x\n#output: int y\ny = x + 1\n";

    @BeforeEach
    void seed() {
        emulator().reset();
        emulator().functions().runner("python", (text, inputs) -> Map.of("y", (Long) inputs.get("x") + 1));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // publish a script from a repository, then call it by the name Datagrok gave it
                from("direct:publish")
                        .to("datagrok:call?action=save")
                        .setBody(constant(Map.of("x", 41)))
                        .removeHeader(DatagrokConstants.ACTION)
                        .toD("datagrok:call:${header." + DatagrokConstants.TARGET + "}");
            }
        };
    }

    @Test
    void listFiltersAndDescribe() {
        Exchange chem = template.request("datagrok:call?action=list&filter=package.shortName=\"Chem\"", null);
        @SuppressWarnings("unchecked")
        List<FunctionInfo> functions = chem.getMessage().getBody(List.class);
        assertThat(functions).extracting(FunctionInfo::name).containsExactly("Chem:AtomCount");
        assertThat(template.requestBodyAndHeader("datagrok:call?action=list", null, DatagrokConstants.FILTER,
                "source=\"data-query\"", List.class)).hasSize(1);
        Exchange cut = template.request("datagrok:call?action=list&maxResults=2", null);
        assertThat(cut.getMessage().getHeader(DatagrokConstants.RESULTS_TRUNCATED)).isEqualTo(true);
        FunctionInfo divmod = template.requestBody("datagrok:call:Demo:DivMod?action=describe", null, FunctionInfo.class);
        assertThat(divmod.inputs()).extracting(FunctionInfo.Param::name).containsExactly("a", "b");
        assertThatThrownBy(() -> template.requestBody("datagrok:call:Demo:NoSuch?action=describe", (Object) null))
                .cause().isInstanceOf(DatagrokApiException.class);
    }

    @Test
    void aScriptSavedFromAMapIsThenCalled() {
        Object result = template.requestBody("direct:publish", Map.of("source", "script", "script", SCRIPT,
                "language", "python"));
        assertThat(((Number) result).longValue()).isEqualTo(42L);
        assertThat(emulator().functions().find("Admin:AddOne")).isPresent();
        // a typed model, saved again by id, updates
        Script again = Script.of("python", SCRIPT);
        again.setId(emulator().functions().find("Admin:AddOne").orElseThrow().id());
        Script saved = template.requestBody("datagrok:call?action=save", again, Script.class);
        assertThat(saved.getNqName()).isEqualTo("Admin:AddOne");
        assertThat(saved.getParams()).hasSize(2);
    }

    @Test
    void aQueryOnAConnection() {
        DataConnection shop = template.requestBody("datagrok:connection?action=save",
                DataConnection.of("Shop", "Postgres").parameter("server", "localhost"), DataConnection.class);
        DataQuery query = template.requestBody("datagrok:call?action=save",
                DataQuery.of(shop, "--name: Orders\n--input: int n\nselect * from orders limit @n"), DataQuery.class);
        assertThat(query.getNqName()).isEqualTo("Admin:Orders");
        assertThat(query.getConnection().getName()).isEqualTo("Shop");
    }

    @Test
    void badBodiesSendNothing() {
        emulator().clearRequests();
        assertThatThrownBy(() -> template.requestBody("datagrok:call?action=save", Map.of("source", "function")))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:call?action=save", new Script()))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:call?action=save", new DataQuery()))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:call?action=block", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThat(emulator().requests()).isEmpty();
        // the server refuses what the client cannot check: an unknown language
        assertThatThrownBy(() -> template.requestBody("datagrok:call?action=save", Script.of("cobol", SCRIPT)))
                .cause().isInstanceOf(DatagrokApiException.class);
    }
}
