package io.github.cameldatagrok.builder.endpoint;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint option of each component's JSON has its builder method, with the option's Java type (and a String
 * overload for property placeholders), on the builder where Camel's generator puts it: consumer options on the
 * consumer builder, producer options on the producer builder, common ones on both, advanced ones behind
 * {@code advanced()}.
 */
class EndpointDslOptionsTest {

    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "int", int.class,
            "long", long.class, "double", double.class, "float", float.class);

    @ParameterizedTest
    @EnumSource(DslComponent.class)
    void everyEndpointOptionHasATypedBuilderMethod(DslComponent component) throws Exception {
        JsonNode properties;
        try (InputStream in = component.componentClass().getClassLoader().getResourceAsStream(component.jsonPath())) {
            assertThat(in).as(component.jsonPath()).isNotNull();
            properties = new ObjectMapper().readTree(in).get("properties");
        }
        List<String> missing = new ArrayList<>();
        int parameters = 0;
        for (Map.Entry<String, JsonNode> entry : properties.properties()) {
            JsonNode option = entry.getValue();
            if (!"parameter".equals(option.get("kind").asText())) {
                continue; // the path is the argument of datagrok(...) / grafana(...)
            }
            parameters++;
            String name = entry.getKey();
            Class<?> type = type(option.get("javaType").asText());
            boolean advanced = option.path("label").asText().contains("advanced");
            String group = option.path("group").asText() + "," + option.path("label").asText();
            boolean consumer = group.contains("consumer");
            boolean producer = group.contains("producer");
            List<Class<?>> builders = new ArrayList<>();
            if (!producer) {
                builders.add(component.builder(advanced, "Consumer"));
            }
            if (!consumer) {
                builders.add(component.builder(advanced, "Producer"));
            }
            if (!consumer && !producer) {
                builders.add(component.builder(advanced, ""));
            }
            for (Class<?> builder : builders) {
                if (!hasMethod(builder, name, type)) {
                    missing.add(builder.getSimpleName() + "." + name + "(" + type.getName() + ")");
                }
                if (type == Map.class) {
                    // as Camel generates for map options: one entry at a time, or all at once
                    if (!hasMethod(builder, name, String.class, Object.class)) {
                        missing.add(builder.getSimpleName() + "." + name + "(String, Object)");
                    }
                } else if (type != String.class && !hasMethod(builder, name, String.class)) {
                    missing.add(builder.getSimpleName() + "." + name + "(String)");
                }
            }
        }
        assertThat(parameters).as("endpoint options in " + component.jsonPath()).isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    private static boolean hasMethod(Class<?> builder, String name, Class<?>... parameters) {
        for (Method m : builder.getMethods()) {
            if (m.getName().equals(name) && Arrays.equals(m.getParameterTypes(), parameters)
                    && builder.isAssignableFrom(m.getReturnType())) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> type(String javaType) throws ClassNotFoundException {
        String raw = javaType.contains("<") ? javaType.substring(0, javaType.indexOf('<')) : javaType;
        Class<?> primitive = PRIMITIVES.get(raw);
        return primitive != null ? primitive : Class.forName(raw);
    }
}
