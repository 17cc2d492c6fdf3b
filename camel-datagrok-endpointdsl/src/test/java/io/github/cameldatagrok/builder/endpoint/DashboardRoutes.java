package io.github.cameldatagrok.builder.endpoint;

// The Endpoint DSL block of grafana-component.adoc is this file's tagged region (checked by GrafanaDocSnippetsTest).
// tag::adoc-grafana-endpoint-dsl[]
import io.github.cameldatagrok.builder.endpoint.dsl.GrafanaEndpointBuilderFactory.GrafanaBuilders;
import io.github.cameldatagrok.grafana.component.GrafanaAction;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;

public class DashboardRoutes extends EndpointRouteBuilder implements GrafanaBuilders {
    @Override
    public void configure() {
        from(direct("provision"))
            .to(grafana("dashboard").folderUid("ops").overwrite(true).message("provisioned by Camel"));
        from(direct("prodDashboards"))
            .to(grafana("dashboard").action(GrafanaAction.search).tags("prod").type("dash-db")
                .advanced().maxAttempts(5));
    }
}
// end::adoc-grafana-endpoint-dsl[]
