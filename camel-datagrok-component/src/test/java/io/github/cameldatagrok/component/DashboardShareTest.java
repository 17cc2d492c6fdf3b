package io.github.cameldatagrok.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.github.cameldatagrok.client.DatagrokShareException;
import io.github.cameldatagrok.client.model.ShareResult;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.emulator.RecordedRequest;
import io.github.cameldatagrok.emulator.dashboards.Dashboard;
import io.github.cameldatagrok.emulator.shares.ShareStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Dashboards shared in the step that creates them, and with action=share, on current and older servers. */
class DashboardShareTest extends DatagrokTestSupport {

    /** A server without the share route of any entity: dashboards are shared through the older dashboard route. */
    @RegisterExtension
    static final DatagrokEmulatorExtension OLD_DATAGROK = DatagrokEmulatorExtension.create(
            b -> b.onlyLegacyDashboardShares());

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("olddatagrok", DatagrokTestSupport.componentFor(OLD_DATAGROK));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:report")
                        .to("datagrok:table:Admin:Report:Orders")
                        .setBody(constant("{\"#type\":\"ViewLayout\",\"name\":\"Report\"}"))
                        .to("datagrok:dashboard:Report?shareWith=Developers,Chemists&access=Edit");
                from("direct:reportToNobody")
                        .to("datagrok:table:Admin:Report:Orders")
                        .setBody(constant(""))
                        .to("datagrok:dashboard:Report?shareWith=Chemists,Nobody");
                from("direct:oldReport")
                        .to("olddatagrok:table:Admin:Report:Orders")
                        .setBody(constant(""))
                        .to("olddatagrok:dashboard:Report?shareWith=Chemists")
                        .to("olddatagrok:dashboard:Report?action=share&shareWith=Developers");
            }
        };
    }

    @BeforeEach
    void seed() {
        emulator().reset();
        emulator().groups().create("Chemists");
        OLD_DATAGROK.emulator().reset();
        OLD_DATAGROK.emulator().groups().create("Chemists");
    }

    private static final List<Map<String, Object>> ROWS = List.of(Map.of("region", "North", "amount", 3));

    @Test
    void createdDashboardIsSharedInTheSameStep() {
        Exchange out = template.request("direct:report", e -> e.getMessage().setBody(ROWS));

        assertThat(out.getException()).isNull();
        Dashboard dashboard = emulator().dashboards().find("Report").orElseThrow();
        assertThat(out.getMessage().getHeader(DatagrokConstants.DASHBOARD_ID)).isEqualTo(dashboard.id());
        assertThat(emulator().shares().access(dashboard.id(), "Developers")).hasValue(ShareStore.Access.Edit);
        assertThat(emulator().shares().access(dashboard.id(), "Chemists")).hasValue(ShareStore.Access.Edit);
        assertThat(out.getMessage().getHeader(DatagrokConstants.SHARED_WITH, List.class))
                .containsExactly("Developers", "Chemists");
        assertThat(out.getMessage().getHeader(DatagrokConstants.SHARE_STATUS)).isEqualTo("success");
        // the dashboard's answer stays the body
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("ID", dashboard.id());
        RecordedRequest share = emulator().requests().stream().filter(r -> r.path().endsWith("/shares"))
                .findFirst().orElseThrow();
        assertThat(share.method()).isEqualTo("POST");
        assertThat(share.path()).isEqualTo("/public/v1/entities/" + dashboard.id() + "/shares");
    }

    @Test
    void aShareFailingForSomeGroupsNamesThemAndSaysWhichSucceeded() {
        Exchange out = template.request("direct:reportToNobody", e -> e.getMessage().setBody(ROWS));

        assertThat(out.getException()).isInstanceOf(DatagrokShareException.class).hasMessageContaining("Nobody");
        Dashboard dashboard = emulator().dashboards().find("Report").orElseThrow();
        assertThat(emulator().shares().access(dashboard.id(), "Chemists")).hasValue(ShareStore.Access.View);
        assertThat(out.getMessage().getHeader(DatagrokConstants.SHARED_WITH, List.class)).containsExactly("Chemists");
        assertThat(out.getMessage().getHeader(DatagrokConstants.SHARE_FAILED, List.class)).containsExactly("Nobody");
    }

    @Test
    void anUnknownAccessLevelFailsBeforeAnythingIsSent() {
        emulator().tables().put("Admin:Report:Orders", "a\n1\n");
        emulator().clearRequests();
        assertThatThrownBy(() -> template.sendBody("datagrok:dashboard:Report?tables=Admin:Report:Orders"
                + "&shareWith=Chemists&access=Owner", ""))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Owner");
        assertThat(emulator().requests()).isEmpty();
        assertThat(emulator().dashboards().find("Report")).isEmpty();
    }

    @Test
    void olderServersShareThroughTheDashboardRoute() {
        template.request("direct:oldReport", e -> e.getMessage().setBody(ROWS));
        Exchange out = template.request("direct:oldReport", e -> e.getMessage().setBody(ROWS));

        assertThat(out.getException()).isNull();
        Dashboard dashboard = OLD_DATAGROK.emulator().dashboards().find("Report").orElseThrow();
        assertThat(OLD_DATAGROK.emulator().shares().access(dashboard.id(), "Chemists")).hasValue(ShareStore.Access.View);
        assertThat(OLD_DATAGROK.emulator().shares().access(dashboard.id(), "Developers"))
                .hasValue(ShareStore.Access.View);
        assertThat(out.getMessage().getBody(ShareResult.class).getAlreadyShared()).containsExactly("Developers");
        List<RecordedRequest> shares = OLD_DATAGROK.emulator().requests().stream()
                .filter(r -> r.path().endsWith("/shares")).toList();
        // each endpoint's client tries the current route once (404), then remembers the older route
        assertThat(shares).extracting(RecordedRequest::method).containsExactly("POST", "GET", "POST", "GET", "GET", "GET");
        assertThat(shares.get(5).path()).isEqualTo("/public/v1/dashboards/Report/shares");
    }
}
