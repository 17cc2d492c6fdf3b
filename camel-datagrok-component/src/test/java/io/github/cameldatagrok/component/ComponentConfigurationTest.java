package io.github.cameldatagrok.component;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Component options reach endpoints, endpoints override them, and Camel's usual configuration means all work. */
class ComponentConfigurationTest extends DatagrokTestSupport {

    @Test
    void endpointsInheritComponentOptionsAndMayOverrideThem() throws Exception {
        DatagrokComponent component = context.getComponent("datagrok", DatagrokComponent.class);
        component.getConfiguration().setMaxAttempts(5);
        component.getConfiguration().setOutputType(DatagrokOutputType.rows);

        DatagrokEndpoint inherited = context.getEndpoint("datagrok:table:Admin:Config:A", DatagrokEndpoint.class);
        assertThat(inherited.getConfiguration().getMaxAttempts()).isEqualTo(5);
        assertThat(inherited.getConfiguration().getOutputType()).isEqualTo(DatagrokOutputType.rows);
        assertThat(inherited.getConfiguration().getBaseUrl()).isEqualTo(DATAGROK.baseUrl());
        assertThat(inherited.getTarget()).isEqualTo("Admin:Config:A");

        DatagrokEndpoint overriding = context.getEndpoint(
                "datagrok:table:Admin:Config:B?maxAttempts=1&outputType=iterator&retryDelay=2s", DatagrokEndpoint.class);
        assertThat(overriding.getConfiguration().getMaxAttempts()).isEqualTo(1);
        assertThat(overriding.getConfiguration().getOutputType()).isEqualTo(DatagrokOutputType.iterator);
        assertThat(overriding.getConfiguration().getRetryDelay()).isEqualTo(2000);
        // the component's own settings are untouched
        assertThat(component.getConfiguration().getMaxAttempts()).isEqualTo(5);
    }

    @Test
    void placeholdersResolve() throws Exception {
        Properties props = new Properties();
        props.put("my.table", "Admin:Config:Placeholder");
        props.put("my.attempts", "4");
        context.getPropertiesComponent().setInitialProperties(props);
        DatagrokEndpoint endpoint = context.getEndpoint("datagrok:table:{{my.table}}?maxAttempts={{my.attempts}}",
                DatagrokEndpoint.class);
        assertThat(endpoint.getTarget()).isEqualTo("Admin:Config:Placeholder");
        assertThat(endpoint.getConfiguration().getMaxAttempts()).isEqualTo(4);
    }

    @Test
    void urlAndKeyFromPropertiesWhenNotConfigured() throws Exception {
        try (CamelContext bare = new DefaultCamelContext()) {
            Properties props = new Properties();
            props.put("datagrok.url", DATAGROK.baseUrl());
            props.put("datagrok.api-key", DATAGROK.apiKey());
            bare.getPropertiesComponent().setInitialProperties(props);
            bare.start();
            emulator().tables().put("Admin:Config:FromProps", "a\n1\n");
            String csv = bare.createProducerTemplate().requestBody(
                    "datagrok:table:Admin:Config:FromProps?action=download&outputType=string", null, String.class);
            assertThat(csv).isEqualTo("a\n1\n");
        }
    }

    @Test
    void componentOptionsFromCamelProperties() throws Exception {
        try (CamelContext bare = new DefaultCamelContext()) {
            // what camel-main, Spring Boot and Quarkus do with camel.component.datagrok.* properties: camel-main
            // (MainHelper.setPropertiesOnTarget) turns dashed keys into camelCase and binds them ignoring case
            // through the component's generated configurer (on Camel 4.14 binding does not find it by itself)
            DatagrokComponent component = new DatagrokComponent();
            bare.addComponent("datagrok", component);
            Map<String, Object> options = new HashMap<>();
            Map.of("base-url", DATAGROK.baseUrl(), "api-key", DATAGROK.apiKey(), "max-attempts", "2",
                    "connect-timeout", "5s").forEach((k, v) -> options.put(StringHelper.dashToCamelCase(k), v));
            PropertyBindingSupport.build().withIgnoreCase(true)
                    .withConfigurer(component.getComponentPropertyConfigurer()).bind(bare, component, options);
            assertThat(component.getConfiguration().getMaxAttempts()).isEqualTo(2);
            assertThat(component.getConfiguration().getConnectTimeout()).isEqualTo(5000);
            bare.start();
            emulator().tables().put("Admin:Config:FromMain", "b\n2\n");
            assertThat(bare.createProducerTemplate().requestBody(
                    "datagrok:table:Admin:Config:FromMain?action=download&outputType=string", null, String.class))
                    .isEqualTo("b\n2\n");
        }
    }

    @Test
    void yamlDslRoute() throws Exception {
        emulator().tables().put("Admin:Config:Yaml", "id,name\n1,Ann\n");
        String yaml = """
                - route:
                    id: yaml-download
                    from:
                      uri: direct:yaml
                      steps:
                        - to:
                            uri: datagrok:table:Admin:Config:Yaml
                            parameters:
                              action: download
                              outputType: rows
                """;
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("datagrok.yaml", yaml));
        assertThat(template.requestBody("direct:yaml", null, java.util.List.class))
                .containsExactly(Map.of("id", 1, "name", "Ann"));
    }

    @Test
    void endpointsWithTheSameConnectionSettingsShareOnePool() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("datagrok:table:Admin:Pool:A?action=download&outputType=string");
                from("direct:b").to("datagrok:table:Admin:Pool:B?action=download&outputType=string&maxAttempts=1");
            }
        });
        emulator().tables().put("Admin:Pool:A", "a\n1\n");
        emulator().tables().put("Admin:Pool:B", "b\n1\n");
        for (int i = 0; i < 20; i++) {
            template.requestBody("direct:a", (Object) null);
            template.requestBody("direct:b", (Object) null);
        }
        // 40 sequential requests over keep-alive connections of one pool: one connection serves them all
        assertThat(emulator().requests().stream().filter(r -> r.path().contains("Admin.Pool"))
                .map(r -> r.connectionId()).distinct().count()).isEqualTo(1);
    }
}
