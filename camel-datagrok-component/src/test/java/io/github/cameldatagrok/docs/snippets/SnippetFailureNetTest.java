package io.github.cameldatagrok.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/** The snippet tests' net: an exchange that fails in a route a snippet added is seen, so the snippet's test fails. */
class SnippetFailureNetTest extends SnippetTestSupport {
    @Test
    void failuresAreSeen() throws Exception {
        failuresExpected = true;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:x").throwException(new IllegalStateException("boom"));
            }
        });
        template.send("direct:x", e -> { });
        assertThat(failures).hasSize(1);
    }
}
