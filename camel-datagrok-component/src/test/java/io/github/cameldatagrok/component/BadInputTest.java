package io.github.cameldatagrok.component;

import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is refused with an error that names the problem, before anything reaches Datagrok. */
class BadInputTest extends DatagrokTestSupport {

    @BeforeEach
    void forget() {
        emulator().clearRequests();
    }

    @Test
    void unknownOperation() {
        assertThatThrownBy(() -> context.getEndpoint("datagrok:tables:Admin:X:Y"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .satisfies(e -> assertThat(rootMessage(e)).contains("Unknown Datagrok operation 'tables'").contains("[table"));
        assertThatThrownBy(() -> context.getEndpoint("datagrok:?action=upload"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("names no operation"));
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void unknownActionInUriOrHeader() {
        assertThatThrownBy(() -> context.getEndpoint("datagrok:table:X?action=fly"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .satisfies(e -> assertThat(rootMessage(e)).contains("fly"));
        assertThatThrownBy(() -> template.requestBodyAndHeader("datagrok:table:X", "a\n1\n",
                DatagrokConstants.ACTION, "fly"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("Unknown Datagrok action 'fly'")
                        .contains("CamelDatagrokAction").contains("upload"));
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void unknownOption() {
        assertThatThrownBy(() -> context.getEndpoint("datagrok:table:X?outputTyp=rows"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("outputTyp");
        assertThatThrownBy(() -> context.getEndpoint("datagrok:table:X?outputType=table"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .satisfies(e -> assertThat(rootMessage(e)).contains("table"));
    }

    @Test
    void missingTarget() {
        assertThatThrownBy(() -> template.requestBody("datagrok:table", "a\n1\n"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("No Datagrok table given")
                        .contains("CamelDatagrokTarget"));
        assertThatThrownBy(() -> template.requestBody("datagrok:table?action=download", (Object) null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("No Datagrok table given"));
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void consumerWithoutTarget() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("datagrok:table").to("mock:x");
            }
        })).satisfies(e -> assertThat(rootMessage(e)).contains("needs a target to poll"));
    }

    @Test
    void emptyColumnName() {
        assertThatThrownBy(() -> template.requestBody("datagrok:table:X?columns=a,,b", java.util.List.of()))
                .satisfies(e -> assertThat(rootMessage(e)).contains("empty column name"));
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void missingApiKeyOrUrlStopsTheRouteFromStarting() throws Exception {
        try (DefaultCamelContext bare = new DefaultCamelContext()) {
            DatagrokComponent datagrok = new DatagrokComponent();
            datagrok.getConfiguration().setBaseUrl(DATAGROK.baseUrl());
            bare.addComponent("datagrok", datagrok);
            bare.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:in").to("datagrok:table:Admin:X:Y");
                }
            });
            assertThatThrownBy(bare::start)
                    .satisfies(e -> assertThat(rootMessage(e)).contains("API key is missing").contains("DATAGROK_API_KEY"));
        }
        try (DefaultCamelContext bare = new DefaultCamelContext()) {
            bare.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:in").to("datagrok:table:Admin:X:Y?apiKey=k");
                }
            });
            assertThatThrownBy(bare::start)
                    .satisfies(e -> assertThat(rootMessage(e)).contains("base URL is missing").contains("DATAGROK_URL"));
        }
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void wrongApiKeyIsAnAuthenticationError() {
        assertThatThrownBy(() -> template.requestBody("datagrok:table:Admin:X:Y?apiKey=wrong&action=download", (Object) null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("HTTP 401"));
    }

    @Test
    void callRefusesAnActionAndAnOutputTypeItWouldIgnoreWhenTheRouteStarts() {
        for (String options : new String[] {"action=download", "action=upload", "outputType=bytes", "outputType=file"}) {
            assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:call-" + options.hashCode()).to("datagrok:call:Sin?" + options);
                }
            })).as(options).hasRootCauseInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(rootMessage(e)).contains("datagrok:call does not support")
                            .contains(options.substring(options.indexOf('=') + 1)));
        }
        assertThat(emulator().requests()).isEmpty();
    }
}
