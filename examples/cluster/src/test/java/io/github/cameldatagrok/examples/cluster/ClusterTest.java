package io.github.cameldatagrok.examples.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import io.github.cameldatagrok.examples.sales.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three Camel Main JVMs on one Datagrok folder, against a real ZooKeeper (its own JVM), a real PostgreSQL
 * (setup-postgres.sh) and the Datagrok emulator (this JVM, over HTTP): one active poller with failover under kill -9,
 * the files split between nodes without a leader, and a dead node's claim taken over once it expires.
 */
class ClusterTest {

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer(Path.of("../sales-dashboard/setup-postgres.sh"));
    @RegisterExtension
    static final ZooKeeperServer ZOOKEEPER = new ZooKeeperServer();

    private static final int MAX_MESSAGES_PER_POLL = 20;
    private static final long CLAIM_MAX_AGE_MILLIS = 10_000;
    private static final long CLAIM_KEEP_ALIVE_MILLIS = 2_000;
    private static final Path LOGS = Path.of("target/cluster-logs");
    /** 20 ms of work per file (run.sh's nodes take 100 ms): enough for kills to land mid-exchange. */
    private static final Map<String, String> QUICK_WORK = Map.of("cluster.process-millis", "20");

    private static DatagrokEmulator datagrok;
    private final List<Jvm> nodes = new ArrayList<>();

    @BeforeAll
    static void startDatagrokAndCreateTheTable() throws SQLException {
        datagrok = DatagrokEmulator.builder().port(0).build().start();
        try (Connection db = DriverManager.getConnection(POSTGRES.superuserJdbcUrl());
             Statement sql = db.createStatement()) {
            // camel-sql's table, with room for long keys ({connector}/{path}@{eTag}; camel-sql creates 100 chars)
            sql.execute("CREATE TABLE IF NOT EXISTS CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255),"
                    + " messageId VARCHAR(1000), createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))");
        }
    }

    @AfterAll
    static void stopDatagrok() {
        if (datagrok != null) {
            datagrok.close();
        }
    }

    @AfterEach
    void killNodes() throws InterruptedException {
        for (Jvm node : nodes) {
            node.kill();
        }
    }

    @Test
    void oneActivePollerFailsOverUnderKillMinusNineAndNoFileIsLost() throws Exception {
        int files = 300;
        int kills = 3;
        ClusterEmulator.seed(datagrok.files(), "failover", files);
        Path outbox = Files.createTempDirectory(Path.of("target"), "outbox-failover-");
        for (int i = 1; i <= 3; i++) {
            nodes.add(startNode("node-" + i, "master", "failover", outbox, QUICK_WORK));
        }
        long started = System.currentTimeMillis();
        List<Long> failovers = new ArrayList<>();
        for (int kill = 1; kill <= kills; kill++) {
            int progress = kill * files / (kills + 1);
            waitUntil(120, () -> delivered(outbox).size() >= progress);
            Jvm leader = latestPoller();
            long killedAt = System.currentTimeMillis();
            leader.kill();
            nodes.remove(leader);
            waitUntil(60, () -> firstPollAfter(killedAt) > 0);
            failovers.add(firstPollAfter(killedAt) - killedAt);
            // the killed node comes back as a follower
            nodes.add(startNode(leader.name(), "master", "failover", outbox, QUICK_WORK));
        }
        waitUntil(180, () -> delivered(outbox).size() == files && claims("failover") == 0);
        long took = System.currentTimeMillis() - started;

        Map<String, Integer> deliveries = delivered(outbox);
        int duplicates = deliveries.values().stream().mapToInt(n -> n - 1).sum();
        System.out.printf("failover: files=%d kills=%d lost=%d duplicates=%d (bound %d: one exchange in flight per"
                        + " kill, at most maxMessagesPerPoll=%d) failover ms=%s run ms=%d%n", files, kills,
                files - deliveries.size(), duplicates, kills, MAX_MESSAGES_PER_POLL, failovers, took);
        assertThat(deliveries).hasSize(files);
        assertThat(duplicates).isLessThanOrEqualTo(kills);
        assertEveryVisibleFileIsWhole(outbox);
        assertThat(done("failover")).isEqualTo(files);
        // the next leader's first poll comes once the dead leader's ZooKeeper session (4 s) has expired
        assertThat(failovers).allSatisfy(ms -> assertThat(ms).isBetween(1_000L, 30_000L));
    }

    @Test
    void withoutALeaderEveryNodeTakesPartAndEachFileIsProcessedOnce() throws Exception {
        int files = 300;
        ClusterEmulator.seed(datagrok.files(), "split", files);
        Path outbox = Files.createTempDirectory(Path.of("target"), "outbox-split-");
        for (int i = 1; i <= 3; i++) {
            nodes.add(startNode("node-" + i, "split", "split", outbox, QUICK_WORK));
        }
        waitUntil(180, () -> delivered(outbox).size() == files && claims("split") == 0);
        Map<String, Integer> deliveries = delivered(outbox);
        Map<String, Integer> byNode = byNode(outbox);
        System.out.println("split: files=" + files + " deliveries by node=" + byNode);
        assertThat(deliveries).hasSize(files).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1));
        assertThat(byNode).containsOnlyKeys("node-1", "node-2", "node-3")
                .allSatisfy((node, count) -> assertThat(count).isPositive());
        assertEveryVisibleFileIsWhole(outbox);
        assertThat(done("split")).isEqualTo(files);
    }

    @Test
    void aFileClaimedByAKilledNodeIsProcessedByAnotherOnceTheClaimExpires() throws Exception {
        ClusterEmulator.seed(datagrok.files(), "orphan", 5);
        String stuck = ClusterEmulator.fileName(2);
        Path outbox = Files.createTempDirectory(Path.of("target"), "outbox-orphan-");
        Jvm holder = startNode("node-1", "split", "orphan", outbox, Map.of("cluster.stuck-file", stuck));
        nodes.add(holder);
        // the holder's poll thread is stuck in f0002's exchange, holding its claim
        waitUntil(60, () -> delivered(outbox).size() == 2 && claims("orphan") == 1);
        Jvm other = startNode("node-2", "split", "orphan", outbox, Map.of());
        nodes.add(other);
        // alive, the holder keeps its claim fresh: the other node polls past the claim's max age and leaves it
        waitUntil(60, () -> delivered(outbox).size() == 4);
        long firstPoll = System.currentTimeMillis();
        waitUntil(60, () -> System.currentTimeMillis() - firstPoll > CLAIM_MAX_AGE_MILLIS + CLAIM_KEEP_ALIVE_MILLIS);
        assertThat(delivered(outbox)).doesNotContainKey(stuck);
        long killedAt = System.currentTimeMillis();
        holder.kill();
        nodes.remove(holder);
        waitUntil(60, () -> delivered(outbox).containsKey(stuck) && claims("orphan") == 0);
        long takenOver = System.currentTimeMillis() - killedAt;
        System.out.println("orphan claim: taken over " + takenOver + " ms after the kill (claim max age "
                + CLAIM_MAX_AGE_MILLIS + " ms, keep-alive " + CLAIM_KEEP_ALIVE_MILLIS + " ms)");
        assertThat(byNode(outbox)).containsOnly(Map.entry("node-1", 2), Map.entry("node-2", 3));
        assertThat(delivered(outbox)).hasSize(5).allSatisfy((name, count) -> assertThat(count).isEqualTo(1));
        // not before the claim's age ran out, and soon after (a poll of 250 ms, a few seconds of slack)
        assertThat(takenOver).isBetween(CLAIM_MAX_AGE_MILLIS - CLAIM_KEEP_ALIVE_MILLIS,
                CLAIM_MAX_AGE_MILLIS + 10_000);
    }

    @Test
    void aTablePolledBySeveralNodesIsEmittedByEachUnlessUnderMaster() throws Exception {
        datagrok.tables().put("Admin:Cluster:Orders", "id,amount\n1,10\n");
        Map<String, java.util.concurrent.atomic.AtomicInteger> bare = tableEmits("bare", false);
        Map<String, java.util.concurrent.atomic.AtomicInteger> master = tableEmits("master", true);
        System.out.println("table: emits per context without master " + bare + ", under master " + master);
        // without master: both contexts emit the same version; under master: one context emits it, once
        assertThat(bare).allSatisfy((context, emits) -> assertThat(emits).hasValue(1));
        assertThat(master.values().stream().mapToInt(java.util.concurrent.atomic.AtomicInteger::get).sum())
                .isEqualTo(1);
    }

    /** Two CamelContexts polling one table (each emit counted), with or without master: and ZooKeeper. */
    private Map<String, java.util.concurrent.atomic.AtomicInteger> tableEmits(String name, boolean master)
            throws Exception {
        Map<String, java.util.concurrent.atomic.AtomicInteger> emits = new java.util.concurrent.ConcurrentHashMap<>();
        List<org.apache.camel.CamelContext> contexts = new ArrayList<>();
        try {
            for (String id : List.of(name + "-a", name + "-b")) {
                org.apache.camel.impl.DefaultCamelContext context = new org.apache.camel.impl.DefaultCamelContext();
                io.github.cameldatagrok.component.DatagrokComponent component
                        = new io.github.cameldatagrok.component.DatagrokComponent();
                component.getConfiguration().setBaseUrl(datagrok.baseUrl());
                component.getConfiguration().setApiKey(datagrok.apiKey());
                context.addComponent("datagrok", component);
                if (master) {
                    org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService zookeeper
                            = new org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService();
                    zookeeper.setId(id);
                    zookeeper.setNodes(ZOOKEEPER.connectString());
                    zookeeper.setBasePath("/camel/tables");
                    zookeeper.setSessionTimeout(4000);
                    context.addService(zookeeper);
                }
                String table = "datagrok:table:Admin:Cluster:Orders?delay=200&initialDelay=0";
                emits.put(id, new java.util.concurrent.atomic.AtomicInteger());
                context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                    @Override
                    public void configure() {
                        from(master ? "master:datagrok-table:" + table : table)
                                .process(e -> emits.get(id).incrementAndGet());
                    }
                });
                context.start();
                contexts.add(context);
            }
            // both polling (or one leading) for a while: the unchanged table is not emitted again
            waitUntil(60, () -> emits.values().stream().mapToInt(java.util.concurrent.atomic.AtomicInteger::get)
                    .sum() >= (master ? 1 : 2));
            Thread.sleep(3000);
            return emits;
        } finally {
            for (org.apache.camel.CamelContext context : contexts) {
                context.close();
            }
        }
    }

    private Jvm startNode(String node, String mode, String folder, Path outbox, Map<String, String> extra)
            throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("camel.component.datagrok.base-url", datagrok.baseUrl());
        properties.put("camel.component.datagrok.api-key", datagrok.apiKey());
        properties.put("cluster.node", node);
        properties.put("cluster.mode", mode);
        properties.put("cluster.name", folder);
        properties.put("cluster.folder", ClusterEmulator.CONNECTOR + "/" + folder);
        properties.put("cluster.outbox", outbox.toAbsolutePath().toString());
        properties.put("cluster.zookeeper", ZOOKEEPER.connectString());
        properties.put("cluster.jdbc-url", POSTGRES.superuserJdbcUrl());
        properties.put("cluster.max-messages-per-poll", Integer.toString(MAX_MESSAGES_PER_POLL));
        properties.put("cluster.claim-max-age-millis", Long.toString(CLAIM_MAX_AGE_MILLIS));
        properties.put("cluster.claim-keep-alive-millis", Long.toString(CLAIM_KEEP_ALIVE_MILLIS));
        properties.putAll(extra);
        return Jvm.start(node, LOGS.resolve(folder), properties, ClusterNode.class.getName());
    }

    /** Delivered file -> how many times, from the outbox's visible files ({@code name~node~exchange}). */
    private static Map<String, Integer> delivered(Path outbox) {
        Map<String, Integer> counts = new TreeMap<>();
        visible(outbox).forEach(p -> counts.merge(p.getFileName().toString().split("~")[0], 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> byNode(Path outbox) {
        Map<String, Integer> counts = new TreeMap<>();
        visible(outbox).forEach(p -> counts.merge(p.getFileName().toString().split("~")[1], 1, Integer::sum));
        return counts;
    }

    private static List<Path> visible(Path outbox) {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** No file half-written: every visible file has its whole content (a killed node leaves only temp names). */
    private static void assertEveryVisibleFileIsWhole(Path outbox) throws IOException {
        for (Path file : visible(outbox)) {
            int index = Integer.parseInt(file.getFileName().toString().substring(1, 5));
            assertThat(Files.readAllBytes(file)).as(file.toString()).isEqualTo(ClusterEmulator.content(index));
        }
    }

    /** The node that polled last: the leader. */
    private Jvm latestPoller() {
        Jvm latest = null;
        long at = 0;
        for (Jvm node : nodes) {
            for (long poll : polls(node)) {
                if (poll > at) {
                    at = poll;
                    latest = node;
                }
            }
        }
        assertThat(latest).as("a node that polls").isNotNull();
        return latest;
    }

    private long firstPollAfter(long millis) {
        return nodes.stream().flatMap(n -> polls(n).stream()).filter(t -> t > millis).min(Long::compare).orElse(0L);
    }

    private static List<Long> polls(Jvm node) {
        List<Long> polls = new ArrayList<>();
        for (String line : node.lines()) {
            if (line.startsWith("POLL ")) {
                polls.add(Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        return polls;
    }

    /**
     * Claims of files not done: a file being processed, or left by a dead node and not yet taken over. (A node killed
     * between recording a file done and releasing its claim leaves a claim on a done file, which no one asks for.)
     */
    private static int claims(String name) {
        try (Connection db = DriverManager.getConnection(POSTGRES.superuserJdbcUrl());
             var query = db.prepareStatement("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED c WHERE processorName = ?"
                     + " AND NOT EXISTS (SELECT 1 FROM CAMEL_MESSAGEPROCESSED d WHERE d.processorName = ?"
                     + " AND d.messageId = c.messageId)")) {
            query.setString(1, name + "-claims");
            query.setString(2, name + "-done");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int done(String name) {
        return count(name + "-done");
    }

    private static int count(String processorName) {
        try (Connection db = DriverManager.getConnection(POSTGRES.superuserJdbcUrl());
             var query = db.prepareStatement("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ?")) {
            query.setString(1, processorName);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitUntil(int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            boolean died = nodes.stream().anyMatch(n -> !n.process().isAlive());
            if (died || System.currentTimeMillis() > deadline) {
                Map<String, List<String>> tails = new HashMap<>();
                for (Jvm node : nodes) {
                    node.dumpThreads();
                    List<String> lines = node.lines().stream().filter(l -> !l.startsWith("POLL ")).toList();
                    tails.put(node.name(), lines.subList(Math.max(0, lines.size() - 30), lines.size()));
                }
                throw new AssertionError((died ? "a node died" : "condition not met within " + seconds + " s")
                        + "; nodes: " + tails);
            }
            Thread.sleep(100);
        }
    }
}
