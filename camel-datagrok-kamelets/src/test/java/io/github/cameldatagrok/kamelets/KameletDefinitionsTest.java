package io.github.cameldatagrok.kamelets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What catalogs, Camel K and camel-kafka-connector read from a Kamelet: its type, a title and description for it and
 * for every property, secrets marked as passwords, dependencies that resolve, and a template that uses only the
 * properties it declares. Every Kamelet of the module's source folder is checked, as the build put it on the
 * classpath (its version filled in).
 */
class KameletDefinitionsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9_.-]+)}}");
    private static final Path SOURCES = Path.of("src/main/resources/kamelets");
    private static final String SUFFIX = ".kamelet.yaml";
    /** The properties that hold secrets, in any Kamelet that has them. */
    private static final Set<String> SECRETS = Set.of("apiKey", "token", "password");
    /** The component each family of Kamelets uses, by the name's first word: its URI scheme and artifact. */
    private static final Set<String> FAMILIES = Set.of("datagrok", "grafana");

    static Stream<String> kamelets() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).sorted().toList();
            return names.stream();
        }
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = KameletDefinitionsTest.class.getClassLoader()
                .getResourceAsStream("kamelets/" + name + SUFFIX)) {
            assertThat(in).as(name + " on the classpath under kamelets/").isNotNull();
            return YAML.readTree(in);
        }
    }

    private static String family(String name) {
        return name.substring(0, name.indexOf('-'));
    }

    @Test
    void theSourceFolderHoldsOnlyKameletsOfBothComponents() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(SUFFIX));
        }
        assertThat(kamelets().map(KameletDefinitionsTest::family)).containsAll(FAMILIES);
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void definitionIsComplete(String name) throws IOException {
        JsonNode kamelet = read(name);
        assertThat(kamelet.path("apiVersion").asText()).isEqualTo("camel.apache.org/v1");
        assertThat(kamelet.path("kind").asText()).isEqualTo("Kamelet");
        assertThat(kamelet.path("metadata").path("name").asText()).isEqualTo(name);
        String type = kamelet.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText();
        assertThat(name).endsWith("-" + type);
        JsonNode annotations = kamelet.path("metadata").path("annotations");
        for (String annotation : List.of("camel.apache.org/kamelet.support.level", "camel.apache.org/provider",
                "camel.apache.org/kamelet.group", "camel.apache.org/kamelet.namespace")) {
            assertThat(annotations.path(annotation).asText()).as(name + " " + annotation).isNotBlank();
        }
        assertThat(annotations.path("camel.apache.org/catalog.version").asText())
                .isEqualTo(System.getProperty("project.version"));

        JsonNode definition = kamelet.path("spec").path("definition");
        assertThat(definition.path("title").asText()).isNotBlank();
        assertThat(definition.path("description").asText()).isNotBlank();
        JsonNode properties = definition.path("properties");
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            String property = it.next();
            JsonNode p = properties.path(property);
            assertThat(p.path("title").asText()).as(name + "." + property + " title").isNotBlank();
            assertThat(p.path("description").asText()).as(name + "." + property + " description").isNotBlank();
            assertThat(p.path("type").asText()).as(name + "." + property + " type").isIn("string", "integer", "boolean");
            if (p.has("default") && p.has("enum")) {
                assertThat(p.path("enum").toString()).as(name + "." + property + " default in enum")
                        .contains(p.path("default").toString());
            }
        }
        for (JsonNode required : definition.path("required")) {
            assertThat(properties.has(required.asText())).as(name + " requires " + required).isTrue();
        }
        List<String> secrets = new ArrayList<>();
        properties.fieldNames().forEachRemaining(p -> {
            if (SECRETS.contains(p)) {
                secrets.add(p);
            }
        });
        assertThat(secrets).as(name + " has a credential property").isNotEmpty();
        for (String secret : secrets) {
            JsonNode key = properties.path(secret);
            assertThat(key.path("format").asText()).as(name + "." + secret).isEqualTo("password");
            assertThat(key.path("x-descriptors").toString()).as(name + "." + secret)
                    .contains("urn:alm:descriptor:com.tectonic.ui:password", "urn:camel:group:credentials");
            assertThat(definition.path("required").toString()).as(name + "." + secret + " is optional")
                    .doesNotContain("\"" + secret + "\"");
        }
        // the server and its credentials can come from the component's configuration
        assertThat(definition.path("required").toString()).doesNotContain("\"baseUrl\"");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void templateUsesOnlyDeclaredProperties(String name) throws IOException {
        JsonNode kamelet = read(name);
        Set<String> declared = new TreeSet<>();
        kamelet.path("spec").path("definition").path("properties").fieldNames().forEachRemaining(declared::add);
        Set<String> used = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(YAML.writeValueAsString(kamelet.path("spec").path("template")));
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(declared).containsAll(used);
        // and every declared property reaches the route
        assertThat(used).containsAll(declared);
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void dependenciesNameThisBuildsComponent(String name) throws IOException {
        JsonNode kamelet = read(name);
        List<String> dependencies = new ArrayList<>();
        kamelet.path("spec").path("dependencies").forEach(d -> dependencies.add(d.asText()));
        assertThat(dependencies).contains("camel:core", "camel:kamelet");
        String version = System.getProperty("project.version");
        assertThat(version).as("surefire passes project.version").isNotBlank();
        String family = family(name);
        assertThat(FAMILIES).contains(family);
        assertThat(dependencies).contains("mvn:io.github.cameldatagrok:camel-" + family + ":" + version);
        assertThat(dependencies.stream().filter(d -> d.startsWith("mvn:")))
                .allMatch(d -> d.endsWith(":" + version));
        // the component the template calls is the one the dependency brings
        assertThat(new ObjectMapper().writeValueAsString(kamelet.path("spec").path("template")))
                .contains("\"" + family + ":");
    }
}
