package io.github.cameldatagrok.karaf.itest.grafana;

import io.github.cameldatagrok.karaf.itest.blueprint.BlueprintRouteBuilder;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;

/**
 * The route the Karaf test deploys with the camel-grafana feature: once, it saves a dashboard into a folder of
 * Grafana, reads it back by its uid and logs what Grafana holds.
 */
public final class DashboardRoundTripRoute extends BlueprintRouteBuilder {

    public static final String UID = "karaf-orders";
    public static final String TITLE = "Orders from Karaf";
    /** The folder the dashboard is saved in; the test creates it in the emulator. */
    public static final String FOLDER = "karaf";
    public static final String MESSAGE = "saved by a Camel route in Karaf";
    public static final String DASHBOARD = "{\"uid\":\"" + UID + "\",\"title\":\"" + TITLE + "\",\"tags\":[\"karaf\"],"
            + "\"panels\":[{\"id\":1,\"type\":\"table\",\"title\":\"Orders\"}]}";
    /** What the route logs with the dashboard it read back; the test looks for it in Karaf's log. */
    public static final String LOG_PREFIX = "grafana round trip from Karaf:";

    public DashboardRoundTripRoute(CamelContext context, Component grafana) {
        super(context, "grafana", grafana);
    }

    @Override
    public void configure() {
        from("timer:grafana-round-trip?repeatCount=1")
                .routeId("grafana-round-trip")
                .setBody(constant(DASHBOARD))
                .setHeader("CamelGrafanaMessage", constant(MESSAGE))
                .to("grafana:dashboard?folderUid=" + FOLDER)
                .log("saved ${header.CamelGrafanaUid} as version ${header.CamelGrafanaVersion}")
                .to("grafana:dashboard:" + UID + "?action=get")
                .log(LOG_PREFIX + " ${header.CamelGrafanaUid} '${header.CamelGrafanaTitle}' version "
                        + "${header.CamelGrafanaVersion} in folder ${header.CamelGrafanaFolderUid}");
    }
}
