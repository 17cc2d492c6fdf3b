package io.github.cameldatagrok.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

/**
 * The README's Runtimes blocks that run in this module: the route the Camel JBang section runs with
 * {@code camel run route.yaml --dep=...} (the Endpoint DSL block is tested in camel-datagrok-endpointdsl).
 */
class RuntimeSnippetsTest extends SnippetTestSupport {

    @Test
    void readmeJBangRoute() throws Exception {
        // before loading: the timer fires once, as soon as the route starts
        NotifyBuilder done = new NotifyBuilder(context).from("timer:*").whenDone(1).create();
        loadYaml(yaml("readme-jbang-yaml"));
        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        // (Camel trims a constant's text, so the upload ends without the final line break)
        assertThat(emulator().tables().readCsv("Admin:JBang:People").lines()).containsExactly("id,name", "1,Ada");
    }
}
