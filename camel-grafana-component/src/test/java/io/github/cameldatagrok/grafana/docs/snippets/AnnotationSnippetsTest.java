package io.github.cameldatagrok.grafana.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cameldatagrok.grafana.emulator.annotations.Annotation;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The annotation blocks of {@code grafana-component.adoc}. */
class AnnotationSnippetsTest extends GrafanaSnippetTestSupport {

    @BeforeEach
    void dashboard() {
        emulator().dashboards().put("ops-overview", "Ops overview", null);
    }

    @Test
    void deployedInJava() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-annotation-deployed[]
                from("direct:deployed")
                    .setBody(simple("Deployed ${header.version}"))
                    .to("grafana:annotation?tags=deploy,camel&dashboardUid=ops-overview");
                // end::adoc-annotation-deployed[]
            }
        });
        template.sendBodyAndHeader("direct:deployed", null, "version", "1.4");
        assertAnnotated();
    }

    @Test
    void deployedInYaml() throws Exception {
        loadYaml(yaml("adoc-annotation-deployed-yaml"));
        template.sendBodyAndHeader("direct:deployed", null, "version", "1.4");
        assertAnnotated();
    }

    private void assertAnnotated() {
        assertThat(emulator().annotations().all()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Deployed 1.4");
            assertThat(a.tags()).containsExactly("deploy", "camel");
            assertThat(a.dashboardUid()).isEqualTo("ops-overview");
        });
    }
}
