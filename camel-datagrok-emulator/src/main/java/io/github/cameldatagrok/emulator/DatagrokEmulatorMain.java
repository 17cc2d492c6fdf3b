package io.github.cameldatagrok.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

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
            "  --help               print this help",
            "Routes answer under http[s]://HOST:PORT/api/public/v1/... and http[s]://HOST:PORT/public/v1/...");

    private DatagrokEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        quietJettyLogging();
        DatagrokEmulator emulator;
        try {
            emulator = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        if (emulator == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "datagrok-emulator-shutdown"));
        stopped.await();
    }

    /**
     * Parses the arguments and starts an emulator, printing its URL to {@code out}; returns null after
     * {@code --help}. Throws IllegalArgumentException on bad arguments. Used by {@link #main} and by tests.
     */
    public static DatagrokEmulator start(String[] args, PrintStream out) {
        DatagrokEmulator.Builder builder = DatagrokEmulator.builder().port(DEFAULT_PORT);
        String apiKey = System.getenv(API_KEY_ENV);
        String tlsKeyStore = null;
        String tlsPassword = System.getenv(TLS_PASSWORD_ENV);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            switch (name) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return null;
                }
                case "--port" -> {
                    String port = value != null ? value : next(args, ++i, name);
                    try {
                        builder.port(Integer.parseInt(port));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port needs a number, got '" + port + "'");
                    }
                }
                case "--api-key" -> apiKey = value != null ? value : next(args, ++i, name);
                case "--host" -> builder.host(value != null ? value : next(args, ++i, name));
                case "--data-dir" -> builder.dataDirectory(Path.of(value != null ? value : next(args, ++i, name)));
                case "--tls-keystore" -> tlsKeyStore = value != null ? value : next(args, ++i, name);
                case "--tls-password" -> tlsPassword = value != null ? value : next(args, ++i, name);
                default -> throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        if (apiKey != null && !apiKey.isBlank()) {
            builder.apiKey(apiKey);
        }
        if (tlsKeyStore != null) {
            if (tlsPassword == null) {
                throw new IllegalArgumentException("--tls-keystore needs --tls-password (or $" + TLS_PASSWORD_ENV + ")");
            }
            builder.tls(Path.of(tlsKeyStore), tlsPassword);
        }
        DatagrokEmulator emulator = builder.build().start();
        out.println("Datagrok emulator listening on " + emulator.baseUrl() + " (bare Datlas form: "
                + emulator.serverUrl() + ")");
        out.flush();
        return emulator;
    }

    private static String next(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    /** The standalone jar logs through slf4j-simple; Jetty's start-up chatter would drown the URL line. */
    private static void quietJettyLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.io.github.cameldatagrok.emulator") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.io.github.cameldatagrok.emulator", "warn");
        }
    }
}
