package io.github.cameldatagrok.component;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Route tests against the Datagrok emulator, over real HTTP; retries wait milliseconds, not seconds. */
abstract class DatagrokTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    protected DatagrokEmulator emulator() {
        return DATAGROK.emulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("datagrok", componentFor(DATAGROK));
        return context;
    }

    /** A datagrok component talking to this emulator. */
    static DatagrokComponent componentFor(DatagrokEmulatorExtension emulator) {
        DatagrokComponent datagrok = new DatagrokComponent();
        datagrok.getConfiguration().setBaseUrl(emulator.baseUrl());
        datagrok.getConfiguration().setApiKey(emulator.apiKey());
        datagrok.getConfiguration().setRetryDelay(20);
        return datagrok;
    }

    /** The message of the innermost cause: what the component itself said. */
    protected static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** The emulator's stored CSV of a table. */
    protected String storedCsv(String grokName) throws Exception {
        try (var in = emulator().tables().openCsv(grokName)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
