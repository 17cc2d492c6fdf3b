package io.github.cameldatagrok.karaf.itest;

import io.github.cameldatagrok.karaf.itest.blueprint.BlueprintRouteBuilder;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;

/**
 * The route the Karaf test deploys with the camel-datagrok feature: once, it uploads a small CSV table to Datagrok,
 * downloads it back and logs it.
 */
public final class RoundTripRoute extends BlueprintRouteBuilder {

    /** The table the route uploads; the test reads it back from the emulator. */
    public static final String TABLE = "Admin:Karaf:Orders";
    /** What the route logs before the downloaded CSV; the test looks for it in Karaf's log. */
    public static final String LOG_PREFIX = "datagrok round trip from Karaf:";
    public static final String CSV = "id,customer,total\n1,Ada,12.5\n2,Grace,30\n";

    public RoundTripRoute(CamelContext context, Component datagrok) {
        super(context, "datagrok", datagrok);
    }

    @Override
    public void configure() {
        from("timer:datagrok-round-trip?repeatCount=1")
                .routeId("datagrok-round-trip")
                .setBody(constant(CSV))
                .to("datagrok:table:" + TABLE)
                .log("uploaded ${header.CamelDatagrokGrokName} as ${header.CamelDatagrokTableId}")
                .to("datagrok:table:" + TABLE + "?action=download&outputType=string")
                .log(LOG_PREFIX + "\n${body}");
    }
}
