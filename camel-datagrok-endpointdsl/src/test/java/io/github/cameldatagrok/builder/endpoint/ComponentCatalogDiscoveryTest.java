package io.github.cameldatagrok.builder.endpoint;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.net.URLClassLoader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import io.github.cameldatagrok.component.DatagrokComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.catalog.RuntimeCamelCatalog;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The component jar is found by Camel's catalog tooling as Camel's own components are: its
 * META-INF/services/org/apache/camel/component.properties names it, a DefaultCamelCatalog given its JSON validates
 * datagrok URIs, and a running CamelContext's RuntimeCamelCatalog finds the JSON on the class path by itself.
 */
class ComponentCatalogDiscoveryTest {

    /** The component jar (or classes folder) on its own, without the test class path. */
    private static URLClassLoader componentJarOnly() {
        URL location = DatagrokComponent.class.getProtectionDomain().getCodeSource().getLocation();
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

    @Test
    void componentPropertiesNameTheComponentAndItsArtifact() throws Exception {
        try (URLClassLoader jar = componentJarOnly()) {
            Properties props = properties(jar, "META-INF/services/org/apache/camel/component.properties");
            assertThat(props.getProperty("components")).isEqualTo("datagrok");
            assertThat(props.getProperty("groupId")).isEqualTo("io.github.cameldatagrok");
            assertThat(props.getProperty("artifactId")).isEqualTo("camel-datagrok");
            assertThat(componentClass(jar, "datagrok")).isEqualTo(DatagrokComponent.class.getName());

            // the file is generated once into the committed src/generated (camel-component-maven-plugin, the
            // generator of the 4.18 and 4.14 lines, lacks generate-components-list): it must name this build
            try (InputStream pom = jar.getResourceAsStream(
                    "META-INF/maven/io.github.cameldatagrok/camel-datagrok/pom.properties")) {
                assumeTrue(pom != null, "run against the packaged jar");
                Properties coordinates = new Properties();
                coordinates.load(pom);
                assertThat(props.getProperty("version"))
                        .as("component.properties is stale: mvn -pl camel-datagrok-component "
                                + "org.apache.camel:camel-package-maven-plugin:4.18.0:generate-components-list")
                        .isEqualTo(coordinates.getProperty("version"));
            }
        }
    }

    @Test
    void camelCatalogLearnsTheComponentFromTheJar() throws Exception {
        CamelCatalog catalog = new DefaultCamelCatalog();
        assertThat(catalog.findComponentNames()).doesNotContain("datagrok");
        Set<String> added = new TreeSet<>();
        try (URLClassLoader jar = componentJarOnly()) {
            // what catalog tools do with a component jar: its component.properties names the schemes, each
            // scheme's services file the class, and the class's package the JSON (META-INF/<package>/<scheme>.json)
            Properties props = properties(jar, "META-INF/services/org/apache/camel/component.properties");
            for (String scheme : props.getProperty("components").split("\\s+")) {
                String javaType = componentClass(jar, scheme);
                String json = "META-INF/" + javaType.substring(0, javaType.lastIndexOf('.')).replace('.', '/')
                        + "/" + scheme + ".json";
                try (InputStream in = jar.getResourceAsStream(json)) {
                    catalog.addComponent(scheme, javaType, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    added.add(scheme);
                }
            }
        }
        assertThat(added).containsExactly("datagrok");
        assertThat(catalog.findComponentNames()).contains("datagrok");
        ComponentModel model = catalog.componentModel("datagrok");
        assertThat(model.getSyntax()).isEqualTo("datagrok:operation:target");
        assertThat(model.getArtifactId()).isEqualTo("camel-datagrok");
        assertThat(model.getEndpointOptions()).anyMatch(o -> o.getName().equals("outputType"));

        assertThat(catalog.validateEndpointProperties("datagrok:table:Admin:Sales:Orders?outputType=rows").isSuccess())
                .isTrue();
        EndpointValidationResult typo = catalog.validateEndpointProperties("datagrok:table:Admin:Sales:Orders?outputTyp=rows");
        assertThat(typo.isSuccess()).isFalse();
        assertThat(typo.getUnknown()).containsExactly("outputTyp");
        EndpointValidationResult badEnum = catalog.validateEndpointProperties("datagrok:table:X?outputType=xml");
        assertThat(badEnum.getInvalidEnum()).containsKey("outputType");
    }

    @Test
    void runtimeCatalogOfACamelContextKnowsTheComponent() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            RuntimeCamelCatalog catalog = context.getCamelContextExtension().getContextPlugin(RuntimeCamelCatalog.class);
            assertThat(catalog).isNotNull();
            assertThat(catalog.componentJSonSchema("datagrok")).contains("\"scheme\": \"datagrok\"");
            assertThat(catalog.componentJSonSchema("datagrok")).contains("\"syntax\": \"datagrok:operation:target\"");

            assertThat(catalog.validateProperties("datagrok", Map.of("operation", "file",
                    "target", "System:DemoFiles/in", "delay", "5000", "include", ".*csv")).isSuccess()).isTrue();
            assertThat(catalog.validateProperties("datagrok", Map.of("operation", "table", "target", "X",
                    "maxAttempts", "many")).getInvalidInteger()).containsKey("maxAttempts");
            assertThat(catalog.validateProperties("datagrok", Map.of("operation", "table", "target", "X",
                    "outputTyp", "rows")).getUnknown()).containsExactly("outputTyp");

            Map<String, String> options = new LinkedHashMap<>();
            options.put("operation", "table");
            options.put("target", "Admin:Sales:Orders");
            options.put("action", "download");
            options.put("outputType", "rows");
            assertThat(catalog.asEndpointUri("datagrok", options, false))
                    .isEqualTo("datagrok:table:Admin:Sales:Orders?action=download&outputType=rows");
        }
    }
}
