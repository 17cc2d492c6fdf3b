package io.github.cameldatagrok.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.github.cameldatagrok.client.DatagrokShareException;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.emulator.RecordedRequest;
import io.github.cameldatagrok.emulator.shares.ShareStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link Sharing#shareDashboard} against an older server that only has the dashboard share route. */
class SharingFallbackTest extends CamelTestSupport {

    @RegisterExtension
    static final DatagrokEmulatorExtension OLD_DATAGROK = DatagrokEmulatorExtension.create(
            b -> b.onlyLegacyDashboardShares());

    private String dashboardId;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("datagrok", DatagrokTestSupport.componentFor(OLD_DATAGROK));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // what the dashboard producer does after creating a dashboard
                from("direct:dashboard").process(exchange -> {
                    DatagrokEndpoint endpoint = context.getEndpoint("datagrok:dashboard:Sales?shareWith=Developers",
                            DatagrokEndpoint.class);
                    Sharing.shareDashboard(exchange, endpoint.getClient(), dashboardId,
                            Sharing.request(exchange, endpoint));
                });
            }
        };
    }

    @BeforeEach
    void seed() {
        OLD_DATAGROK.emulator().reset();
        // a table stands in for a dashboard: the emulator's old route shares any entity it knows
        dashboardId = OLD_DATAGROK.emulator().tables().put("Admin:Sales:Orders", "a\n1\n").id();
        OLD_DATAGROK.emulator().groups().create("Chemists");
    }

    private List<RecordedRequest> shareRequests() {
        return OLD_DATAGROK.emulator().requests().stream().filter(r -> r.path().contains("/shares")).toList();
    }

    @Test
    void fallsBackToTheDashboardRouteOnceAndRemembers() {
        Exchange out = template.request("direct:dashboard", e -> e.getMessage()
                .setHeader(DatagrokConstants.ACCESS, "Edit"));
        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(DatagrokConstants.SHARE_STATUS)).isEqualTo("success");
        assertThat(OLD_DATAGROK.emulator().shares().access(dashboardId, "Developers")).hasValue(ShareStore.Access.Edit);
        assertThat(shareRequests()).extracting(r -> r.method() + " " + r.path() + "?" + r.query()).containsExactly(
                "POST /public/v1/entities/" + dashboardId + "/shares?groups=Developers&access=Edit",
                "GET /public/v1/dashboards/" + dashboardId + "/shares?groups=Developers&access=Edit");

        OLD_DATAGROK.emulator().clearRequests();
        template.sendBodyAndHeader("direct:dashboard", null, DatagrokConstants.SHARE_GROUPS, "Chemists");
        assertThat(shareRequests()).extracting(RecordedRequest::method).containsExactly("GET");
        assertThat(OLD_DATAGROK.emulator().shares().access(dashboardId, "Chemists")).hasValue(ShareStore.Access.View);
    }

    @Test
    void failuresThroughTheOldRouteAreErrorsToo() {
        assertThatThrownBy(() -> template.sendBodyAndHeader("direct:dashboard", null, DatagrokConstants.SHARE_GROUPS,
                "Chemists,Nobody")).satisfies(e -> {
                    assertThat(e.getCause()).isInstanceOf(DatagrokShareException.class)
                            .hasMessageContaining("with Nobody").hasMessageContaining("shared with Chemists");
                });
    }

    @Test
    void anUnknownAccessLevelIsRefusedBeforeAnythingIsSent() {
        OLD_DATAGROK.emulator().clearRequests();
        assertThatThrownBy(() -> template.sendBodyAndHeader("direct:dashboard", null, DatagrokConstants.ACCESS,
                "Admin")).satisfies(e -> assertThat(e.getCause()).hasMessage(
                        "Unknown Datagrok access level 'Admin': use View or Edit"));
        assertThat(OLD_DATAGROK.emulator().requests()).isEmpty();
    }
}
