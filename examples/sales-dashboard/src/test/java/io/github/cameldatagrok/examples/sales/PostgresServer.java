package io.github.cameldatagrok.examples.sales;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for the example's test: started with the example's own {@code setup-postgres.sh} (Debian's
 * PostgreSQL, installed when missing) on a free port and a fresh data directory, stopped and removed afterwards.
 * Other modules' tests use it too (this module's test jar), naming the script's path from their directory.
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback {

    private final Path script;

    private Path dataDirectory;
    private String jdbcUrl;

    PostgresServer() {
        this(Path.of("setup-postgres.sh"));
    }

    public PostgresServer(Path script) {
        this.script = script.toAbsolutePath();
    }

    /** The URL of the example's database {@code sales} (user and password {@code sales}). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The URL of the server's own database {@code postgres}, as its superuser {@code postgres} (trusted). */
    public String superuserJdbcUrl() {
        return jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/')) + "/postgres?user=postgres";
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // under /tmp, where the postgres user can reach it when the build runs as root
        // (and open to it: a temporary directory is private to its owner by default)
        dataDirectory = Files.createTempDirectory(Path.of("/tmp"), "sales-postgres-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"))).resolve("data");
        List<String> output = run("start", dataDirectory.toString(), Integer.toString(freePort()));
        jdbcUrl = output.get(output.size() - 1);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (dataDirectory != null) {
            run("stop", dataDirectory.toString());
            deleteTree(dataDirectory.getParent());
        }
    }

    private List<String> run(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("setup-postgres", ".log");
        try {
            Process process = new ProcessBuilder(concat("bash", script.toString(), args))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " " + String.join(" ", args) + " failed:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static List<String> concat(String first, String second, String... rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first, second));
        all.addAll(List.of(rest));
        return all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
