package io.github.cameldatagrok.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import io.github.cameldatagrok.emulator.files.FileStore;
import io.github.cameldatagrok.emulator.http.CommandLine;

/**
 * Runs the emulator from the command line until killed:
 * {@code java -jar camel-datagrok-emulator-<version>-standalone.jar --port 8082 --api-key KEY}.
 * Prints one line with the URL; never the key.
 */
public final class DatagrokEmulatorMain {

    /** Read when {@code --api-key} is absent, so the key need not appear in the process list. */
    public static final String API_KEY_ENV = "DATAGROK_EMULATOR_API_KEY";
    /** Read when {@code --tls-password} is absent. */
    public static final String TLS_PASSWORD_ENV = "DATAGROK_EMULATOR_TLS_PASSWORD";
    public static final int DEFAULT_PORT = 8082;

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar camel-datagrok-emulator-<version>-standalone.jar [options]",
            "  --port N             port to listen on (default " + DEFAULT_PORT + "; 0 = any free port)",
            "  --api-key KEY        accepted API key (default: $" + API_KEY_ENV + ", else "
                    + DatagrokEmulator.DEFAULT_API_KEY + ")",
            "  --host HOST          interface to bind (default " + DatagrokEmulator.DEFAULT_HOST + ")",
            "  --data-dir DIR       keep tables in DIR across restarts (default: a temporary directory)",
            "  --tls-keystore FILE  serve HTTPS with the key and certificate in this PKCS12 key store",
            "  --tls-password PW    password of that key store and its key (default: $" + TLS_PASSWORD_ENV + ")",
            "  --files DIR          serve the files below DIR in the file connector " + FileStore.DEMO_FILES
                    + " (copied at start)",
            "  --files-connector C  serve them in connector C instead (created if new)",
            "  --seed FILE          users, groups, tables and shares from a JSON file (see the emulator's README)",
            "  --help               print this help",
            "Routes answer under http[s]://HOST:PORT/api/public/v1/... and http[s]://HOST:PORT/public/v1/...",
            "Built-in functions: Sin(x), Abs(x), Demo:DivMod(a, b), Demo:Squares(n), Demo:ReadTable(table),"
                    + " Chem:AtomCount(smiles)");

    private static final Set<String> OPTIONS =
            Set.of("--port", "--api-key", "--host", "--data-dir", "--tls-keystore", "--tls-password", "--files",
                    "--files-connector", "--seed");

    private DatagrokEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLine.quietLogging("org.eclipse.jetty", "io.github.cameldatagrok.emulator");
        CommandLine.run(args, USAGE, "datagrok-emulator", arguments -> start(arguments, System.out));
    }

    /**
     * Parses the arguments and starts an emulator, printing its URL to {@code out}; returns null after
     * {@code --help}. Throws IllegalArgumentException on bad arguments. Used by {@link #main} and by tests.
     */
    public static DatagrokEmulator start(String[] args, PrintStream out) {
        CommandLine line = CommandLine.parse(args, OPTIONS);
        if (line.help()) {
            out.println(USAGE);
            return null;
        }
        DatagrokEmulator.Builder builder = DatagrokEmulator.builder().port(line.intValue("--port", DEFAULT_PORT));
        String apiKey = line.value("--api-key") != null ? line.value("--api-key") : System.getenv(API_KEY_ENV);
        if (line.value("--host") != null) {
            builder.host(line.value("--host"));
        }
        if (line.value("--data-dir") != null) {
            builder.dataDirectory(Path.of(line.value("--data-dir")));
        }
        String tlsKeyStore = line.value("--tls-keystore");
        String tlsPassword = line.value("--tls-password") != null ? line.value("--tls-password")
                : System.getenv(TLS_PASSWORD_ENV);
        if (apiKey != null && !apiKey.isBlank()) {
            builder.apiKey(apiKey);
        }
        if (tlsKeyStore != null) {
            if (tlsPassword == null) {
                throw new IllegalArgumentException("--tls-keystore needs --tls-password (or $" + TLS_PASSWORD_ENV + ")");
            }
            builder.tls(Path.of(tlsKeyStore), tlsPassword);
        }
        if (line.value("--files-connector") != null && line.value("--files") == null) {
            throw new IllegalArgumentException("--files-connector needs --files");
        }
        DatagrokEmulator emulator = builder.build().start();
        try {
            if (line.value("--files") != null) {
                EmulatorSeed.serveFolder(emulator, Path.of(line.value("--files")),
                        line.value("--files-connector") != null ? line.value("--files-connector") : FileStore.DEMO_FILES);
            }
            if (line.value("--seed") != null) {
                EmulatorSeed.apply(emulator, Path.of(line.value("--seed")));
            }
        } catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
        out.println("Datagrok emulator listening on " + emulator.baseUrl() + " (bare Datlas form: "
                + emulator.serverUrl() + ")");
        out.flush();
        return emulator;
    }
}
