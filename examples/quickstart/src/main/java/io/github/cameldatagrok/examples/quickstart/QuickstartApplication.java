package io.github.cameldatagrok.examples.quickstart;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import org.apache.camel.main.Main;

/**
 * Runs the quickstart: CSV files dropped into an inbox folder become Datagrok tables, which are read back and
 * logged with their row counts.
 * <p>
 * Against the embedded Datagrok emulator by default; against a real Datagrok when {@code DATAGROK_URL} and
 * {@code DATAGROK_API_KEY} are set. With {@code --once} it stops by itself when the inbox has been processed.
 */
public final class QuickstartApplication {

    private QuickstartApplication() {
    }

    public static void main(String[] args) throws Exception {
        boolean once = Arrays.asList(args).contains("--once");
        Path inbox = Path.of(System.getProperty("quickstart.inbox", "target/inbox"));
        seedInbox(inbox);

        DatagrokEmulator emulator = null;
        Main main = new Main(QuickstartApplication.class);
        main.addInitialProperty("quickstart.inbox", inbox.toAbsolutePath().toString());
        if (System.getenv("DATAGROK_URL") == null) {
            emulator = DatagrokEmulator.builder().port(0).build().start();
            // the same properties configure a real server, e.g. in application.properties
            main.addInitialProperty("camel.component.datagrok.base-url", emulator.baseUrl());
            main.addInitialProperty("camel.component.datagrok.api-key", emulator.apiKey());
            System.out.println("Using the embedded Datagrok emulator at " + emulator.baseUrl()
                    + " (set DATAGROK_URL and DATAGROK_API_KEY for a real server)");
        }
        if (once) {
            // stop when no file has arrived for a few seconds
            main.configure().setDurationMaxIdleSeconds(5);
        }
        try {
            main.run();
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    /** Puts the shipped sample into an empty inbox, so that the first run shows something. */
    private static void seedInbox(Path inbox) throws Exception {
        Files.createDirectories(inbox);
        try (var files = Files.list(inbox)) {
            if (files.anyMatch(Files::isRegularFile)) {
                return;
            }
        }
        try (InputStream sample = QuickstartApplication.class.getResourceAsStream("/sample/orders.csv")) {
            Files.copy(sample, inbox.resolve("orders.csv"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
