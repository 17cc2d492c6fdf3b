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
 * Writes the starter's {@code DatagrokComponentConfiguration} and {@code DatagrokComponentConverter} from the
 * component's generated {@code datagrok.json}, by the rules of camel-spring-boot's SpringBootAutoConfigurationMojo
 * (which is not published for third parties): one property per component option, primitives as wrappers so that
 * unset means "leave the component's default", the option's description as javadoc (read by
 * spring-boot-configuration-processor into the IDE metadata), its default as the field initializer, and a
 * {@code #bean} converter for object options. Run by the build (exec-maven-plugin, generate-sources) with the
 * component jar on the class path: an option added to the component appears here on the next build.
 */
public class GenerateStarterSources {

    private static final String JSON = "META-INF/io/github/cameldatagrok/component/datagrok.json";
    private static final String PACKAGE = "io.github.cameldatagrok.component.springboot";
    private static final Map<String, String> WRAPPERS = Map.of("boolean", "java.lang.Boolean", "int",
            "java.lang.Integer", "long", "java.lang.Long", "double", "java.lang.Double", "float", "java.lang.Float",
            "short", "java.lang.Short", "byte", "java.lang.Byte", "char", "java.lang.Character");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
        JsonNode root;
        try (InputStream in = ClassLoader.getSystemResourceAsStream(JSON)) {
            if (in == null) {
                throw new IllegalStateException(JSON + " is not on the class path: build camel-datagrok first");
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
        write(out.resolve("DatagrokComponentConfiguration.java"), configuration(scheme, component, options));
        write(out.resolve("DatagrokComponentConverter.java"), converter(options));
    }

    private static void write(Path file, String source) throws IOException {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        // unchanged sources keep their time stamp, so the compiler does not rebuild the module for nothing
        if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            Files.write(file, bytes);
        }
    }

    private static String configuration(String scheme, JsonNode component, List<Option> options) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n");
        s.append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n");
        s.append("/**\n * ").append(javadoc(component.get("description").asText())).append("\n *\n")
                .append(" * Generated from datagrok.json by src/build/GenerateStarterSources.java - do not edit.\n */\n");
        s.append("@ConfigurationProperties(prefix = \"camel.component.").append(scheme).append("\")\n");
        s.append("public class DatagrokComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n");
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

    private static String converter(List<Option> options) {
        List<String> types = options.stream().filter(Option::isComplex).map(o -> o.fieldType).distinct().toList();
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append("import java.util.LinkedHashSet;\nimport java.util.Set;\n\n");
        s.append("import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;\n");
        s.append("import org.springframework.context.ApplicationContext;\n");
        s.append("import org.springframework.context.annotation.Configuration;\n");
        s.append("import org.springframework.core.convert.TypeDescriptor;\n");
        s.append("import org.springframework.core.convert.converter.GenericConverter;\n");
        s.append("import org.springframework.stereotype.Component;\n\n");
        s.append("/**\n * Binds {@code #beanName} / {@code #bean:beanName} in application properties to the Spring bean of\n"
                + " * that name, for the object options of the datagrok component.\n *\n"
                + " * Generated from datagrok.json by src/build/GenerateStarterSources.java - do not edit.\n */\n");
        s.append("@Configuration(proxyBeanMethods = false)\n@ConfigurationPropertiesBinding\n@Component\n");
        s.append("public class DatagrokComponentConverter implements GenericConverter {\n\n");
        s.append("    private final ApplicationContext applicationContext;\n\n");
        s.append("    public DatagrokComponentConverter(ApplicationContext applicationContext) {\n"
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
        }

        boolean isComplex() {
            return "object".equals(type) && !hasEnum && !javaType.startsWith("java.util.")
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
            if (defaultValue == null || defaultValue.isEmpty()) {
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
