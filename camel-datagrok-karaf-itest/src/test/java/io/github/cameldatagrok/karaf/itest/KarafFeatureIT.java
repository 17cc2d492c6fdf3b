package io.github.cameldatagrok.karaf.itest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.emulator.DatagrokEmulator;
import io.github.cameldatagrok.emulator.RecordedRequest;
import io.github.cameldatagrok.grafana.emulator.GrafanaEmulator;
import io.github.cameldatagrok.grafana.emulator.dashboards.Dashboard;
import io.github.cameldatagrok.karaf.itest.grafana.DashboardRoundTripRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The camel-grafana and camel-datagrok features in a real Apache Karaf: Karaf (unpacked by the build) starts
 * headless, camel-karaf's features repository and this project's are added; {@code camel-grafana} is installed
 * first, alone, and a Blueprint route bundle saves a dashboard on the Grafana emulator running in this JVM and reads
 * it back; then {@code camel-datagrok} is installed beside it (sharing its HttpClient, transport and support bundles),
 * and a second Blueprint route bundle uploads a table to the Datagrok emulator and downloads it back. One Karaf
 * serves both (starting it is the slow part), so the tests share it and run in that order.
 *
 * <p>Karaf's pax-url resolves {@code mvn:} URLs from the build's local repository ({@code maven.localRepository},
 * the build's {@code settings.localRepository}), where the build installed this project's artifacts. The camel-karaf
 * bundles that are not published where this project builds are stood in by {@code etc/org.apache.karaf.features.xml}
 * (test resource {@code karaf-etc/}; it says which and why).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KarafFeatureIT {

    private static final Duration KARAF_UP = Duration.ofMinutes(3);
    private static final Duration ROUTE_DONE = Duration.ofMinutes(2);
    private static final String BUNDLES = "bundle:list -s -t 0";
    private static final String TRANSPORT = "io.github.cameldatagrok.camel-datagrok-transport";
    private static final String SUPPORT = "io.github.cameldatagrok.camel-datagrok-support";
    private static final String HTTPCLIENT = "wrap_org.apache.httpcomponents.client5.httpclient5";
    private static final String DATAGROK = "io.github.cameldatagrok.camel-datagrok";
    private static final String GRAFANA = "io.github.cameldatagrok.camel-grafana";
    /** Grafana 13's dashboards (the emulator's default version): {@code apiVersion=auto} saves through them. */
    private static final String GRAFANA_DASHBOARDS = "/apis/dashboard.grafana.app/v1/namespaces/default/dashboards";

    private static DatagrokEmulator emulator;
    private static GrafanaEmulator grafana;
    private static Path karafHome;
    private static Process karaf;
    private static int sshPort;

    @BeforeAll
    static void startKaraf() throws Exception {
        emulator = DatagrokEmulator.builder().build().start();
        grafana = GrafanaEmulator.builder().build().start();
        grafana.folders().create(DashboardRoundTripRoute.FOLDER, "Karaf", null, null);
        karafHome = Path.of(System.getProperty("karaf.home"));
        configure();
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder("sh", "bin/karaf", "server")
                .directory(karafHome.toFile())
                .redirectErrorStream(true)
                .redirectOutput(karafHome.resolve("karaf.out").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        karaf = pb.start();
        await("Karaf's shell", KARAF_UP, () -> clientSays("bundle:list -s -t 0", "org.apache.karaf.shell.core"));
        System.out.printf("Karaf %s started in %d ms%n", karafHome.getFileName(), millisSince(start));

        long repos = System.nanoTime();
        String out = client(
                "feature:repo-add mvn:org.apache.camel.karaf/apache-camel/" + System.getProperty("camel-karaf.version")
                        + "/xml/features",
                "feature:repo-add mvn:io.github.cameldatagrok/camel-datagrok-karaf/" + System.getProperty("project.version")
                        + "/xml/features",
                "feature:install aries-blueprint");
        assertThat(out).doesNotContain("Error executing command");
        System.out.printf("features repositories added and aries-blueprint installed in %d ms%n", millisSince(repos));
    }

    @AfterAll
    static void stopKaraf() throws Exception {
        if (karaf != null) {
            // bin/karaf is a shell script whose JVM is its child: SIGTERM the JVM (Karaf shuts its framework down)
            List<ProcessHandle> jvm = karaf.descendants().toList();
            jvm.forEach(ProcessHandle::destroy);
            karaf.destroy();
            for (ProcessHandle p : jvm) {
                try {
                    p.onExit().get(60, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    p.destroyForcibly();
                }
            }
            karaf.waitFor(10, TimeUnit.SECONDS);
        }
        if (emulator != null) {
            emulator.close();
        }
        if (grafana != null) {
            grafana.close();
        }
    }

    @Test
    @Order(1)
    void grafanaFeatureAloneRunsABlueprintRouteThatSavesAndReadsBackADashboard() throws Exception {
        long start = System.nanoTime();
        String before = client(BUNDLES);
        String out = client("feature:install camel-grafana");
        assertThat(out).doesNotContain("Error executing command");
        System.out.printf("camel-grafana feature installed in %d ms%n", millisSince(start));

        // the feature brings the shared HttpClient, transport and support bundles, and none of what only
        // datagrok: needs (its component, Jackson's CSV format, Jetty's multipart parser)
        String bundles = client(BUNDLES);
        assertThat(added(before, bundles))
                .contains(GRAFANA, TRANSPORT, SUPPORT, HTTPCLIENT)
                .doesNotContain(DATAGROK, "com.fasterxml.jackson.dataformat.jackson-dataformat-csv",
                        "org.eclipse.jetty.http");
        assertActive(bundles, GRAFANA);
        assertActive(bundles, TRANSPORT);
        String wires = client("bundle:requirements --namespace osgi.wiring.package " + bundleId(bundles, GRAFANA));
        assertThat(wires).doesNotContain("[UNRESOLVED]")
                .containsPattern("osgi.wiring.package; org.apache.camel.support 4\\.14\\.5 from camel-support \\[")
                .containsPattern("osgi.wiring.package; org.apache.camel.impl.health 4\\.14\\.5 from camel-health \\[")
                .contains("osgi.wiring.package; io.github.cameldatagrok.transport 0.1.0 from " + TRANSPORT + " [")
                .contains("osgi.wiring.package; io.github.cameldatagrok.support.consumer 0.1.0 from " + SUPPORT + " [")
                .contains(" from " + HTTPCLIENT + " [")
                .containsPattern("osgi.wiring.package; com.fasterxml.jackson.databind 2\\.19\\.\\d+ from "
                        + "com.fasterxml.jackson.core.jackson-databind \\[");
        assertDiscoverable("grafana", bundleId(bundles, GRAFANA));

        long deploy = System.nanoTime();
        out = client("bundle:install -s " + Path.of(System.getProperty("grafana.route.bundle")).toUri());
        assertThat(out).doesNotContain("Error executing command");

        // what Grafana received: the dashboard, saved in the folder with the version's message, by the token
        await("the dashboard in the Grafana emulator", ROUTE_DONE,
                () -> grafana.dashboards().find(DashboardRoundTripRoute.UID).isPresent());
        Dashboard saved = grafana.dashboards().require(DashboardRoundTripRoute.UID);
        assertThat(saved.title()).isEqualTo(DashboardRoundTripRoute.TITLE);
        assertThat(saved.tags()).containsExactly("karaf");
        assertThat(saved.folderUid()).isEqualTo(DashboardRoundTripRoute.FOLDER);
        assertThat(saved.message()).isEqualTo(DashboardRoundTripRoute.MESSAGE);
        assertThat(saved.version()).isEqualTo(1);
        List<RecordedRequest> creates = grafana.requests("POST", GRAFANA_DASHBOARDS);
        assertThat(creates).hasSize(1).allMatch(RecordedRequest::authorizationPresent);
        JsonNode sent = new ObjectMapper().readTree(creates.get(0).bodyText());
        assertThat(sent.path("spec").path("panels").path(0).path("title").asText()).isEqualTo("Orders");
        assertThat(sent.path("metadata").path("annotations").path("grafana.app/folder").asText())
                .isEqualTo(DashboardRoundTripRoute.FOLDER);

        // and the route read it back after the save, and logged what Grafana holds
        Path log = karafHome.resolve("data/log/karaf.log");
        String logged = DashboardRoundTripRoute.LOG_PREFIX + " " + DashboardRoundTripRoute.UID + " '"
                + DashboardRoundTripRoute.TITLE + "' version 1 in folder " + DashboardRoundTripRoute.FOLDER;
        await("the dashboard read back in Karaf's log", ROUTE_DONE, () -> read(log).contains(logged));
        assertThat(grafana.requests().stream().map(r -> r.method() + " " + r.path()).toList())
                .containsSubsequence("POST " + GRAFANA_DASHBOARDS,
                        "GET " + GRAFANA_DASHBOARDS + "/" + DashboardRoundTripRoute.UID);
        System.out.printf("grafana route bundle deployed and round trip done in %d ms%n", millisSince(deploy));
        assertThat(read(log)).doesNotContain(grafana.token());
    }

    @Test
    @Order(2)
    void datagrokFeatureBesideItRunsABlueprintRouteThatRoundTripsATable() throws Exception {
        long start = System.nanoTime();
        String before = client(BUNDLES);
        String out = client("feature:install camel-datagrok");
        assertThat(out).doesNotContain("Error executing command");
        System.out.printf("camel-datagrok feature installed in %d ms%n", millisSince(start));

        // the bundles are Active with their imports wired (the framework resolved them)
        String bundles = client(BUNDLES);
        assertThat(added(before, bundles)).contains(DATAGROK,
                "com.fasterxml.jackson.dataformat.jackson-dataformat-csv", "org.eclipse.jetty.http");
        assertActive(bundles, DATAGROK);
        assertActive(bundles, TRANSPORT);
        // one of each shared bundle, whichever feature came first; one Jackson: camel-karaf's jackson feature of
        // the build's Jackson line
        for (String shared : List.of(TRANSPORT, SUPPORT, HTTPCLIENT, "com.fasterxml.jackson.core.jackson-databind")) {
            assertThat(bundles.lines().filter(l -> l.strip().endsWith("| " + shared))).as(shared).hasSize(1);
        }
        // each imported package wired to the bundle that should provide it
        String wires = client("bundle:requirements --namespace osgi.wiring.package " + bundleId(bundles, DATAGROK));
        assertThat(wires).doesNotContain("[UNRESOLVED]")
                .containsPattern("osgi.wiring.package; org.apache.camel.support 4\\.14\\.5 from camel-support \\[")
                .containsPattern("osgi.wiring.package; org.apache.camel.health 4\\.14\\.5 from camel-api \\[")
                .contains("osgi.wiring.package; io.github.cameldatagrok.transport 0.1.0 from " + TRANSPORT + " [")
                .contains(" from " + HTTPCLIENT + " [")
                .containsPattern("osgi.wiring.package; com.fasterxml.jackson.dataformat.csv 2\\.19\\.\\d+ from "
                        + "com.fasterxml.jackson.dataformat.jackson-dataformat-csv \\[")
                .containsPattern("osgi.wiring.package; org.eclipse.jetty.http 12\\.\\d+\\.\\d+ from org.eclipse.jetty.http \\[");
        assertDiscoverable("datagrok", bundleId(bundles, DATAGROK));

        long deploy = System.nanoTime();
        Path routeBundle = Path.of(System.getProperty("route.bundle"));
        out = client("bundle:install -s " + routeBundle.toUri());
        assertThat(out).doesNotContain("Error executing command");

        await("the table in the emulator", ROUTE_DONE,
                () -> emulator.tables().find(RoundTripRoute.TABLE).isPresent());
        // the stored table is the uploaded CSV (stored without its final line break)
        assertThat(emulator.tables().readCsv(RoundTripRoute.TABLE)).isEqualTo(RoundTripRoute.CSV.strip());

        // Karaf's log layout writes a message's line breaks as \n (no forged log lines)
        Path log = karafHome.resolve("data/log/karaf.log");
        String logged = RoundTripRoute.LOG_PREFIX + "\\n" + RoundTripRoute.CSV.strip().replace("\n", "\\n");
        await("the downloaded table in Karaf's log", ROUTE_DONE, () -> read(log).contains(logged));
        System.out.printf("datagrok route bundle deployed and round trip done in %d ms%n", millisSince(deploy));
        assertThat(read(log)).doesNotContain(emulator.apiKey());
    }

    /** The Blueprint routes in the components' docs are the ones this test deploys. */
    @Test
    void docsShowTheDeployedBlueprints() throws IOException {
        String datagrok;
        try (InputStream in = KarafFeatureIT.class.getResourceAsStream("/OSGI-INF/blueprint/datagrok-round-trip.xml")) {
            datagrok = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(Path.of(System.getProperty("component.adoc")))).contains(blueprintElement(datagrok));
        String grafanaBlueprint = Files.readString(Path.of(System.getProperty("grafana.blueprint")));
        assertThat(Files.readString(Path.of(System.getProperty("grafana.adoc"))))
                .contains(blueprintElement(grafanaBlueprint));
    }

    private static String blueprintElement(String file) {
        return file.substring(file.indexOf("<blueprint")).strip();
    }

    private static void configure() throws IOException {
        // a fresh Karaf each run: the build unpacks the distribution again, the previous run's state goes
        deleteTree(karafHome.resolve("data"));
        sshPort = freePort();
        Path etc = karafHome.resolve("etc");
        // pax-url: the build's local repository first (this project's SNAPSHOTs are there), Maven Central for the
        // rest of camel-karaf's features (downloaded into that same local repository)
        String repo = Path.of(System.getProperty("maven.localRepository")).toAbsolutePath().toString();
        append(etc.resolve("org.ops4j.pax.url.mvn.cfg"),
                "\norg.ops4j.pax.url.mvn.localRepository=" + repo
                        + "\norg.ops4j.pax.url.mvn.repositories=https://repo1.maven.org/maven2@id=central\n");
        replaceLine(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort", "sshPort = " + sshPort);
        replaceLine(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort", "rmiRegistryPort = " + freePort());
        replaceLine(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort", "rmiServerPort = " + freePort());
        append(etc.resolve("users.properties"),
                "\nkaraf = karaf,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n");
        try (InputStream in = KarafFeatureIT.class.getResourceAsStream("/karaf-etc/org.apache.karaf.features.xml")) {
            Files.copy(in, etc.resolve("org.apache.karaf.features.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
        // where the API key goes: the ConfigAdmin PID of the Blueprint's cm:property-placeholder
        Files.writeString(etc.resolve("io.github.cameldatagrok.cfg"),
                "datagrok.url = " + emulator.baseUrl() + "\ndatagrok.api-key = " + emulator.apiKey() + "\n");
        Files.writeString(etc.resolve("io.github.cameldatagrok.grafana.cfg"),
                "grafana.url = " + grafana.baseUrl() + "\ngrafana.token = " + grafana.token() + "\n");
    }

    /** Runs shell commands through Karaf's ssh client in batch mode; returns what they printed. */
    private static String client(String... commands) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", "bin/client", "-a", String.valueOf(sshPort),
                "-u", "karaf", "-p", "karaf", "-r", "3", "-d", "2", "-b")
                .directory(karafHome.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("Karaf client did not finish: " + List.of(commands));
        }
        System.out.println("karaf> " + String.join("; ", commands) + "\n" + out);
        return out;
    }

    private static void await(String what, Duration timeout, BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (!karaf.isAlive()) {
                fail("Karaf exited while waiting for " + what + ": " + read(karafHome.resolve("karaf.out")));
            }
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting for " + what + "; Karaf's log:\n" + tail(karafHome.resolve("data/log/karaf.log")));
            }
            Thread.sleep(1000);
        }
    }

    /** The symbolic names in the output of {@code bundle:list -s} that were not in an earlier one. */
    private static Set<String> added(String before, String after) {
        Set<String> names = symbolicNames(after);
        names.removeAll(symbolicNames(before));
        return names;
    }

    private static Set<String> symbolicNames(String bundleList) {
        return bundleList.lines().filter(l -> l.contains("|"))
                .map(l -> l.substring(l.lastIndexOf('|') + 1).strip())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void assertActive(String bundleList, String symbolicName) {
        assertThat(bundleList).containsPattern(
                "Active\\s*\\|\\s*\\d+\\s*\\|[^|]*\\|\\s*" + symbolicName.replace(".", "\\.") + "\\s");
    }

    /**
     * camel-karaf found the component by its {@code META-INF/services/org/apache/camel/component/<scheme>} file and
     * offers it to every CamelContext as an OSGi ComponentResolver service, as it does for its own components.
     */
    private static void assertDiscoverable(String scheme, String bundleId) throws IOException, InterruptedException {
        assertThat(client("service:list org.apache.camel.spi.ComponentResolver"))
                .containsPattern("component = \\[" + scheme + "\\]\\s+service\\.bundleid = " + bundleId + "\\s");
    }

    /** The id of the bundle with this symbolic name in the output of {@code bundle:list -s}. */
    private static String bundleId(String bundleList, String symbolicName) {
        return bundleList.lines()
                .filter(l -> l.strip().endsWith("| " + symbolicName))
                .map(l -> l.substring(0, l.indexOf('|')).strip())
                .findFirst().orElseThrow(() -> new AssertionError(symbolicName + " not in\n" + bundleList));
    }

    private static boolean clientSays(String command, String text) {
        try {
            return client(command).contains(text);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(Path file) {
        String text = read(file);
        return text.length() > 20_000 ? text.substring(text.length() - 20_000) : text;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.APPEND);
    }

    private static void replaceLine(Path file, String key, String line) throws IOException {
        List<String> lines = Files.readAllLines(file).stream()
                .map(l -> l.matches("\\s*" + key + "\\s*=.*") ? line : l).toList();
        Files.write(file, lines);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
