package io.github.cameldatagrok.kamelets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What catalogs, Camel K and camel-kafka-connector read from a Kamelet: its type, a title and description for it and
 * for every property, the key marked as a password, dependencies that resolve, and a template that uses only the
 * properties it declares.
 */
class KameletDefinitionsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9_.-]+)}}");

    static Stream<String> kamelets() {
        return Stream.of("datagrok-table-sink", "datagrok-table-source", "datagrok-file-source", "datagrok-file-sink",
                "datagrok-call-action");
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = KameletDefinitionsTest.class.getClassLoader()
                .getResourceAsStream("kamelets/" + name + ".kamelet.yaml")) {
            assertThat(in).as(name).isNotNull();
            return YAML.readTree(in);
        }
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void definitionIsComplete(String name) throws IOException {
        JsonNode kamelet = read(name);
        assertThat(kamelet.path("kind").asText()).isEqualTo("Kamelet");
        assertThat(kamelet.path("metadata").path("name").asText()).isEqualTo(name);
        String type = kamelet.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText();
        assertThat(name).endsWith("-" + type);

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
        }
        for (JsonNode required : definition.path("required")) {
            assertThat(properties.has(required.asText())).as(name + " requires " + required).isTrue();
        }
        JsonNode key = properties.path("apiKey");
        assertThat(key.path("format").asText()).isEqualTo("password");
        assertThat(key.path("x-descriptors").toString()).contains("urn:camel:group:credentials");
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
    void dependenciesNameThisBuild(String name) throws IOException {
        List<String> dependencies = new ArrayList<>();
        read(name).path("spec").path("dependencies").forEach(d -> dependencies.add(d.asText()));
        assertThat(dependencies).contains("camel:kamelet");
        String version = System.getProperty("project.version");
        assertThat(version).as("surefire passes project.version").isNotBlank();
        assertThat(dependencies).contains("mvn:io.github.cameldatagrok:camel-datagrok:" + version);
    }
}
