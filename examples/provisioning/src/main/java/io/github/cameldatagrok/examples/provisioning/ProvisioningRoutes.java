package io.github.cameldatagrok.examples.provisioning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.client.DatagrokConnectionTestException;
import io.github.cameldatagrok.client.model.Credentials;
import io.github.cameldatagrok.client.model.DataConnection;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Provisioning from an identity export: a CSV of people ({@code login,firstName,lastName,email,group}).
 * <ol>
 * <li>each row becomes a Datagrok user, a member of its group, which is created when Datagrok has none of that
 * name;</li>
 * <li>the teams' data connection is saved with its credentials and tested: a failed test is logged with Datagrok's
 * reason and provisioning goes on;</li>
 * <li>the roster becomes a table, and a dashboard of it is shared with the new groups.</li>
 * </ol>
 */
public class ProvisioningRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{provisioning.inbox}}?include=.*\\.csv&move=.done&moveFailed=.failed")
            .routeId("provision")
            .convertBodyTo(List.class)                          // the CSV's rows, as maps by column
            .setProperty("people", body())
            .split(body()).stopOnException()
                .to("direct:person")
            .end()
            .to("direct:connection")
            .setBody(exchangeProperty("people"))
            .to("direct:dashboard")
            .log("${file:name}: provisioned ${exchangeProperty.people.size()} people");

        from("direct:person")
            .routeId("person")
            .setProperty("login", simple("${body[login]}"))
            .setProperty("group", simple("${body[group]}"))
            .process(ProvisioningRoutes::toUser)
            .doTry()
                .to("datagrok:user?action=save")
                .log("user ${body.login} created (${header.CamelDatagrokUserId})")
            .doCatch(DatagrokApiException.class)
                // Datagrok refuses a login it has ("Login already exists"): such a person keeps the account
                .log(LoggingLevel.WARN, "user ${exchangeProperty.login} not created: ${exception.message}")
            .end()
            .setHeader("CamelDatagrokMember", exchangeProperty("login"))
            .setHeader("CamelDatagrokTarget", exchangeProperty("group"))
            .to("direct:group")
            .to("datagrok:group?action=addMember")
            .log("${header.CamelDatagrokMember} is a member of ${exchangeProperty.group}");

        from("direct:group")                                    // the group the target names, created if missing
            .routeId("group")
            .setHeader("CamelDatagrokFilter", simple("name = \"${header.CamelDatagrokTarget}\""))
            .enrich("datagrok:group?action=list", (original, found) -> {
                original.setProperty("groupExists", !found.getMessage().getBody(List.class).isEmpty());
                return original;
            })
            .filter(exchangeProperty("groupExists").isEqualTo(false))
                .setBody(constant(null))                        // no body: a new group named by the target
                .to("datagrok:group?action=save")
                .log("group ${header.CamelDatagrokTarget} created (${header.CamelDatagrokGroupId})");

        from("direct:connection")
            .routeId("connection")
            .process(ProvisioningRoutes::toConnection)
            .to("datagrok:connection?action=save&saveCredentials=true")
            .log("connection ${body.name} saved (${header.CamelDatagrokConnectionId})")
            .doTry()
                .to("datagrok:connection?action=test")
                .log("connection ${body.name} works")
            .doCatch(DatagrokConnectionTestException.class)
                .log(LoggingLevel.WARN, "connection ${body.name} failed its test: ${exception.reason}")
            .end();

        from("direct:dashboard")
            .routeId("dashboard")
            .process(e -> e.getMessage().setHeader("CamelDatagrokShareGroups", groups(e)))
            .to("datagrok:table:Provisioning:People")           // the roster, as a table
            .to("datagrok:dashboard:{{provisioning.dashboard}}")  // of that table, shared with the groups
            .log("dashboard ${header.CamelDatagrokGrokName} shared with ${header.CamelDatagrokSharedWith}");
    }

    /** A row as the user to save: login, names and email, active. */
    static void toUser(Exchange exchange) {
        Map<?, ?> row = exchange.getMessage().getBody(Map.class);
        Map<String, Object> user = new LinkedHashMap<>();
        for (String field : List.of("login", "firstName", "lastName", "email")) {
            user.put(field, row.get(field));
        }
        user.put("status", "active");
        exchange.getMessage().setBody(user);
    }

    /** The teams' connection from the configuration; its password is a secret, kept out of logs by the model. */
    static void toConnection(Exchange exchange) {
        var properties = exchange.getContext().getPropertiesComponent();
        DataConnection connection = DataConnection.of(
                        properties.resolveProperty("provisioning.connection.name").orElseThrow(),
                        properties.resolveProperty("provisioning.connection.data-source").orElseThrow())
                .parameter("server", properties.resolveProperty("provisioning.connection.server").orElseThrow())
                .parameter("port", Integer.valueOf(properties.resolveProperty("provisioning.connection.port").orElseThrow()))
                .parameter("db", properties.resolveProperty("provisioning.connection.db").orElseThrow())
                .tag("provisioning");
        connection.setCredentials(Credentials.of(Map.of(
                "login", properties.resolveProperty("provisioning.connection.login").orElseThrow(),
                "password", properties.resolveProperty("provisioning.connection.password").orElseThrow())));
        exchange.getMessage().setBody(connection);
    }

    /** The distinct groups of the people, comma-separated, in the order of the file. */
    @SuppressWarnings("unchecked")
    static String groups(Exchange exchange) {
        List<Map<String, Object>> people = exchange.getProperty("people", List.class);
        return people.stream().map(p -> String.valueOf(p.get("group"))).distinct().collect(Collectors.joining(","));
    }
}
