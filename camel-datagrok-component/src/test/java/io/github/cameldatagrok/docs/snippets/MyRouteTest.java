package io.github.cameldatagrok.docs.snippets;

import io.github.cameldatagrok.component.DatagrokComponent;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The component page's "Testing routes" block, as a user writes it; {@link MyRouteUsageTest} runs routes on it. */
// tag::adoc-testing[]
class MyRouteTest extends CamelTestSupport {
    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        DatagrokComponent datagrok = context.getComponent("datagrok", DatagrokComponent.class);
        datagrok.getConfiguration().setBaseUrl(DATAGROK.baseUrl());
        datagrok.getConfiguration().setApiKey(DATAGROK.apiKey());
        return context;
    }
}
// end::adoc-testing[]
