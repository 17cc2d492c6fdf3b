package io.github.cameldatagrok.support.docs;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options tables of a component's {@code .adoc} page are rendered from the component JSON that Camel's generator
 * writes, so the page cannot drift from the code: the test fails when they differ. Run it with
 * {@code -Ddocs.update=true} to rewrite the tables. A component's test extends this class with its page and JSON.
 */
public abstract class ComponentDocsCheck {

    private final Path adocPath;
    private final String json;
    private final String title;

    /**
     * @param adoc  the page, relative to the module
     * @param json  the generated component JSON on the class path
     * @param title the component's name in the tables' introductions
     */
    protected ComponentDocsCheck(String adoc, String json, String title) {
        this.adocPath = Path.of(adoc);
        this.json = json;
        this.title = title;
    }

    @Test
    void optionsTablesMatchTheGeneratedMetadata() throws Exception {
        JsonNode model;
        try (InputStream in = getClass().getResourceAsStream(json)) {
            assertThat(in).as("generated component JSON " + json).isNotNull();
            model = new ObjectMapper().readTree(in);
        }
        String adoc = Files.readString(adocPath, StandardCharsets.UTF_8);
        String updated = adoc;
        updated = replaceSection(updated, "component options",
                table("The " + title + " component supports %d options, which are listed below.", model.get("componentProperties")));
        updated = replaceSection(updated, "endpoint options",
                "The " + title + " endpoint is configured using URI syntax:\n\n----\n" + model.at("/component/syntax").asText()
                        + "\n----\n\nwith the following path and query parameters:\n\n=== Path Parameters (%d parameters)\n\n"
                                .formatted(count(model.get("properties"), "path"))
                        + rows(model.get("properties"), "path")
                        + "\n=== Query Parameters (%d parameters)\n\n".formatted(count(model.get("properties"), "parameter"))
                        + rows(model.get("properties"), "parameter"));
        updated = replaceSection(updated, "message headers",
                table("The " + title + " component supports %d message headers, which are listed below:", model.get("headers")));

        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(adocPath, updated, StandardCharsets.UTF_8);
        }
        assertThat(adoc).as("the options tables of " + adocPath + " (regenerate with -Ddocs.update=true)").isEqualTo(updated);
    }

    private String replaceSection(String adoc, String name, String content) {
        String start = "// " + name + ": START\n";
        String end = "// " + name + ": END";
        int from = adoc.indexOf(start);
        int to = adoc.indexOf(end);
        assertThat(from).as("marker '" + start.trim() + "' in " + adocPath).isGreaterThanOrEqualTo(0);
        assertThat(to).as("marker '" + end + "' in " + adocPath).isGreaterThan(from);
        return adoc.substring(0, from + start.length()) + content + adoc.substring(to);
    }

    private static String table(String intro, JsonNode options) {
        return intro.formatted(options.size()) + "\n\n" + rows(options, null);
    }

    private static int count(JsonNode options, String kind) {
        int n = 0;
        for (Iterator<JsonNode> it = options.elements(); it.hasNext();) {
            n += kind.equals(it.next().path("kind").asText()) ? 1 : 0;
        }
        return n;
    }

    private static String rows(JsonNode options, String kind) {
        StringBuilder out = new StringBuilder("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n"
                + "| Name | Description | Default | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            JsonNode o = option.getValue();
            if (kind != null && !kind.equals(o.path("kind").asText())) {
                continue;
            }
            String name = o.has("constantName") ? "*" + o.path("name").asText(option.getKey()) + "* (" + o.path("group").asText("common") + ")"
                    + "\nConstant: `" + o.path("constantName").asText().replaceAll(".*#", "") + "`"
                    : "*" + option.getKey() + "* (" + o.path("group").asText("common") + ")";
            String description = o.path("description").asText().replace("|", "\\|");
            if (o.has("enum")) {
                StringBuilder values = new StringBuilder("\n\nEnum values:\n");
                o.get("enum").forEach(v -> values.append("\n* ").append(v.asText()));
                description += values;
            }
            out.append("\n| ").append(name).append(" | ").append(description)
                    .append(" | ").append(o.path("defaultValue").asText(""))
                    .append(" | ").append(simpleType(o.path("javaType").asText())).append('\n');
        }
        return out.append("|===\n").toString();
    }

    private static String simpleType(String javaType) {
        return javaType.replaceAll("([a-z0-9_]+\\.)+([A-Z])", "$2");
    }
}
