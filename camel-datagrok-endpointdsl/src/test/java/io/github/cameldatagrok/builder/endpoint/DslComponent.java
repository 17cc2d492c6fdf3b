package io.github.cameldatagrok.builder.endpoint;

import io.github.cameldatagrok.builder.endpoint.dsl.DatagrokEndpointBuilderFactory;
import io.github.cameldatagrok.builder.endpoint.dsl.GrafanaEndpointBuilderFactory;
import io.github.cameldatagrok.component.DatagrokComponent;
import io.github.cameldatagrok.grafana.component.GrafanaComponent;

/** The components this module has builders for: their scheme, component class, artifact and generated factory. */
enum DslComponent {

    DATAGROK("datagrok", DatagrokComponent.class, "camel-datagrok", "camel-datagrok-component",
            DatagrokEndpointBuilderFactory.class),
    GRAFANA("grafana", GrafanaComponent.class, "camel-grafana", "camel-grafana-component",
            GrafanaEndpointBuilderFactory.class);

    private final String scheme;
    private final Class<?> componentClass;
    private final String artifactId;
    private final String module;
    private final Class<?> factory;

    DslComponent(String scheme, Class<?> componentClass, String artifactId, String module, Class<?> factory) {
        this.scheme = scheme;
        this.componentClass = componentClass;
        this.artifactId = artifactId;
        this.module = module;
        this.factory = factory;
    }

    String scheme() {
        return scheme;
    }

    Class<?> componentClass() {
        return componentClass;
    }

    String artifactId() {
        return artifactId;
    }

    /** The source module, which holds the committed src/generated. */
    String module() {
        return module;
    }

    /** Where Camel's generator puts the component JSON: META-INF/&lt;package&gt;/&lt;scheme&gt;.json. */
    String jsonPath() {
        return "META-INF/" + componentClass.getPackageName().replace('.', '/') + "/" + scheme + ".json";
    }

    /**
     * A builder interface of the generated factory, named as Camel's generator names them:
     * {@code [Advanced]<Name>Endpoint[Consumer|Producer]Builder}.
     */
    Class<?> builder(boolean advanced, String kind) {
        String name = (advanced ? "Advanced" : "") + factory.getSimpleName().replace("EndpointBuilderFactory", "")
                + "Endpoint" + kind + "Builder";
        for (Class<?> nested : factory.getClasses()) {
            if (nested.getSimpleName().equals(name)) {
                return nested;
            }
        }
        throw new IllegalStateException(factory.getName() + " has no " + name);
    }
}
