package io.github.cameldatagrok.karaf.itest;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route the Karaf test deploys: once, it uploads a small CSV table to Datagrok, downloads it back and logs it.
 * The Blueprint container makes the CamelContext (camel-karaf's OsgiDefaultCamelContext) and the configured
 * component; this class adds both to the context and starts it, which camel-blueprint's {@code <camelContext>}
 * would do (camel-karaf's camel-blueprint bundle is not published where this project builds).
 */
public final class RoundTripRoute extends RouteBuilder {

    /** The table the route uploads; the test reads it back from the emulator. */
    public static final String TABLE = "Admin:Karaf:Orders";
    /** What the route logs before the downloaded CSV; the test looks for it in Karaf's log. */
    public static final String LOG_PREFIX = "datagrok round trip from Karaf:";
    public static final String CSV = "id,customer,total\n1,Ada,12.5\n2,Grace,30\n";

    private final CamelContext context;
    private final Component datagrok;

    public RoundTripRoute(CamelContext context, Component datagrok) {
        this.context = context;
        this.datagrok = datagrok;
    }

    /** Blueprint's init-method. */
    public void start() throws Exception {
        context.addComponent("datagrok", datagrok);
        context.addRoutes(this);
        context.start();
    }

    /** Blueprint's destroy-method. */
    public void stop() {
        context.stop();
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
