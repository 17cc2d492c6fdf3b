package io.github.cameldatagrok.examples.provisioning;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import org.apache.camel.main.Main;

/**
 * Runs the provisioning example: each CSV file of people dropped into the inbox creates the users and their groups in
 * Datagrok, a data connection for the teams (saved with its credentials, then tested) and a dashboard of the roster
 * shared with the new groups.
 * <p>
 * Against the embedded Datagrok emulator by default; against a real Datagrok when {@code DATAGROK_URL} and
 * {@code DATAGROK_API_KEY} are set. With {@code --once} it stops by itself when the inbox has been processed.
 */
public final class ProvisioningApplication {

    private ProvisioningApplication() {
    }

    public static void main(String[] args) throws Exception {
        boolean once = Arrays.asList(args).contains("--once");
        Path inbox = Path.of(System.getProperty("provisioning.inbox", "target/inbox"));
        seedInbox(inbox);

        DatagrokEmulator emulator = null;
        Main main = new Main(ProvisioningApplication.class);
        main.addInitialProperty("provisioning.inbox", inbox.toAbsolutePath().toString());
        if (System.getenv("DATAGROK_URL") == null) {
            emulator = DatagrokEmulator.builder().port(0).build().start();
            main.addInitialProperty("camel.component.datagrok.base-url", emulator.baseUrl());
            main.addInitialProperty("camel.component.datagrok.api-key", emulator.apiKey());
            System.out.println("Using the embedded Datagrok emulator at " + emulator.baseUrl()
                    + " (set DATAGROK_URL and DATAGROK_API_KEY for a real server)");
        }
        if (once) {
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
        try (InputStream sample = ProvisioningApplication.class.getResourceAsStream("/sample/people.csv")) {
            Files.copy(sample, inbox.resolve("people.csv"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
