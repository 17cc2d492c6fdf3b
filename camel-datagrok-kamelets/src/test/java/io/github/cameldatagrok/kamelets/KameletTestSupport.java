package io.github.cameldatagrok.kamelets;

import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Camel context per test in which Kamelets from the classpath's {@code kamelets/} folder are used from YAML DSL
 * routes, as a user writes them. The property {@code test.work} is a fresh folder for the consumers' state.
 */
abstract class KameletTestSupport {

    @TempDir
    Path work;

    CamelContext context;
    ProducerTemplate template;

    @BeforeEach
    void createContext() {
        context = new DefaultCamelContext();
        property("test.work", work.toString());
    }

    @AfterEach
    void closeContext() throws Exception {
        context.close();
    }

    /** A property the routes can use as {@code {{key}}} (as application.properties would hold it). */
    void property(String key, String value) {
        context.getPropertiesComponent().addInitialProperty(key, value);
    }

    /**
     * A YAML route from {@code from} to the Kamelet with these parameters ({@code "name: value"}), as a user writes
     * it.
     */
    static String sinkRoute(String from, String kamelet, String... parameters) {
        StringBuilder yaml = new StringBuilder("""
                - route:
                    from:
                      uri: %s
                      steps:
                        - to:
                            uri: kamelet:%s
                """.formatted(from, kamelet));
        if (parameters.length > 0) {
            yaml.append("            parameters:\n");
            for (String parameter : parameters) {
                yaml.append("              ").append(parameter).append('\n');
            }
        }
        return yaml.toString();
    }

    /** Loads YAML routes as a user writes them, then starts the context. */
    void routes(String yaml) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("routes.yaml", yaml));
        context.start();
        template = context.createProducerTemplate();
    }
}
