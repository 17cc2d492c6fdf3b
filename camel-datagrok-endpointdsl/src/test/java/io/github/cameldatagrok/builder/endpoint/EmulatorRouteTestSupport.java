package io.github.cameldatagrok.builder.endpoint;

import java.util.Properties;

import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Route tests against an emulator; the component finds it through the properties {@code datagrok.url} and
 * {@code datagrok.api-key}, as an application's properties file would give them.
 */
abstract class EmulatorRouteTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties datagrok = new Properties();
        datagrok.setProperty("datagrok.url", DATAGROK.baseUrl());
        datagrok.setProperty("datagrok.api-key", DATAGROK.apiKey());
        return datagrok;
    }
}
