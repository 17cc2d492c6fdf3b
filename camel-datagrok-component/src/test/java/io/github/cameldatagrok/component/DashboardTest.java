package io.github.cameldatagrok.component;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.emulator.dashboards.Dashboard;
import io.github.cameldatagrok.emulator.tables.TableInfo;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** datagrok:dashboard creation against the emulator: tables from uploads, option or header; every layout form. */
class DashboardTest extends DatagrokTestSupport {

    private static final String LAYOUT = "{\"#type\":\"ViewLayout\",\"name\":\"Sales\",\"viewStateMap\":{\"a\":1}}";

    @TempDir
    Path dir;

    private TableInfo orders;
    private TableInfo regions;

    @BeforeEach
    void seed() {
        orders = emulator().tables().put("Admin:Sales:Orders", "id,region\n1,North\n");
        regions = emulator().tables().put("Admin:Sales:Regions", "region,total\nNorth,1\n");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:uploadUploadCreate")
                        .setBody(constant("id,amount\n1,2.5\n")).to("datagrok:table:Admin:Board:First")
                        .setBody(constant("region,total\nNorth,2.5\n")).to("datagrok:table:Admin:Board:Second")
                        .to("datagrok:dashboard:UploadedBoard");
                from("direct:uploadUploadLayout")
                        .setBody(constant("id,amount\n1,2.5\n")).to("datagrok:table:Admin:Board:First")
                        .setBody(constant("region,total\nNorth,2.5\n")).to("datagrok:table:Admin:Board:Second")
                        .setBody(constant(LAYOUT))
                        .to("datagrok:dashboard:LayoutBoard");
            }
        };
    }

    private Dashboard stored(String name) {
        return emulator().dashboards().find(name).orElseThrow(() -> new AssertionError("no dashboard " + name));
    }

    @Test
    void uploadUploadCreateTakesTheUploadedTablesWithoutGlue() {
        Exchange exchange = template.request("direct:uploadUploadCreate", e -> { });
        assertThat(exchange.getException()).isNull();
        String first = emulator().tables().find("Admin:Board:First").orElseThrow().id();
        String second = emulator().tables().find("Admin:Board:Second").orElseThrow().id();
        Dashboard dashboard = stored("UploadedBoard");
        assertThat(dashboard.tableIds()).containsExactly(first, second);
        // the body left by the upload is its answer, not a layout
        assertThat(dashboard.layout()).isNull();

        @SuppressWarnings("unchecked")
        Map<String, Object> body = exchange.getMessage().getBody(Map.class);
        assertThat(body.get("ID")).isEqualTo(dashboard.id());
        assertThat(exchange.getMessage().getHeader(DatagrokConstants.DASHBOARD_ID)).isEqualTo(dashboard.id());
        assertThat(exchange.getMessage().getHeader(DatagrokConstants.GROK_NAME)).isEqualTo("Admin:UploadedBoard");
        assertThat(exchange.getMessage().getHeader(DatagrokConstants.URL, String.class)).endsWith("/p/" + dashboard.id());
        // the result of this step only: nothing left over from the last table upload
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKeys(DatagrokConstants.MARKUP,
                DatagrokConstants.TABLE_ID);
    }

    @Test
    void eachStepCarriesOnlyItsOwnResultHeaders() {
        Exchange exchange = template.request("direct:uploadUploadCreate", e -> e.getMessage().setHeader(
                DatagrokConstants.SHARE_STATUS, "stale"));
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKeys(DatagrokConstants.SHARE_STATUS);
        // a file upload after it: the dashboard's id, name and URL are gone, the file's length is set
        Exchange file = template.request("datagrok:file:System:DemoFiles/out/a.txt", e -> {
            e.getMessage().setHeaders(new java.util.HashMap<>(exchange.getMessage().getHeaders()));
            e.getMessage().setBody("abc");
        });
        assertThat(file.getException()).isNull();
        assertThat(file.getMessage().getHeaders()).doesNotContainKeys(DatagrokConstants.DASHBOARD_ID,
                DatagrokConstants.GROK_NAME, DatagrokConstants.URL);
        assertThat(file.getMessage().getHeader(DatagrokConstants.FILE_LENGTH)).isEqualTo(3L);
    }

    @Test
    void layoutFromTheBodyAfterUploads() {
        template.sendBody("direct:uploadUploadLayout", null);
        Dashboard dashboard = stored("LayoutBoard");
        assertThat(dashboard.tableIds()).hasSize(2);
        assertThat(dashboard.layout().path("viewStateMap").path("a").asInt()).isEqualTo(1);
        assertThat(emulator().requests("POST", "/public/v1/dashboards/.*").get(0).contentType())
                .startsWith("application/json");
    }

    @Test
    void layoutFromAClasspathResourceOrAFileUri() throws Exception {
        template.sendBody("datagrok:dashboard:Admin:Packaged?tables=Admin:Sales:Orders"
                + "&layout=classpath:layouts/test.layout", null);
        assertThat(stored("Admin:Packaged").layout().path("name").asText()).isEqualTo("FromClasspath");

        Path layout = Files.writeString(dir.resolve("uri.layout"), LAYOUT);
        template.sendBody("datagrok:dashboard:Admin:FromUri?tables=Admin:Sales:Orders&layout=file:" + layout, null);
        assertThat(stored("Admin:FromUri").layout().path("name").asText()).isEqualTo("Sales");

        emulator().clearRequests();
        assertThatThrownBy(() -> template.sendBody("datagrok:dashboard:Admin:Missing?tables=Admin:Sales:Orders"
                + "&layout=classpath:layouts/missing.layout", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("layouts/missing.layout"));
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void tablesFromTheOptionByNameAndLayoutFromAFileOption() throws Exception {
        Path layout = Files.writeString(dir.resolve("sales.layout"), LAYOUT);
        template.sendBody("datagrok:dashboard:Admin:Options?tables=Admin:Sales:Orders," + regions.id()
                + "&layout=" + layout, "ignored when the layout option is set");
        Dashboard dashboard = stored("Admin:Options");
        assertThat(dashboard.tableIds()).containsExactly(orders.id(), regions.id());
        assertThat(dashboard.layout().path("name").asText()).isEqualTo("Sales");
        // names travel dotted, the comma between the ids stays literal
        assertThat(emulator().requests("POST", "/public/v1/dashboards/Admin\\.Options/Admin\\.Sales\\.Orders,"
                + regions.id())).hasSize(1);
    }

    @Test
    void tablesFromTheHeaderWinAndEveryLayoutBodyForm() throws Exception {
        Map<String, Object> header = Map.of(DatagrokConstants.TABLES, List.of(regions.id()));
        Path file = Files.writeString(dir.resolve("board.json"), LAYOUT);
        Object[] bodies = {
            LAYOUT, LAYOUT.getBytes(StandardCharsets.UTF_8), Map.of("#type", "ViewLayout", "name", "Sales"),
            new ByteArrayInputStream(LAYOUT.getBytes(StandardCharsets.UTF_8)), file.toFile(), file
        };
        for (int i = 0; i < bodies.length; i++) {
            template.sendBodyAndHeaders("datagrok:dashboard:Form" + i + "?tables=Admin:Sales:Orders", bodies[i], header);
            Dashboard dashboard = stored("Form" + i);
            assertThat(dashboard.tableIds()).as("body " + i).containsExactly(regions.id());
            assertThat(dashboard.layout().path("name").asText()).as("body " + i).isEqualTo("Sales");
        }
    }

    @Test
    void unknownTableIsAnError() {
        assertThatThrownBy(() -> template.sendBody("datagrok:dashboard:Broken?tables=Admin:Sales:Orders,Admin:No:Such",
                null))
                .cause().isInstanceOf(DatagrokApiException.class)
                .hasMessageContaining("Table not found");
        assertThat(emulator().dashboards().find("Broken")).isEmpty();
    }

    @Test
    void badInputFailsBeforeAnythingIsSent() {
        emulator().clearRequests();
        assertThatThrownBy(() -> template.sendBody("datagrok:dashboard:NoTables", LAYOUT))
                .satisfies(e -> assertThat(rootMessage(e)).contains("No tables for the Datagrok dashboard"));
        assertThatThrownBy(() -> template.sendBody("datagrok:dashboard:BadLayout?tables=" + orders.id(), "{not json"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("layout in the body is not JSON"));
        // one JSON value and nothing after it: Datagrok would get text that is not JSON
        assertThatThrownBy(() -> template.sendBody("datagrok:dashboard:Trailing?tables=" + orders.id(),
                "{\"a\":1} trailing"))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(rootMessage(e)).contains("layout in the body is not JSON"));
        assertThatThrownBy(() -> template.sendBody("datagrok:dashboard:NoFile?tables=" + orders.id()
                + "&layout=" + dir.resolve("missing.layout"), null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("missing.layout").contains("does not exist"));
        assertThatThrownBy(() -> template.sendBody("datagrok:dashboard:EmptyId?tables=" + orders.id() + ",,", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("empty table id"));
        assertThatThrownBy(() -> template.sendBody("datagrok:dashboard?tables=" + orders.id(), null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("No Datagrok dashboard given"));
        assertThatThrownBy(() -> template.sendBody("datagrok:dashboard:WrongBody?tables=" + orders.id(), 42))
                .satisfies(e -> assertThat(rootMessage(e)).contains("Unsupported body type java.lang.Integer"));
        assertThat(emulator().requests()).isEmpty();
    }
}
