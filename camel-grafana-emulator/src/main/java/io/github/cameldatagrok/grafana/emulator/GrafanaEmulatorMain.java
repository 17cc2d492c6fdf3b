package io.github.cameldatagrok.grafana.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import io.github.cameldatagrok.emulator.http.CommandLine;

/**
 * Runs the emulator from the command line until killed:
 * {@code java -jar camel-grafana-emulator-<version>-standalone.jar --port 3000 --token TOKEN}.
 * Prints one line with the URL; never the token.
 */
public final class GrafanaEmulatorMain {

    /** Read when {@code --token} is absent, so the token need not appear in the process list. */
    public static final String TOKEN_ENV = "GRAFANA_EMULATOR_TOKEN";
    /** Read when {@code --basic-auth} is absent: {@code user:password}. */
    public static final String BASIC_AUTH_ENV = "GRAFANA_EMULATOR_BASIC_AUTH";
    /** Read when {@code --tls-password} is absent. */
    public static final String TLS_PASSWORD_ENV = "GRAFANA_EMULATOR_TLS_PASSWORD";
    public static final int DEFAULT_PORT = 3000;

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar camel-grafana-emulator-<version>-standalone.jar [options]",
            "  --port N              port to listen on (default " + DEFAULT_PORT + "; 0 = any free port)",
            "  --token TOKEN         accepted service-account token (default: $" + TOKEN_ENV + ", else "
                    + GrafanaEmulator.DEFAULT_TOKEN + ")",
            "  --basic-auth U:P      Basic-auth user and password (default: $" + BASIC_AUTH_ENV + ", else admin:admin)",
            "  --grafana-version V   the Grafana version played: 10, 11, 12, 13 (default) or x.y.z",
            "  --host HOST           interface to bind (default " + GrafanaEmulator.DEFAULT_HOST + ")",
            "  --tls-keystore FILE   serve HTTPS with the key and certificate in this PKCS12 key store",
            "  --tls-password PW     password of that key store and its key (default: $" + TLS_PASSWORD_ENV + ")",
            "  --help                print this help",
            "GET /api/health is open; everything else needs 'Authorization: Bearer TOKEN' or Basic auth.");

    private static final Set<String> OPTIONS = Set.of("--port", "--token", "--basic-auth", "--grafana-version",
            "--host", "--tls-keystore", "--tls-password");

    private GrafanaEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLine.quietLogging("org.eclipse.jetty", "io.github.cameldatagrok.emulator",
                "io.github.cameldatagrok.grafana.emulator");
        CommandLine.run(args, USAGE, "grafana-emulator", arguments -> start(arguments, System.out));
    }

    /**
     * Parses the arguments and starts an emulator, printing its URL to {@code out}; returns null after
     * {@code --help}. Throws IllegalArgumentException on bad arguments.
     */
    public static GrafanaEmulator start(String[] args, PrintStream out) {
        CommandLine line = CommandLine.parse(args, OPTIONS);
        if (line.help()) {
            out.println(USAGE);
            return null;
        }
        GrafanaEmulator.Builder builder = GrafanaEmulator.builder().port(line.intValue("--port", DEFAULT_PORT));
        String token = line.value("--token") != null ? line.value("--token") : System.getenv(TOKEN_ENV);
        if (token != null && !token.isBlank()) {
            builder.token(token);
        }
        String basic = line.value("--basic-auth") != null ? line.value("--basic-auth") : System.getenv(BASIC_AUTH_ENV);
        if (basic != null && !basic.isBlank()) {
            int colon = basic.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("--basic-auth needs user:password");
            }
            builder.basicAuth(basic.substring(0, colon), basic.substring(colon + 1));
        }
        if (line.value("--grafana-version") != null) {
            builder.version(line.value("--grafana-version"));
        }
        if (line.value("--host") != null) {
            builder.host(line.value("--host"));
        }
        String tlsKeyStore = line.value("--tls-keystore");
        String tlsPassword = line.value("--tls-password") != null ? line.value("--tls-password")
                : System.getenv(TLS_PASSWORD_ENV);
        if (tlsKeyStore != null) {
            if (tlsPassword == null) {
                throw new IllegalArgumentException("--tls-keystore needs --tls-password (or $" + TLS_PASSWORD_ENV + ")");
            }
            builder.tls(Path.of(tlsKeyStore), tlsPassword);
        }
        GrafanaEmulator emulator = builder.build().start();
        out.println("Grafana emulator (Grafana " + emulator.version() + ") listening on " + emulator.baseUrl());
        out.flush();
        return emulator;
    }
}
