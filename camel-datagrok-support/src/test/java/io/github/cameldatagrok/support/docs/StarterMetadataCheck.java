package io.github.cameldatagrok.support.docs;

import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot starter's IDE metadata (spring-configuration-metadata.json, written by
 * spring-boot-configuration-processor) against its component's generated JSON: every component option is a
 * {@code camel.component.<scheme>.*} property with the same description, default and type; every property has a
 * description; secret options are plain strings with no default; and the starter has no property the component
 * lacks. A starter's test extends this class with its component and configuration classes.
 */
public abstract class StarterMetadataCheck {

    private static final Set<String> STARTER_ONLY = Set.of("enabled", "customizer.enabled");
    private static final Map<String, String> WRAPPERS = Map.of("boolean", "java.lang.Boolean", "int",
            "java.lang.Integer", "long", "java.lang.Long", "double", "java.lang.Double");

    private final ObjectMapper json = new ObjectMapper();
    private final Class<?> componentClass;
    private final String componentJson;
    private final Class<?> configurationClass;

    /**
     * @param componentClass     the component, whose package holds its generated JSON
     * @param componentJson      the JSON's file name ({@code grafana.json})
     * @param configurationClass the starter's generated configuration properties class
     */
    protected StarterMetadataCheck(Class<?> componentClass, String componentJson, Class<?> configurationClass) {
        this.componentClass = componentClass;
        this.componentJson = componentJson;
        this.configurationClass = configurationClass;
    }

    @Test
    void everyComponentOptionIsAStarterPropertyWithItsDescriptionAndDefault() throws Exception {
        JsonNode options = componentJson().get("componentProperties");
        Map<String, JsonNode> properties = starterProperties();
        assertThat(options.size()).isGreaterThan(30);

        for (Map.Entry<String, JsonNode> entry : options.properties()) {
            JsonNode option = entry.getValue();
            String name = prefix() + dashed(entry.getKey());
            assertThat(properties).as("starter property for the component option %s", entry.getKey()).containsKey(name);
            JsonNode property = properties.get(name);

            String description = option.get("description").asText();
            assertThat(normalise(property.path("description").asText()))
                    .as("description of %s", name)
                    .satisfiesAnyOf(
                            d -> assertThat(d).isEqualTo(normalise(description)),
                            d -> assertThat(d).isEqualTo(normalise((description.endsWith(".") ? description
                                    : description + ".") + " The option is a " + option.get("javaType").asText()
                                    + " type.")));

            String javaType = option.get("javaType").asText();
            assertThat(property.path("type").asText()).as("type of %s", name)
                    .isEqualTo(WRAPPERS.getOrDefault(javaType, javaType));

            assertThat(defaultOf(property)).as("default of %s", name).isEqualTo(expectedDefault(option));
        }
    }

    @Test
    void everyStarterPropertyIsDescribed() throws Exception {
        for (Map.Entry<String, JsonNode> property : starterProperties().entrySet()) {
            assertThat(property.getValue().path("description").asText()).as("description of %s", property.getKey())
                    .isNotBlank();
        }
    }

    @Test
    void secretOptionsArePlainStringsWithoutDefault() throws Exception {
        JsonNode options = componentJson().get("componentProperties");
        Map<String, JsonNode> properties = starterProperties();
        Set<String> secrets = new TreeSet<>();
        for (Map.Entry<String, JsonNode> entry : options.properties()) {
            if (entry.getValue().path("secret").asBoolean(false)) {
                JsonNode property = properties.get(prefix() + dashed(entry.getKey()));
                assertThat(property.path("type").asText()).as("type of secret %s", entry.getKey())
                        .isEqualTo("java.lang.String");
                assertThat(property.has("defaultValue")).as("default of secret %s", entry.getKey()).isFalse();
                secrets.add(entry.getKey());
            }
        }
        assertThat(secrets).as("the component's secret options").isNotEmpty();
    }

    @Test
    void theStarterHasNoPropertyTheComponentLacks() throws Exception {
        JsonNode options = componentJson().get("componentProperties");
        Set<String> extra = new TreeSet<>();
        for (String name : starterProperties().keySet()) {
            String option = name.substring(prefix().length());
            if (!STARTER_ONLY.contains(option) && !options.has(camel(option))) {
                extra.add(name);
            }
        }
        assertThat(extra).isEmpty();
        assertThat(starterProperties()).containsKeys(prefix() + "enabled", prefix() + "customizer.enabled");
    }

    private String prefix() throws Exception {
        return "camel.component." + componentJson().at("/component/scheme").asText() + ".";
    }

    private static String expectedDefault(JsonNode option) {
        if (!option.has("defaultValue") || option.get("defaultValue").asText().isEmpty()) {
            return null;
        }
        String value = option.get("defaultValue").asText();
        if ("duration".equals(option.path("type").asText()) && !value.matches("\\d+")) {
            return String.valueOf(Duration.parse("PT" + value.toUpperCase(Locale.ROOT)).toMillis());
        }
        return value;
    }

    private static String defaultOf(JsonNode property) {
        return property.has("defaultValue") ? property.get("defaultValue").asText() : null;
    }

    private JsonNode componentJson() throws Exception {
        String path = "META-INF/" + componentClass.getPackageName().replace('.', '/') + "/" + componentJson;
        try (InputStream in = componentClass.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("%s in the component jar", componentJson).isNotNull();
            return json.readTree(in);
        }
    }

    /** The metadata of this starter (not of the Spring Boot jars that have their own). */
    private Map<String, JsonNode> starterProperties() throws Exception {
        String prefix = prefix();
        URL classes = configurationClass.getProtectionDomain().getCodeSource().getLocation();
        URL metadata = new URL(classes, "META-INF/spring-configuration-metadata.json");
        Map<String, JsonNode> byName = new HashMap<>();
        try (InputStream in = metadata.openStream()) {
            for (JsonNode property : json.readTree(in).get("properties")) {
                if (property.get("name").asText().startsWith(prefix)) {
                    byName.put(property.get("name").asText(), property);
                }
            }
        }
        return byName;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String dashed(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static String camel(String dashed) {
        StringBuilder s = new StringBuilder();
        boolean upper = false;
        for (char c : dashed.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                s.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return s.toString();
    }
}
