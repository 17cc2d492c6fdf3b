package io.github.cameldatagrok.builder.endpoint;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.CamelContext;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.catalog.RuntimeCamelCatalog;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each component jar is found by Camel's catalog tooling as Camel's own components are: its
 * META-INF/services/org/apache/camel/component.properties names it, a DefaultCamelCatalog given its JSON validates
 * its URIs, and a running CamelContext's RuntimeCamelCatalog finds the JSON on the class path by itself.
 */
class ComponentCatalogDiscoveryTest {

    /**
     * What the checks feed each component: its URI syntax, a valid URI (with a query), an enum option, a consumer's
     * valid properties, an int option, and an endpoint's properties with the URI Camel builds from them.
     */
    record Samples(String syntax, String validUri, String enumOption, Map<String, String> consumer, String intOption,
            Map<String, String> endpoint, String endpointUri) {

        static Samples of(DslComponent component) {
            return switch (component) {
                case DATAGROK -> new Samples("datagrok:operation:target", "datagrok:table:Admin:Sales:Orders?outputType=rows", "outputType",
                        Map.of("operation", "file", "target", "System:DemoFiles/in", "delay", "5000", "include", ".*csv"),
                        "maxAttempts",
                        ordered("operation", "table", "target", "Admin:Sales:Orders", "action", "download",
                                "outputType", "rows"),
                        "datagrok:table:Admin:Sales:Orders?action=download&outputType=rows");
                case GRAFANA -> new Samples("grafana:operation:uid", "grafana:dashboard?action=search&tags=prod&type=dash-db", "action",
                        Map.of("operation", "dashboard", "folderUids", "ops", "delay", "60000"),
                        "pageSize",
                        ordered("operation", "publicDashboard", "uid", "ops-overview", "action", "get"),
                        "grafana:publicDashboard:ops-overview?action=get");
            };
        }

        private static Map<String, String> ordered(String... keysAndValues) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            return map;
        }
    }

    /** The component jar (or classes folder) on its own, without the test class path. */
    private static URLClassLoader componentJarOnly(DslComponent component) {
        URL location = component.componentClass().getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {location}, null);
    }

    private static Properties properties(ClassLoader jar, String path) throws Exception {
        Properties props = new Properties();
        try (InputStream in = jar.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            props.load(in);
        }
        return props;
    }

    /** The class named by the scheme's services file, as Camel resolves a component. */
    private static String componentClass(ClassLoader jar, String scheme) throws Exception {
        return properties(jar, "META-INF/services/org/apache/camel/component/" + scheme).getProperty("class");
    }

    @ParameterizedTest
    @EnumSource(DslComponent.class)
    void componentPropertiesNameTheComponentAndItsArtifact(DslComponent component) throws Exception {
        try (URLClassLoader jar = componentJarOnly(component)) {
            Properties props = properties(jar, "META-INF/services/org/apache/camel/component.properties");
            assertThat(props.getProperty("components")).isEqualTo(component.scheme());
            assertThat(props.getProperty("groupId")).isEqualTo("io.github.cameldatagrok");
            assertThat(props.getProperty("artifactId")).isEqualTo(component.artifactId());
            assertThat(componentClass(jar, component.scheme())).isEqualTo(component.componentClass().getName());

            // the file is generated once into the committed src/generated (camel-component-maven-plugin, the
            // generator of the 4.18 and 4.14 lines, lacks generate-components-list): it must name this build
            try (InputStream pom = jar.getResourceAsStream(
                    "META-INF/maven/io.github.cameldatagrok/" + component.artifactId() + "/pom.properties")) {
                assumeTrue(pom != null, "run against the packaged jar");
                Properties coordinates = new Properties();
                coordinates.load(pom);
                assertThat(props.getProperty("version"))
                        .as("component.properties is stale: mvn -pl " + component.module()
                                + " org.apache.camel:camel-package-maven-plugin:4.18.0:generate-components-list")
                        .isEqualTo(coordinates.getProperty("version"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DslComponent.class)
    void camelCatalogLearnsTheComponentFromTheJar(DslComponent component) throws Exception {
        String scheme = component.scheme();
        Samples samples = Samples.of(component);
        CamelCatalog catalog = new DefaultCamelCatalog();
        assertThat(catalog.findComponentNames()).doesNotContain(scheme);
        Set<String> added = new TreeSet<>();
        try (URLClassLoader jar = componentJarOnly(component)) {
            // what catalog tools do with a component jar: its component.properties names the schemes, each
            // scheme's services file the class, and the class's package the JSON (META-INF/<package>/<scheme>.json)
            Properties props = properties(jar, "META-INF/services/org/apache/camel/component.properties");
            for (String named : props.getProperty("components").split("\\s+")) {
                String javaType = componentClass(jar, named);
                String json = "META-INF/" + javaType.substring(0, javaType.lastIndexOf('.')).replace('.', '/')
                        + "/" + named + ".json";
                try (InputStream in = jar.getResourceAsStream(json)) {
                    catalog.addComponent(named, javaType, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    added.add(named);
                }
            }
        }
        assertThat(added).containsExactly(scheme);
        assertThat(catalog.findComponentNames()).contains(scheme);
        ComponentModel model = catalog.componentModel(scheme);
        assertThat(model.getSyntax()).isEqualTo(samples.syntax());
        assertThat(model.getArtifactId()).isEqualTo(component.artifactId());
        assertThat(model.getJavaType()).isEqualTo(component.componentClass().getName());
        assertThat(model.getEndpointOptions()).anyMatch(o -> o.getName().equals(samples.enumOption()));

        assertThat(catalog.validateEndpointProperties(samples.validUri()).isSuccess()).isTrue();
        EndpointValidationResult typo = catalog.validateEndpointProperties(samples.validUri() + "&notAnOptio=1");
        assertThat(typo.isSuccess()).isFalse();
        assertThat(typo.getUnknown()).containsExactly("notAnOptio");
        String path = samples.validUri().substring(0, samples.validUri().indexOf('?'));
        EndpointValidationResult badEnum = catalog.validateEndpointProperties(
                path + "?" + samples.enumOption() + "=xml");
        assertThat(badEnum.getInvalidEnum()).containsKey(samples.enumOption());
    }

    @ParameterizedTest
    @EnumSource(DslComponent.class)
    void runtimeCatalogOfACamelContextKnowsTheComponent(DslComponent component) throws Exception {
        String scheme = component.scheme();
        Samples samples = Samples.of(component);
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            RuntimeCamelCatalog catalog = context.getCamelContextExtension().getContextPlugin(RuntimeCamelCatalog.class);
            assertThat(catalog).isNotNull();
            String json = catalog.componentJSonSchema(scheme);
            assertThat(json).contains("\"scheme\": \"" + scheme + "\"");
            assertThat(json).contains("\"syntax\": \"" + samples.syntax() + "\"");
            assertThat(json).contains("\"javaType\": \"" + component.componentClass().getName() + "\"");

            assertThat(catalog.validateProperties(scheme, samples.consumer()).isSuccess()).isTrue();
            Map<String, String> notAnInt = new LinkedHashMap<>(samples.consumer());
            notAnInt.put(samples.intOption(), "many");
            assertThat(catalog.validateProperties(scheme, notAnInt).getInvalidInteger())
                    .containsKey(samples.intOption());
            Map<String, String> typo = new LinkedHashMap<>(samples.consumer());
            typo.put("notAnOptio", "1");
            assertThat(catalog.validateProperties(scheme, typo).getUnknown()).containsExactly("notAnOptio");

            assertThat(catalog.asEndpointUri(scheme, samples.endpoint(), false)).isEqualTo(samples.endpointUri());
        }
    }
}
