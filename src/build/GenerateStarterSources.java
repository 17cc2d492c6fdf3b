import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a starter's {@code <Prefix>ComponentConfiguration}, {@code <Prefix>ComponentConverter} and
 * {@code <Prefix>ComponentAutoConfiguration} (listed in its hand-kept AutoConfiguration.imports) from its
 * component's generated JSON (datagrok.json, grafana.json), by the rules of camel-spring-boot's
 * SpringBootAutoConfigurationMojo (which is not published for third parties): one property per component option,
 * primitives as wrappers so that unset means "leave the component's default", the option's description as javadoc
 * (read by spring-boot-configuration-processor into the IDE metadata), its default as the field initializer, and a
 * {@code #bean} converter for object options, and the auto-configuration that applies them through a
 * {@code ComponentCustomizer}. Secret options (tokens, passwords) are plain String properties with
 * no default and no bean conversion, as in Camel's own starters. Run by each starter's build (exec-maven-plugin,
 * generate-sources) with its component jar on the class path, so an option added to a component appears in its
 * starter on the next build:
 * <pre>
 * java -cp COMPONENT_CLASSPATH src/build/GenerateStarterSources.java OUTPUT_DIR COMPONENT_JSON PACKAGE PREFIX
 * java ... target/generated-sources/starter META-INF/io/github/cameldatagrok/grafana/component/grafana.json \
 *     io.github.cameldatagrok.grafana.component.springboot Grafana
 * </pre>
 */
public class GenerateStarterSources {

    private static final Map<String, String> WRAPPERS = Map.of("boolean", "java.lang.Boolean", "int",
            "java.lang.Integer", "long", "java.lang.Long", "double", "java.lang.Double", "float", "java.lang.Float",
            "short", "java.lang.Short", "byte", "java.lang.Byte", "char", "java.lang.Character");

    /** What one starter is generated from and into. */
    private record Target(String json, String packageName, String prefix) {

        String jsonName() {
            return json.substring(json.lastIndexOf('/') + 1);
        }

        String generatedBy() {
            return " * Generated from " + jsonName() + " by src/build/GenerateStarterSources.java - do not edit.\n";
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: GenerateStarterSources OUTPUT_DIR COMPONENT_JSON PACKAGE PREFIX"
                    + " (e.g. target/generated-sources/starter META-INF/.../grafana.json"
                    + " io.github.cameldatagrok.grafana.component.springboot Grafana)");
        }
        Target target = new Target(args[1], args[2], args[3]);
        Path out = Path.of(args[0]).resolve(target.packageName().replace('.', '/'));
        JsonNode root;
        try (InputStream in = ClassLoader.getSystemResourceAsStream(target.json())) {
            if (in == null) {
                throw new IllegalStateException(target.json() + " is not on the class path: build the component first");
            }
            root = new ObjectMapper().readTree(in);
        }
        JsonNode component = root.get("component");
        String scheme = component.get("scheme").asText();
        List<Option> options = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.get("componentProperties").properties()) {
            options.add(new Option(e.getKey(), e.getValue()));
        }
        Files.createDirectories(out);
        write(out.resolve(target.prefix() + "ComponentConfiguration.java"),
                configuration(target, scheme, component, options));
        write(out.resolve(target.prefix() + "ComponentConverter.java"), converter(target, scheme, options));
        write(out.resolve(target.prefix() + "ComponentAutoConfiguration.java"),
                autoConfiguration(target, scheme, component.get("javaType").asText(), options));
    }

    private static void write(Path file, String source) throws IOException {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        // unchanged sources keep their time stamp, so the compiler does not rebuild the module for nothing
        if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            Files.write(file, bytes);
        }
    }

    private static String configuration(Target target, String scheme, JsonNode component, List<Option> options) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(target.packageName()).append(";\n\n");
        s.append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n");
        s.append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n");
        s.append("/**\n * ").append(javadoc(component.get("description").asText())).append("\n *\n")
                .append(target.generatedBy()).append(" */\n");
        s.append("@ConfigurationProperties(prefix = \"camel.component.").append(scheme).append("\")\n");
        s.append("public class ").append(target.prefix())
                .append("ComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n");
        // a field without accessors, so that the IDE metadata describes 'enabled' (the accessors are inherited)
        s.append("    /**\n     * Whether to enable auto configuration of the ").append(scheme)
                .append(" component. This is enabled by default.\n     */\n");
        s.append("    @SuppressWarnings(\"unused\")\n    private Boolean enabled;\n");
        for (Option o : options) {
            s.append("    /**\n     * ").append(javadoc(o.javadoc())).append("\n     */\n");
            if (o.deprecated) {
                s.append("    @Deprecated\n");
            }
            s.append("    private ").append(o.fieldType).append(' ').append(o.name);
            String init = o.initializer();
            if (init != null) {
                s.append(" = ").append(init);
            }
            s.append(";\n");
        }
        for (Option o : options) {
            String cap = Character.toUpperCase(o.name.charAt(0)) + o.name.substring(1);
            s.append("\n    public ").append(o.fieldType).append(" get").append(cap).append("() {\n        return ")
                    .append(o.name).append(";\n    }\n");
            s.append("\n    public void set").append(cap).append('(').append(o.fieldType).append(' ').append(o.name)
                    .append(") {\n        this.").append(o.name).append(" = ").append(o.name).append(";\n    }\n");
        }
        s.append("}\n");
        return s.toString();
    }

    private static String converter(Target target, String scheme, List<Option> options) {
        List<String> types = options.stream().filter(Option::isComplex).map(o -> o.fieldType).distinct().toList();
        StringBuilder s = new StringBuilder();
        s.append("package ").append(target.packageName()).append(";\n\n");
        s.append("import java.util.LinkedHashSet;\nimport java.util.Set;\n\n");
        s.append("import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;\n");
        s.append("import org.springframework.context.ApplicationContext;\n");
        s.append("import org.springframework.context.annotation.Configuration;\n");
        s.append("import org.springframework.core.convert.TypeDescriptor;\n");
        s.append("import org.springframework.core.convert.converter.GenericConverter;\n");
        s.append("import org.springframework.stereotype.Component;\n\n");
        s.append("/**\n * Binds {@code #beanName} / {@code #bean:beanName} in application properties to the Spring bean of\n"
                + " * that name, for the object options of the " + scheme + " component.\n *\n"
                + target.generatedBy() + " */\n");
        s.append("@Configuration(proxyBeanMethods = false)\n@ConfigurationPropertiesBinding\n@Component\n");
        s.append("public class ").append(target.prefix()).append("ComponentConverter implements GenericConverter {\n\n");
        s.append("    private final ApplicationContext applicationContext;\n\n");
        s.append("    public ").append(target.prefix()).append("ComponentConverter(ApplicationContext applicationContext) {\n"
                + "        this.applicationContext = applicationContext;\n    }\n\n");
        s.append("    @Override\n    public Set<ConvertiblePair> getConvertibleTypes() {\n"
                + "        Set<ConvertiblePair> answer = new LinkedHashSet<>();\n");
        for (String t : types) {
            s.append("        answer.add(new ConvertiblePair(String.class, ").append(t).append(".class));\n");
        }
        s.append("        return answer;\n    }\n\n");
        s.append("    @Override\n    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {\n"
                + "        if (source == null) {\n            return null;\n        }\n"
                + "        String ref = source.toString();\n"
                + "        if (!ref.startsWith(\"#\")) {\n            return null;\n        }\n"
                + "        ref = ref.startsWith(\"#bean:\") ? ref.substring(6) : ref.substring(1);\n"
                + "        switch (targetType.getName()) {\n");
        for (String t : types) {
            s.append("            case \"").append(t).append("\":\n                return applicationContext.getBean(ref, ")
                    .append(t).append(".class);\n");
        }
        s.append("            default:\n                return null;\n        }\n    }\n}\n");
        return s.toString();
    }

    /** The auto-configuration, as camel-spring-boot generates it for Camel's own components. */
    private static String autoConfiguration(Target target, String scheme, String componentType, List<Option> options) {
        String prefix = target.prefix();
        // canonical forms (lower case, no dashes, dots for underscores) of the secret properties' names
        String secrets = options.stream().filter(o -> o.secret)
                .map(o -> "\"camel.component." + scheme.replace("-", "") + "." + o.name.toLowerCase(java.util.Locale.ROOT)
                        + "\"")
                .collect(java.util.stream.Collectors.joining(",\n                    "));
        String componentClass = componentType.substring(componentType.lastIndexOf('.') + 1);
        return "package " + target.packageName() + ";\n\n"
                + "import " + componentType + ";\n"
                + "import org.apache.camel.Component;\n"
                + "import org.apache.camel.spi.ComponentCustomizer;\n"
                + "import org.apache.camel.spring.boot.CamelAutoConfiguration;\n"
                + "import org.apache.camel.spring.boot.ComponentConfigurationProperties;\n"
                + "import org.apache.camel.spring.boot.util.CamelPropertiesHelper;\n"
                + "import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;\n"
                + "import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;\n"
                + "import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;\n"
                + "import java.util.Locale;\n"
                + "import java.util.Set;\n\n"
                + "import org.springframework.boot.actuate.endpoint.SanitizingFunction;\n"
                + "import org.springframework.boot.autoconfigure.AutoConfiguration;\n"
                + "import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;\n"
                + "import org.springframework.boot.context.properties.EnableConfigurationProperties;\n"
                + "import org.springframework.context.ApplicationContext;\n"
                + "import org.springframework.context.annotation.Bean;\n"
                + "import org.springframework.context.annotation.Conditional;\n"
                + "import org.springframework.context.annotation.Configuration;\n"
                + "import org.springframework.context.annotation.Lazy;\n\n"
                + "/**\n"
                + " * Applies {@code camel.component." + scheme + ".*} to the " + scheme + " component when Camel creates it,"
                + " as Camel's own\n"
                + " * starters do: a {@link ComponentCustomizer} copies every set property through the component's generated\n"
                + " * configurer (so Camel's type conversion, {@code #bean} references and property placeholders apply)."
                + " Turned off\n"
                + " * with {@code camel.component." + scheme + ".enabled=false}; the customizer alone with\n"
                + " * {@code camel.component." + scheme + ".customizer.enabled=false}"
                + " (or {@code camel.component.customizer.enabled=false}).\n"
                + " * With Spring Boot actuator present, the secret options are masked in its env and configprops answers\n"
                + " * even where {@code show-values} shows every other value.\n"
                + " *\n" + target.generatedBy() + " */\n"
                + "@AutoConfiguration(after = {CamelAutoConfiguration.class, " + prefix + "ComponentConverter.class})\n"
                + "@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)\n"
                + "@EnableConfigurationProperties({ComponentConfigurationProperties.class, " + prefix
                + "ComponentConfiguration.class})\n"
                + "@ConditionalOnHierarchicalProperties({\"camel.component\", \"camel.component." + scheme + "\"})\n"
                + "public class " + prefix + "ComponentAutoConfiguration {\n\n"
                + "    private final ApplicationContext applicationContext;\n"
                + "    private final " + prefix + "ComponentConfiguration configuration;\n\n"
                + "    public " + prefix + "ComponentAutoConfiguration(ApplicationContext applicationContext,\n"
                + "            " + prefix + "ComponentConfiguration configuration) {\n"
                + "        this.applicationContext = applicationContext;\n"
                + "        this.configuration = configuration;\n"
                + "    }\n\n"
                + "    @Lazy\n"
                + "    @Bean\n"
                + "    public ComponentCustomizer configure" + prefix + "Component() {\n"
                + "        return new ComponentCustomizer() {\n"
                + "            @Override\n"
                + "            public void configure(String name, Component target) {\n"
                + "                CamelPropertiesHelper.copyProperties(target.getCamelContext(), configuration, target);\n"
                + "            }\n\n"
                + "            @Override\n"
                + "            public boolean isEnabled(String name, Component target) {\n"
                + "                return HierarchicalPropertiesEvaluator.evaluate(applicationContext,\n"
                + "                        \"camel.component.customizer\", \"camel.component." + scheme + ".customizer\")\n"
                + "                        && target instanceof " + componentClass + ";\n"
                + "            }\n"
                + "        };\n"
                + "    }\n\n"
                + "    /** Masks the secret options in actuator's answers, whatever {@code show-values} says. */\n"
                + "    @Configuration(proxyBeanMethods = false)\n"
                + "    @ConditionalOnClass(name = \"org.springframework.boot.actuate.endpoint.SanitizingFunction\")\n"
                + "    static class Secrets {\n\n"
                + "        private static final Set<String> SECRETS = Set.of(\n"
                + "                    " + secrets + ");\n\n"
                + "        @Bean\n"
                + "        SanitizingFunction " + Character.toLowerCase(prefix.charAt(0)) + prefix.substring(1)
                + "SecretsSanitizer() {\n"
                + "            // application.properties, YAML and environment variables name a property in their own ways\n"
                + "            return data -> data.getKey() != null && SECRETS.contains(data.getKey().toLowerCase(Locale.ROOT)\n"
                + "                    .replace('_', '.').replace(\"-\", \"\")) ? data.withSanitizedValue() : data;\n"
                + "        }\n"
                + "    }\n"
                + "}\n";
    }

    /** Text safe inside a javadoc comment. */
    private static String javadoc(String text) {
        return text.replace("*/", "*&#47;").replace("\n", " ");
    }

    private static final class Option {
        final String name;
        final String type;
        final String javaType;
        final String fieldType;
        final String description;
        final String defaultValue;
        final boolean hasEnum;
        final boolean deprecated;
        final boolean secret;

        Option(String name, JsonNode json) {
            this.name = name;
            this.type = json.path("type").asText();
            this.javaType = json.path("javaType").asText();
            String wrapped = WRAPPERS.getOrDefault(javaType, javaType);
            // java.lang types by simple name: spring-boot-configuration-processor takes a fully qualified wrapper
            // without initializer (java.lang.Integer) for a primitive and would report a default of 0
            this.fieldType = wrapped.matches("java\\.lang\\.[A-Z]\\w*") ? wrapped.substring(10) : wrapped;
            this.description = json.path("description").asText();
            this.defaultValue = json.has("defaultValue") ? json.get("defaultValue").asText() : null;
            this.hasEnum = json.has("enum") && json.get("enum").size() > 0;
            this.deprecated = json.path("deprecated").asBoolean(false);
            this.secret = json.path("secret").asBoolean(false);
        }

        boolean isComplex() {
            return !secret && "object".equals(type) && !hasEnum && !javaType.startsWith("java.util.")
                    && !javaType.startsWith("java.time.") && !"java.lang.Object".equals(javaType);
        }

        /** As Camel's starters: the description, plus the Java type of object and duration options. */
        String javadoc() {
            if ((isComplex() || "duration".equals(type)) && !hasEnum) {
                return (description.endsWith(".") ? description : description + ".")
                        + " The option is a " + javaType + " type.";
            }
            return description;
        }

        String initializer() {
            // a secret never has a value written into the starter's classes or its IDE metadata
            if (secret || defaultValue == null || defaultValue.isEmpty()) {
                return null;
            }
            switch (fieldType) {
                case "String":
                    return '"' + defaultValue.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
                case "Long":
                    return ("duration".equals(type) ? millis(defaultValue) : defaultValue) + "L";
                case "Integer":
                case "Boolean":
                case "Double":
                    return defaultValue;
                default:
                    return hasEnum ? fieldType + "." + defaultValue : null;
            }
        }

        /** A Camel duration default ("30000", "5s", "1m30s") in milliseconds. */
        private static String millis(String value) {
            String v = value.toLowerCase(java.util.Locale.ROOT);
            if (v.matches("\\d+")) {
                return v;
            }
            String iso = v.endsWith("ms") ? null : (v.endsWith("d") ? "P" + v : "PT" + v);
            if (iso == null) {
                return v.substring(0, v.length() - 2);
            }
            return String.valueOf(java.time.Duration.parse(iso).toMillis());
        }
    }
}
