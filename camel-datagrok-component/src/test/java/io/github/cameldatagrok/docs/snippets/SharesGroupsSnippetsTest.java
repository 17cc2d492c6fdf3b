package io.github.cameldatagrok.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cameldatagrok.client.model.Group;
import io.github.cameldatagrok.emulator.shares.ShareStore;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The share and group blocks of README.md and the component's page. */
class SharesGroupsSnippetsTest extends SnippetTestSupport {

    private String orders;

    @BeforeEach
    void seed() {
        emulator().reset();
        orders = emulator().tables().put("Admin:Sales:Orders", "id\n1\n").id();
        emulator().groups().create("Chemists");
        emulator().users().add("alice.mendel", "Alice", "Mendel");
    }

    @Test
    void readmeSharesAndGroupsInJava() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::readme-shares[]
                // share any entity (table, dashboard, connection, ...) with groups or users; View (default) or Edit
                from("direct:publish")
                    .to("datagrok:share:Admin:Sales:Orders?groups=Chemists,alice.mendel&access=Edit")
                    .log("${header.CamelDatagrokShareStatus}: ${header.CamelDatagrokSharedWith}");
                // a share that fails for some groups raises DatagrokShareException naming them (CamelDatagrokShareFailed is set);
                // a partial success without failures is a success whose headers say which groups already had access

                // groups: get (default), list, lookup, members, memberships, requestMembership, requests, approve, deny, current,
                // save, addMember, removeMember, delete; results are Group / GroupMembershipRequest objects (Jackson-serialisable)
                from("direct:onboard")
                    .setHeader("CamelDatagrokMember", body())              // a group name or id, or a user login
                    .to("datagrok:group:Chemists?action=addMember&admin=false");
                from("direct:admins")
                    .to("datagrok:group:Administrators?action=members&admin=true");
                // end::readme-shares[]
            }
        });
        template.sendBody("direct:publish", null);
        assertThat(emulator().shares().access(orders, "Chemists")).contains(ShareStore.Access.Edit);
        assertThat(emulator().shares().access(orders, "alice.mendel")).contains(ShareStore.Access.Edit);

        template.sendBody("direct:onboard", "alice.mendel");
        String chemists = emulator().groups().find("Chemists").orElseThrow().id();
        String alice = emulator().users().find("alice.mendel").orElseThrow().groupId();
        assertThat(emulator().groups().isMember(chemists, alice)).isTrue();

        assertThat(template.requestBody("direct:admins", null, java.util.List.class))
                .allSatisfy(member -> assertThat(member).isInstanceOf(Group.class));
    }

    @Test
    void readmeSharesAndGroupsInYaml() throws Exception {
        loadYaml(yaml("readme-shares-yaml"));
        template.sendBody("direct:publish", null);

        assertThat(emulator().shares().access(orders, "Chemists")).contains(ShareStore.Access.Edit);
        String chemists = emulator().groups().find("Chemists").orElseThrow().id();
        String alice = emulator().users().find("alice.mendel").orElseThrow().groupId();
        assertThat(emulator().groups().isMember(chemists, alice)).isTrue();
    }
}
