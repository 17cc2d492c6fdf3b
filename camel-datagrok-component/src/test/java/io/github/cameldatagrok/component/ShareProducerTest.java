package io.github.cameldatagrok.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.client.DatagrokShareException;
import io.github.cameldatagrok.client.model.ShareResult;
import io.github.cameldatagrok.emulator.RecordedRequest;
import io.github.cameldatagrok.emulator.shares.ShareStore;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** datagrok:share on a table entity, and {@link Sharing} as the dashboard producer uses it. */
class ShareProducerTest extends DatagrokTestSupport {

    private String tableId;

    @BeforeEach
    void seed() {
        emulator().reset();
        tableId = emulator().tables().put("Admin:Sales:Orders", "a\n1\n").id();
        emulator().groups().create("Chemists");
        emulator().users().add("alice", "Alice", "Mendel");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:shareOrReport")
                        .onException(DatagrokShareException.class).handled(true)
                            .setBody(exceptionMessage()).end()
                        .to("datagrok:share:Admin:Sales:Orders?groups=Chemists");
                from("direct:dashboard").process(exchange -> {
                    DatagrokEndpoint endpoint = context.getEndpoint("datagrok:share?shareWith=Developers",
                            DatagrokEndpoint.class);
                    Sharing.shareDashboard(exchange, endpoint.getClient(),
                            exchange.getMessage().getHeader("dashboard", String.class),
                            Sharing.request(exchange, endpoint));
                });
            }
        };
    }

    private List<RecordedRequest> shareRequests() {
        return emulator().requests().stream().filter(r -> r.path().contains("/shares")).toList();
    }

    @Test
    void sharesATableWithGroupsAndUsersByName() {
        Exchange out = template.request("datagrok:share:Admin:Sales:Orders?groups=Chemists,alice&access=edit", e -> {
        });
        ShareResult result = out.getMessage().getBody(ShareResult.class);
        assertThat(result.getStatus()).isEqualTo("success");
        assertThat(result.getShared()).containsExactly("Chemists", "alice");
        assertThat(out.getMessage().getHeader(DatagrokConstants.SHARE_STATUS)).isEqualTo("success");
        assertThat(out.getMessage().getHeader(DatagrokConstants.SHARED_WITH, List.class)).containsExactly("Chemists", "alice");
        assertThat(out.getMessage().getHeader(DatagrokConstants.SHARE_FAILED, List.class)).isEmpty();
        assertThat(emulator().shares().access(tableId, "Chemists")).hasValue(ShareStore.Access.Edit);
        assertThat(emulator().shares().access(tableId, "alice")).hasValue(ShareStore.Access.Edit);
        RecordedRequest request = shareRequests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/public/v1/entities/Admin.Sales.Orders/shares");
        assertThat(request.query()).isEqualTo("groups=Chemists%2Calice&access=Edit");
    }

    @Test
    void headersOverrideTheOptions() {
        template.send("datagrok:share:unused?groups=Nobody&access=Edit", e -> {
            e.getMessage().setHeader(DatagrokConstants.TARGET, tableId);
            e.getMessage().setHeader(DatagrokConstants.SHARE_GROUPS, List.of("Developers", "Chemists"));
            e.getMessage().setHeader(DatagrokConstants.ACCESS, "view");
        });
        assertThat(emulator().shares().access(tableId, "Developers")).hasValue(ShareStore.Access.View);
        assertThat(emulator().shares().access(tableId, "Chemists")).hasValue(ShareStore.Access.View);
        assertThat(shareRequests()).singleElement().extracting(RecordedRequest::query)
                .isEqualTo("groups=Developers%2CChemists&access=View");
    }

    @Test
    void aPartialSuccessWithoutFailuresSaysWhichGroupsInHeaders() {
        template.sendBody("datagrok:share:Admin:Sales:Orders?groups=Chemists", null);
        Exchange out = template.request("datagrok:share:Admin:Sales:Orders?groups=Chemists,Developers", e -> {
        });
        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(DatagrokConstants.SHARE_STATUS)).isEqualTo("partial_success");
        assertThat(out.getMessage().getHeader(DatagrokConstants.SHARED_WITH, List.class))
                .containsExactly("Developers", "Chemists");
        ShareResult result = out.getMessage().getBody(ShareResult.class);
        assertThat(result.getShared()).containsExactly("Developers");
        assertThat(result.getAlreadyShared()).containsExactly("Chemists");
    }

    @Test
    void aShareThatFailsForSomeGroupsRaisesAnErrorNamingThem() {
        assertThatThrownBy(() -> template.sendBody("datagrok:share:Admin:Sales:Orders?groups=Chemists,Nobody,Ghosts",
                null)).satisfies(e -> {
                    assertThat(e.getCause()).isInstanceOf(DatagrokShareException.class);
                    assertThat(e.getCause().getMessage()).isEqualTo("Datagrok could not share Admin:Sales:Orders with"
                            + " Nobody, Ghosts (status partial_success; shared with Chemists)");
                    ShareResult result = ((DatagrokShareException) e.getCause()).getResult();
                    assertThat(result.getFailed()).containsExactly("Nobody", "Ghosts");
                });
        // the groups that could be shared with were
        assertThat(emulator().shares().access(tableId, "Chemists")).hasValue(ShareStore.Access.View);
    }

    @Test
    void errorHandlersSeeWhichGroupsFailed() {
        Exchange out = template.request("direct:shareOrReport", e -> e.getMessage().setHeader(
                DatagrokConstants.SHARE_GROUPS, "Developers,Nobody"));
        assertThat(out.getMessage().getBody(String.class)).contains("with Nobody");
        assertThat(out.getMessage().getHeader(DatagrokConstants.SHARE_FAILED, List.class)).containsExactly("Nobody");
        assertThat(out.getMessage().getHeader(DatagrokConstants.SHARED_WITH, List.class)).containsExactly("Developers");
    }

    @Test
    void aShareThatFailsEntirelyIsAnError() {
        assertThatThrownBy(() -> template.sendBody("datagrok:share:Admin:Sales:Orders?groups=Nobody", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("with Nobody (status failed)"));
    }

    @Test
    void anUnknownEntityIsAnError() {
        assertThatThrownBy(() -> template.sendBody("datagrok:share:Admin:No:Such?groups=Chemists", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("Entity not found: Admin.No.Such"));
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsSent() {
        emulator().clearRequests();
        assertThatThrownBy(() -> template.sendBody("datagrok:share:Admin:Sales:Orders?groups=Chemists&access=Own",
                null)).satisfies(e -> assertThat(rootMessage(e))
                        .isEqualTo("Unknown Datagrok access level 'Own': use View or Edit"));
        assertThatThrownBy(() -> template.sendBodyAndHeader("datagrok:share:Admin:Sales:Orders?groups=Chemists", null,
                DatagrokConstants.ACCESS, "Owner")).satisfies(e -> assertThat(rootMessage(e)).contains("'Owner'"));
        assertThatThrownBy(() -> template.sendBody("datagrok:share:Admin:Sales:Orders", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("No Datagrok groups to share with"));
        assertThatThrownBy(() -> template.sendBody("datagrok:share:Admin:Sales:Orders?groups=Chemists,,alice", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("contain an empty name"));
        assertThatThrownBy(() -> template.sendBodyAndHeader("datagrok:share:Admin:Sales:Orders", null,
                DatagrokConstants.SHARE_GROUPS, List.of("Chemists,Admins")))
                .satisfies(e -> assertThat(rootMessage(e)).contains("'Chemists,Admins'"));
        assertThatThrownBy(() -> template.sendBody("datagrok:share?groups=Chemists", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("No Datagrok share given"));
        assertThatThrownBy(() -> template.sendBody("datagrok:share:X?groups=Chemists&action=list", null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("does not support action list"));
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void dashboardsUseTheCurrentRouteWhenTheServerHasIt() {
        template.sendBodyAndHeader("direct:dashboard", null, "dashboard", tableId);
        assertThat(shareRequests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/public/v1/entities/" + tableId + "/shares");
        });
        assertThat(emulator().shares().access(tableId, "Developers")).hasValue(ShareStore.Access.View);
    }

    @Test
    void anApiErrorIsNoReasonToFallBack() {
        assertThatThrownBy(() -> template.sendBodyAndHeader("direct:dashboard", null, "dashboard", "Admin:Nothing"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("Entity not found: Admin.Nothing"));
        assertThat(shareRequests()).singleElement().extracting(RecordedRequest::method).isEqualTo("POST");
    }

    @Test
    void theResultIsPlainJson() throws Exception {
        ShareResult result = template.requestBody("datagrok:share:Admin:Sales:Orders?groups=Chemists", null,
                ShareResult.class);
        String json = new ObjectMapper().writeValueAsString(result);
        assertThat(new ObjectMapper().readValue(json, Map.class)).isEqualTo(Map.of("status", "success",
                "shared", List.of("Chemists"), "alreadyShared", List.of(), "failed", List.of()));
    }
}
