package io.github.cameldatagrok.docs.snippets;

import io.github.cameldatagrok.component.DatagrokComponent;
import io.github.cameldatagrok.docs.DocSnippets;
import io.github.cameldatagrok.emulator.DatagrokEmulator;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import io.github.cameldatagrok.support.docs.SnippetCamelTestSupport;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the documents' code blocks against the Datagrok emulator. The working directory is {@code target/docs-run}, so
 * relative paths of the snippets ({@code file:inbox}) stay in the build folder. The datagrok component is configured
 * as a user's {@code application.properties} would (base URL and key on the component), never in the snippets.
 * Any exchange that fails in a snippet's routes fails the test, unless the test expects it.
 */
abstract class SnippetTestSupport extends SnippetCamelTestSupport {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    protected DatagrokEmulator emulator() {
        return DATAGROK.emulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        DatagrokComponent datagrok = new DatagrokComponent();
        datagrok.getConfiguration().setBaseUrl(DATAGROK.baseUrl());
        datagrok.getConfiguration().setApiKey(DATAGROK.apiKey());
        context.addComponent("datagrok", datagrok);
        return context;
    }

    static String yaml(String name) {
        return DocSnippets.yaml(name);
    }
}
