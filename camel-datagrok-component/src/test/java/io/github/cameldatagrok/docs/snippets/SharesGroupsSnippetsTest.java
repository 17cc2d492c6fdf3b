package io.github.cameldatagrok.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.github.cameldatagrok.client.DatagrokShareException;
import io.github.cameldatagrok.client.model.Group;
import io.github.cameldatagrok.emulator.shares.ShareStore;
import org.apache.camel.Exchange;
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

    @Test
    void adocShares() throws Exception {
        emulator().groups().create("Biologists");
        emulator().groups().remove("Biologists");            // a group that is gone: its share fails
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-shares[]
                from("direct:publish")
                    .to("datagrok:table:Admin:Sales:Orders")
                    .setHeader("CamelDatagrokTarget", header("CamelDatagrokTableId"))
                    .to("datagrok:share?groups=Chemists,alice.mendel&access=Edit")
                    .log("${header.CamelDatagrokShareStatus}: ${header.CamelDatagrokSharedWith}");

                from("direct:shareOrReport")
                    .onException(DatagrokShareException.class).handled(true)
                        .log("not shared with ${header.CamelDatagrokShareFailed}").end()
                    .setHeader("CamelDatagrokShareGroups", constant(List.of("Chemists", "Biologists")))
                    .to("datagrok:share:Admin:Sales:Orders");
                // end::adoc-shares[]
            }
        });
        template.sendBody("direct:publish", "id\n2\n");
        String table = emulator().tables().find("Admin:Sales:Orders").orElseThrow().id();
        assertThat(emulator().shares().access(table, "alice.mendel")).contains(ShareStore.Access.Edit);

        Exchange reported = template.request("direct:shareOrReport", e -> { });
        assertThat(reported.getException()).isNull();
        assertThat(reported.getMessage().getHeader("CamelDatagrokShareFailed", List.class)).containsExactly("Biologists");
        assertThat(emulator().shares().access(table, "Chemists")).isPresent();
    }

    @Test
    void adocSharesInYaml() throws Exception {
        loadYaml(yaml("adoc-shares-yaml"));
        template.sendBody("direct:publish", "id\n3\n");
        assertThat(emulator().shares().access(orders, "Chemists")).contains(ShareStore.Access.Edit);
        assertThat(emulator().tables().readCsv("Admin:Sales:Orders")).isEqualTo("id\n3\n");
    }

    @Test
    void adocGroups() throws Exception {
        String chemists = emulator().groups().find("Chemists").orElseThrow().id();
        String bob = emulator().users().add("bob", "Bob", "B").groupId();
        String carol = emulator().users().add("carol", "Carol", "C").groupId();
        // two membership requests, made as their users would (the emulator's own API)
        String bobsRequest = requestMembership(bob, chemists);
        requestMembership(carol, chemists);

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-groups[]
                from("direct:onboard")                                   // body: a user login
                    .setHeader("CamelDatagrokMember", body())
                    .to("datagrok:group:Chemists?action=addMember")
                    .log("Chemists now has ${body.members().size()} members");

                from("timer:audit?repeatCount=1")
                    .to("datagrok:group?action=list&filter=RAW(name = \"Chemists\")&includeMembers=true")
                    .split(body())
                        .log("${body.name}: ${body.members()}");

                from("direct:createTeam")                                // no body: a new group named by the target
                    .to("datagrok:group:Crystallographers?action=save")
                    .log("created ${header.CamelDatagrokGroupId}");

                from("timer:directory?repeatCount=1")                   // users too, with the groups each belongs to
                    .to("datagrok:group?action=list&includePersonal=true&includeMemberships=true")
                    .log("${body.size()} groups and users");

                from("direct:rename")                                    // body: a Group read before, renamed
                    .to("datagrok:group?action=save&saveRelations=true");  // members and memberships saved with it

                from("direct:deny")                                      // body: a request's id (or the option requestId=<id>)
                    .setHeader("CamelDatagrokRequestId", body())
                    .to("datagrok:group?action=deny");

                from("direct:approveAll")
                    .to("datagrok:group:Chemists?action=requests")
                    .split(simple("${body}")).filter(simple("${body.approved} == null"))
                        .setHeader("CamelDatagrokRequestId", simple("${body.id}"))
                        .to("datagrok:group?action=approve");
                // end::adoc-groups[]
            }
        });
        awaitDone("timer:*", 2);

        template.sendBody("direct:onboard", "alice.mendel");
        String alice = emulator().users().find("alice.mendel").orElseThrow().groupId();
        assertThat(emulator().groups().isMember(chemists, alice)).isTrue();

        template.sendBody("direct:createTeam", null);
        assertThat(emulator().groups().find("Crystallographers")).isPresent();

        Group team = template.requestBody("datagrok:group:Crystallographers", null, Group.class);
        team.setFriendlyName("Crystal people");
        template.sendBody("direct:rename", team);
        assertThat(emulator().groups().find("Crystallographers").orElseThrow().friendlyName()).isEqualTo("Crystal people");

        template.sendBody("direct:deny", bobsRequest);
        template.sendBody("direct:approveAll", null);
        assertThat(emulator().groups().isMember(chemists, bob)).isFalse();
        assertThat(emulator().groups().isMember(chemists, carol)).isTrue();
    }

    private String requestMembership(String userGroup, String group) {
        return emulator().groups().requestMembership(userGroup, group).id();
    }

    @Test
    void adocGroupsInYaml() throws Exception {
        loadYaml(yaml("adoc-groups-yaml"));
        template.sendBody("direct:onboard", "alice.mendel");
        String chemists = emulator().groups().find("Chemists").orElseThrow().id();
        String alice = emulator().users().find("alice.mendel").orElseThrow().groupId();
        assertThat(emulator().groups().isMember(chemists, alice)).isTrue();
        String admins = template.requestBody("direct:admins", null, String.class);
        assertThat(admins).startsWith("[");
    }
}
