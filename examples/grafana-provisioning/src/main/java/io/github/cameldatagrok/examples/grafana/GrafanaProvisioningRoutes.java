package io.github.cameldatagrok.examples.grafana;

import io.github.cameldatagrok.grafana.component.GrafanaConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * The example's two routes (found by Camel Main's classpath scan): dashboard JSON files are saved to Grafana each time
 * they change, and every dashboard that changes in Grafana (the first poll: all of them) is backed up as
 * {@code <uid>.json}.
 */
public class GrafanaProvisioningRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // a file is picked up again whenever its modification time changes
        from("file:{{provisioning.dashboards}}?include=.*\\.json&noop=true&readLock=changed&readLockMinAge=500"
             + "&idempotentKey=${file:name}-${file:modified}&delay=1000")
                .routeId("files-to-grafana")
                .setHeader(GrafanaConstants.MESSAGE, simple("provisioned from ${file:name}"))
                // files are the truth: a dashboard changed in Grafana meanwhile is overwritten, and stays in its folder
                .to("grafana:dashboard?overwrite=true")
                .log("Saved ${file:name} as dashboard ${header.CamelGrafanaUid} version ${header.CamelGrafanaVersion}");

        from("grafana:dashboard?delay={{provisioning.backup-delay}}&workDirectory={{provisioning.state}}")
                .routeId("grafana-to-backup")
                // CamelFileName is <uid>.json
                .to("file:{{provisioning.backup}}?fileExist=Override")
                .log("Backed up ${header.CamelGrafanaUid} version ${header.CamelGrafanaVersion} to ${header.CamelFileName}");
    }
}
