package io.github.cameldatagrok.examples.filesync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import io.github.cameldatagrok.emulator.files.FileStore;
import org.apache.camel.main.Main;

/**
 * Runs the file-sync example: the datagrok:file consumer watches a folder of a Datagrok file connector; every new or
 * changed file is copied into a local folder and, if it is a CSV file, uploaded as a Datagrok table.
 * <p>
 * Against the embedded Datagrok emulator by default, seeded with a few files so the first run shows something;
 * against a real Datagrok when {@code DATAGROK_URL} and {@code DATAGROK_API_KEY} are set. With {@code --once} it stops
 * once no file has arrived for a few seconds.
 */
public final class FileSyncApplication {

    /** The watched folder, as {@code <connector>/<path>}. */
    static final String FOLDER = "System:DemoFiles/incoming/";

    private FileSyncApplication() {
    }

    public static void main(String[] args) throws Exception {
        boolean once = Arrays.asList(args).contains("--once");
        Path local = Path.of(System.getProperty("file-sync.local", "target/mirror"));

        DatagrokEmulator emulator = null;
        Main main = new Main(FileSyncApplication.class);
        main.addInitialProperty("file-sync.folder", System.getProperty("file-sync.folder", FOLDER));
        main.addInitialProperty("file-sync.local", local.toAbsolutePath().toString());
        main.addInitialProperty("file-sync.state", System.getProperty("file-sync.state",
                local.toAbsolutePath().resolveSibling(local.getFileName() + ".state").toString()));
        if (System.getenv("DATAGROK_URL") == null) {
            emulator = DatagrokEmulator.builder().port(0).build().start();
            seed(emulator.files());
            // the same properties configure a real server, e.g. in application.properties
            main.addInitialProperty("camel.component.datagrok.base-url", emulator.baseUrl());
            main.addInitialProperty("camel.component.datagrok.api-key", emulator.apiKey());
            System.out.println("Using the embedded Datagrok emulator at " + emulator.baseUrl()
                    + " (set DATAGROK_URL and DATAGROK_API_KEY for a real server)");
        }
        if (once) {
            // stop once a few seconds passed without a new file
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

    /** A few files in the watched folder of the emulator: two CSV files (one in a sub-folder) and a text file. */
    static void seed(FileStore files) {
        files.put("System:DemoFiles", "incoming/orders.csv", bytes("""
                order_id,customer,amount
                1001,Acme,120.50
                1002,Globex,75.00
                1003,Initech,310.25
                """));
        files.put("System:DemoFiles", "incoming/regions/regions.csv", bytes("""
                region,manager
                North,Anna
                South,Jean
                """));
        files.put("System:DemoFiles", "incoming/README.txt", bytes("Files dropped here are mirrored locally.\n"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
