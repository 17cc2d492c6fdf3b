package io.github.cameldatagrok.component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.github.cameldatagrok.client.UnsafeFileNameException;
import io.github.cameldatagrok.emulator.Fault;
import io.github.cameldatagrok.emulator.files.FileStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** datagrok:file consumer routes against the emulator over HTTP: what is emitted, when, and what is recorded. */
class FileConsumerTest extends DatagrokTestSupport {

    private static final String DEMO = FileStore.DEMO_FILES;

    @TempDir
    Path work;

    private FileStore store;
    private final Map<String, String> received = new ConcurrentHashMap<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final List<Throwable> handled = new CopyOnWriteArrayList<>();
    private final AtomicInteger pollsBegun = new AtomicInteger();

    @BeforeEach
    void seed() {
        emulator().reset();
        store = emulator().files();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("handler", (ExceptionHandler) new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                handled.add(exception);
            }

            @Override
            public void handleException(String message, Throwable exception) {
                handled.add(exception);
            }

            @Override
            public void handleException(String message, Exchange exchange, Throwable exception) {
                handled.add(exception);
            }
        });
        context.getRegistry().bind("countingPolls", (PollingConsumerPollStrategy) new PollingConsumerPollStrategy() {
            @Override
            public boolean begin(Consumer consumer, Endpoint endpoint) {
                pollsBegun.incrementAndGet();
                return true;
            }

            @Override
            public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            }

            @Override
            public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception e) {
                handled.add(e);
                return false;
            }
        });
        return context;
    }

    private String uri(String dir, String options) {
        return "datagrok:file:" + DEMO + "/" + dir + "?delay=20&initialDelay=0&exceptionHandler=#handler"
                + "&pollStrategy=#countingPolls&workDirectory=" + work + (options.isEmpty() ? "" : "&" + options);
    }

    /** A route that reads each body whole and records it by CamelFileName (body "<deleted>" for deletions). */
    private void collect(String routeId, String dir, String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(dir, options)).routeId(routeId)
                        .process(e -> {
                            byte[] body = e.getMessage().getBody(byte[].class);
                            String name = e.getMessage().getHeader(Exchange.FILE_NAME, String.class);
                            if (name != null) {
                                received.put(name, body == null ? "<deleted>" : new String(body, StandardCharsets.UTF_8));
                            }
                            exchanges.add(e.copy());
                        });
            }
        });
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private int syncRequests(String dir) {
        return emulator().requests("POST", ".*/files/sync/.*/" + dir).size();
    }

    /** Polls the condition every 10 ms; fails after the timeout. */
    private static void waitUntil(int seconds, BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(seconds)).pollInterval(Duration.ofMillis(10)).until(condition::getAsBoolean);
    }

    private void awaitPolls(int more) throws InterruptedException {
        int target = pollsBegun.get() + more;
        waitUntil(10, () -> pollsBegun.get() >= target);
    }

    @Test
    void thousandFilesAcrossNestedFoldersEachOnce() throws Exception {
        for (int i = 0; i < 1000; i++) {
            store.put(DEMO, "bulk/d" + (i % 10) + "/s" + (i % 7) + "/f" + i + ".txt", utf8("content " + i));
        }
        collect("bulk", "bulk", "");
        waitUntil(30, () -> received.size() == 1000);
        awaitPolls(3);
        assertThat(exchanges).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(received.get("d" + (i % 10) + "/s" + (i % 7) + "/f" + i + ".txt")).isEqualTo("content " + i);
        }
        Exchange one = exchanges.stream()
                .filter(e -> "d3/s0/f63.txt".equals(e.getMessage().getHeader(Exchange.FILE_NAME))).findFirst().get();
        assertThat(one.getMessage().getHeader(DatagrokConstants.FILE_PATH)).isEqualTo("bulk/d3/s0/f63.txt");
        assertThat(one.getMessage().getHeader(Exchange.FILE_NAME_ONLY)).isEqualTo("f63.txt");
        assertThat(one.getMessage().getHeader(DatagrokConstants.FILE_LENGTH)).isEqualTo(10L);
        assertThat(one.getMessage().getHeader(Exchange.FILE_LENGTH)).isEqualTo(10L);
        assertThat(one.getMessage().getHeader(DatagrokConstants.FILE_STATUS)).isEqualTo("modified");
        assertThat(one.getMessage().getHeader(DatagrokConstants.FILE_ETAG))
                .isEqualTo(store.stat(DEMO, "bulk/d3/s0/f63.txt").get().eTag());
        // the default state store: one snapshot in the work directory holding every eTag
        try (Stream<Path> files = Files.list(work)) {
            Path state = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            Map<String, Object> saved = new com.fasterxml.jackson.databind.ObjectMapper().readValue(state.toFile(),
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
            assertThat(saved).hasSize(1000).containsEntry("d3/s0/f63.txt", (Object) store.stat(DEMO, "bulk/d3/s0/f63.txt")
                    .get().eTag());
        }
        assertThat(handled).isEmpty();
    }

    @Test
    void changedUnchangedAndDeletedFiles() throws Exception {
        store.put(DEMO, "cud/a.txt", utf8("a1"));
        store.put(DEMO, "cud/b.txt", utf8("b1"));
        String cETag = store.put(DEMO, "cud/c.txt", utf8("c1")).eTag();
        collect("cud", "cud", "emitDeletes=true");
        waitUntil(10, () -> exchanges.size() == 3);
        awaitPolls(2);
        assertThat(exchanges).hasSize(3);

        exchanges.clear();
        received.clear();
        store.put(DEMO, "cud/b.txt", utf8("b2"));
        store.delete(DEMO, "cud/c.txt");
        waitUntil(10, () -> exchanges.size() == 2);
        awaitPolls(3);
        assertThat(received).containsOnly(Map.entry("b.txt", "b2"), Map.entry("c.txt", "<deleted>"));
        Exchange deleted = exchanges.stream()
                .filter(e -> "c.txt".equals(e.getMessage().getHeader(Exchange.FILE_NAME))).findFirst().get();
        assertThat(deleted.getMessage().getHeader(DatagrokConstants.FILE_STATUS)).isEqualTo("deleted");
        assertThat(deleted.getMessage().getHeader(DatagrokConstants.FILE_PATH)).isEqualTo("cud/c.txt");
        // the documented deletion exchange: no body, the path headers, the eTag last processed
        assertThat(deleted.getMessage().getBody()).isNull();
        assertThat(deleted.getMessage().getHeader(Exchange.FILE_NAME_ONLY)).isEqualTo("c.txt");
        assertThat(deleted.getMessage().getHeader(DatagrokConstants.FILE_ETAG)).isEqualTo(cETag);
        assertThat(deleted.getMessage().getHeaders()).doesNotContainKeys(DatagrokConstants.FILE_LENGTH,
                Exchange.FILE_LENGTH);

        // the last file gone: the server answers 204, still reported as a deletion
        exchanges.clear();
        received.clear();
        store.delete(DEMO, "cud/a.txt");
        store.delete(DEMO, "cud/b.txt");
        waitUntil(10, () -> exchanges.size() == 2);
        awaitPolls(3);
        assertThat(received).containsOnly(Map.entry("a.txt", "<deleted>"), Map.entry("b.txt", "<deleted>"));
    }

    /** The README's emitDeletes route, as written there but for its folders and delay. */
    @Test
    void emitDeletesRouteOfTheReadmeRoutesDeletionsApart() throws Exception {
        Path inbox = work.resolve("inbox");
        store.put(DEMO, "incoming/a.csv", utf8("a1"));
        store.put(DEMO, "incoming/sub/b.csv", utf8("b1"));
        store.put(DEMO, "incoming/skip.txt", utf8("x"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("incoming", "include=.*\\.csv&emitDeletes=true"))
                    .choice()
                        .when(header("CamelDatagrokFileStatus").isEqualTo("deleted"))
                            .log("gone from Datagrok: ${header.CamelDatagrokFilePath}")
                        .otherwise()
                            .to("file:" + inbox);
            }
        });
        waitUntil(10, () -> Files.exists(inbox.resolve("sub/b.csv")) && Files.exists(inbox.resolve("a.csv")));
        store.delete(DEMO, "incoming/a.csv");
        awaitPolls(3);
        // the deletion exchange went through the route (with to("file:") alone: "Cannot write null body" every poll)
        assertThat(handled).isEmpty();
        assertThat(Files.readString(inbox.resolve("a.csv"))).isEqualTo("a1");
        assertThat(Files.readString(inbox.resolve("sub/b.csv"))).isEqualTo("b1");
        assertThat(inbox.resolve("skip.txt")).doesNotExist();
    }

    @Test
    void failedExchangeIsRedeliveredOnTheNextPollThenRecorded() throws Exception {
        store.put(DEMO, "flaky/one.csv", utf8("id\n1\n"));
        store.put(DEMO, "flaky/two.csv", utf8("id\n2\n"));
        AtomicInteger attempts = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("flaky", "")).routeId("flaky")
                        .process(e -> {
                            String name = e.getMessage().getHeader(Exchange.FILE_NAME, String.class);
                            String body = e.getMessage().getBody(String.class);
                            if (name.equals("one.csv") && attempts.incrementAndGet() <= 2) {
                                throw new IllegalStateException("route failed on purpose");
                            }
                            received.merge(name, body, (x, y) -> x + "|" + y);
                        });
            }
        });
        waitUntil(10, () -> received.size() == 2);
        awaitPolls(3);
        assertThat(attempts).hasValue(3);
        // each delivered successfully exactly once, the failed one again on the following polls
        assertThat(received).containsOnly(Map.entry("one.csv", "id\n1\n"), Map.entry("two.csv", "id\n2\n"));
        assertThat(handled).hasSize(2).allSatisfy(e -> assertThat(rootMessage(e)).isEqualTo("route failed on purpose"));
    }

    @Test
    void restartKeepsTheStateAndAnIdlePollIsOneRequestWithoutContent() throws Exception {
        for (int i = 0; i < 5; i++) {
            store.put(DEMO, "idle/f" + i + ".bin", new byte[100_000]);
        }
        collect("idle", "idle", "");
        waitUntil(10, () -> exchanges.size() == 5);
        context.getRouteController().stopRoute("idle");

        // restarted: the work directory's state says all five are done
        emulator().clearRequests();
        pollsBegun.set(0);
        context.getRouteController().startRoute("idle");
        awaitPolls(5);
        context.getRouteController().stopRoute("idle");
        assertThat(exchanges).hasSize(5);
        assertThat(emulator().requests()).hasSize(pollsBegun.get())
                .allSatisfy(r -> assertThat(r.is("POST", ".*/files/sync/.*/idle")).isTrue());
    }

    @Test
    void idempotentRepositorySharedByTwoContextsProcessesEachFileOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            store.put(DEMO, "shared/f" + i + ".txt", utf8("v" + i));
        }
        MemoryIdempotentRepository shared = new MemoryIdempotentRepository();
        shared.setCacheSize(10_000);
        Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();
        Map<String, String> byContext = new ConcurrentHashMap<>();
        context.getRegistry().bind("shared", shared);
        java.util.function.Supplier<RouteBuilder> routes = () -> new RouteBuilder() {
            @Override
            public void configure() {
                from("datagrok:file:" + DEMO + "/shared?delay=5&initialDelay=0&idempotentRepository=#shared"
                        + "&exceptionHandler=#handler")
                        .process(e -> {
                            String name = e.getMessage().getHeader(Exchange.FILE_NAME, String.class);
                            processed.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                            byContext.put(name, e.getContext().getName());
                            // slow enough that both consumers are busy with the same answer at once
                            Thread.sleep(5);
                        });
            }
        };
        try (CamelContext second = new DefaultCamelContext()) {
            second.getCamelContextExtension().setName("second");
            DatagrokComponent datagrok = new DatagrokComponent();
            datagrok.getConfiguration().setBaseUrl(DATAGROK.baseUrl());
            datagrok.getConfiguration().setApiKey(DATAGROK.apiKey());
            second.addComponent("datagrok", datagrok);
            second.getRegistry().bind("shared", shared);
            second.getRegistry().bind("handler", context.getRegistry().lookupByName("handler"));
            second.addRoutes(routes.get());
            context.addRoutes(routes.get());
            second.start();
            waitUntil(20, () -> processed.size() == 200 || !handled.isEmpty());
            assertThat(handled).isEmpty();
            int before = syncRequests("shared");
            waitUntil(10, () -> syncRequests("shared") >= before + 6);
            assertThat(shared.getCache()).hasSize(200).containsKey(DEMO + "/shared/f7.txt@"
                    + store.stat(DEMO, "shared/f7.txt").get().eTag());
        }
        assertThat(processed).hasSize(200).allSatisfy((name, count) -> assertThat(count).hasValue(1));
        assertThat(new java.util.HashSet<>(byContext.values())).hasSize(2);
    }

    @Test
    void aFileClaimedInTheInProgressRepositoryWaitsForTheClaimAndIsRecordedDoneOnlyAfterItsExchange()
            throws Exception {
        store.put(DEMO, "claims/held.txt", utf8("held"));
        store.put(DEMO, "claims/free.txt", utf8("free"));
        String heldKey = DEMO + "/claims/held.txt@" + store.stat(DEMO, "claims/held.txt").get().eTag();
        String freeKey = DEMO + "/claims/free.txt@" + store.stat(DEMO, "claims/free.txt").get().eTag();
        MemoryIdempotentRepository inProgress = new MemoryIdempotentRepository();
        MemoryIdempotentRepository done = new MemoryIdempotentRepository();
        context.getRegistry().bind("inProgress", inProgress);
        context.getRegistry().bind("done", done);
        AtomicInteger failFree = new AtomicInteger(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("claims", "idempotentRepository=#done&inProgressRepository=#inProgress")).routeId("claims")
                        .process(e -> {
                            String name = e.getMessage().getHeader(Exchange.FILE_NAME, String.class);
                            // while the exchange runs, its file is claimed and not yet done
                            String key = DEMO + "/claims/" + name + "@"
                                    + e.getMessage().getHeader(DatagrokConstants.FILE_ETAG);
                            assertThat(inProgress.contains(key)).isTrue();
                            assertThat(done.contains(key)).isFalse();
                            if (name.equals("free.txt") && failFree.getAndDecrement() > 0) {
                                throw new IllegalStateException("first attempt fails");
                            }
                            received.put(name, e.getMessage().getBody(String.class));
                        });
            }
        });
        // another node holds held.txt
        inProgress.add(heldKey);
        waitUntil(10, () -> received.containsKey("free.txt"));
        awaitPolls(3);
        assertThat(received).containsOnlyKeys("free.txt");
        assertThat(done.getCache()).containsOnlyKeys(freeKey);
        assertThat(inProgress.getCache()).containsOnlyKeys(heldKey);
        // its claim expires (or the other node fails): now it is this node's
        inProgress.remove(heldKey);
        waitUntil(10, () -> received.containsKey("held.txt"));
        awaitPolls(3);
        assertThat(received).containsOnly(Map.entry("free.txt", "free"), Map.entry("held.txt", "held"));
        assertThat(done.getCache()).containsOnlyKeys(freeKey, heldKey);
        assertThat(inProgress.getCache()).isEmpty();
    }

    @Test
    void aRestartWithAStateRepositorySendsTheLastETagsSoNoFileComesAgain() throws Exception {
        MemoryStateRepository states = new MemoryStateRepository();
        context.getRegistry().bind("states", states);
        long[] bytes = bytesOfThreePollsIdleAndAfterARestart("restart-states", "stateRepository=#states");
        // the folder's key holds the snapshot of what was processed
        assertThat(states.getState(DEMO + "/restart-states/")).contains("\"f0199.txt\"");
        System.out.printf("restart with a stateRepository: 3 idle polls %,d bytes, 3 polls after a restart %,d bytes"
                + " (200 files of 4,000 bytes)%n", bytes[0], bytes[1]);
        // as idle as before the restart: not-modified parts only
        assertThat(bytes[1]).isLessThan(bytes[0] * 3 / 2).isLessThan(200 * 4000 / 4);
    }

    @Test
    void aRestartWithAnIdempotentRepositoryFetchesEachFileOnceAndDeliversNone() throws Exception {
        MemoryIdempotentRepository repository = new MemoryIdempotentRepository();
        context.getRegistry().bind("repo", repository);
        long[] bytes = bytesOfThreePollsIdleAndAfterARestart("restart-idempotent", "idempotentRepository=#repo");
        // keys cannot be listed: every file's content comes once (the documented cost), none is delivered again
        System.out.printf("restart with an idempotentRepository: 3 idle polls %,d bytes, 3 polls after a restart"
                + " %,d bytes (200 files of 4,000 bytes)%n", bytes[0], bytes[1]);
        assertThat(bytes[1]).isGreaterThan(200 * 4000 + bytes[0] * 2 / 3);
    }

    /** 200 files processed; the bytes the server sent for three idle polls, then for three polls after a restart. */
    private long[] bytesOfThreePollsIdleAndAfterARestart(String dir, String options) throws Exception {
        for (int i = 0; i < 200; i++) {
            store.put(DEMO, dir + "/" + String.format("f%04d.txt", i), utf8(String.valueOf((char) ('a' + i % 26))
                    .repeat(4000)));
        }
        try (ByteCountingRelay relay = new ByteCountingRelay(emulator().port())) {
            collect(dir, dir, options + "&baseUrl=" + relay.baseUrl());
            waitUntil(20, () -> exchanges.size() == 200 || !handled.isEmpty());
            awaitPolls(2);
            relay.reset();
            awaitPolls(3);
            context.getRouteController().stopRoute(dir);
            long idle = relay.bytesFromServer();
            relay.reset();
            context.getRouteController().startRoute(dir);
            awaitPolls(3);
            context.getRouteController().stopRoute(dir);
            assertThat(handled).isEmpty();
            assertThat(exchanges).hasSize(200);
            return new long[] {idle, relay.bytesFromServer()};
        }
    }

    @Test
    void anUnstartedIdempotentRepositoryIsStartedWithTheConsumerAndStoppedWithTheContext() throws Exception {
        store.put(DEMO, "life/a.txt", utf8("a"));
        store.put(DEMO, "life/b.txt", utf8("b"));
        // as a user binds it: never started by hand (its cache exists only once started)
        MemoryIdempotentRepository repository = new MemoryIdempotentRepository();
        context.getRegistry().bind("repo", repository);
        collect("life", "life", "idempotentRepository=#repo");
        waitUntil(10, () -> exchanges.size() == 2 || !handled.isEmpty());
        assertThat(handled).isEmpty();
        assertThat(received).containsOnly(Map.entry("a.txt", "a"), Map.entry("b.txt", "b"));
        assertThat(repository.isStarted()).isTrue();
        // a route restart keeps what the repository holds (other routes may share it): nothing again
        context.getRouteController().stopRoute("life");
        assertThat(repository.isStarted()).isTrue();
        context.getRouteController().startRoute("life");
        awaitPolls(3);
        assertThat(exchanges).hasSize(2);
        context.stop();
        assertThat(repository.isStarted()).isFalse();
    }

    @Test
    void anUnstartedStateRepositoryIsStartedWithTheConsumerAndStoppedWithTheContext() throws Exception {
        store.put(DEMO, "lifestate/a.txt", utf8("a"));
        store.put(DEMO, "lifestate/b.txt", utf8("b"));
        java.io.File file = work.resolve("states.txt").toFile();
        // an earlier run processed a.txt
        org.apache.camel.support.processor.state.FileStateRepository earlier
                = org.apache.camel.support.processor.state.FileStateRepository.fileStateRepository(file);
        earlier.start();
        earlier.setState(DEMO + "/lifestate/a.txt", store.stat(DEMO, "lifestate/a.txt").get().eTag());
        earlier.stop();
        // FileStateRepository reads its file only in start(): unstarted, it would hand a.txt to the route again
        org.apache.camel.support.processor.state.FileStateRepository states
                = org.apache.camel.support.processor.state.FileStateRepository.fileStateRepository(file);
        context.getRegistry().bind("states", states);
        collect("lifestate", "lifestate", "stateRepository=#states");
        waitUntil(10, () -> exchanges.size() == 1 || !handled.isEmpty());
        awaitPolls(3);
        assertThat(handled).isEmpty();
        assertThat(received).containsOnly(Map.entry("b.txt", "b"));
        assertThat(states.isStarted()).isTrue();
        context.stop();
        assertThat(states.isStarted()).isFalse();
    }

    @Test
    void stateRepositoryHoldsTheETagsAcrossRestarts() throws Exception {
        store.put(DEMO, "states/a.txt", utf8("a"));
        MemoryStateRepository states = new MemoryStateRepository();
        context.getRegistry().bind("states", states);
        collect("states", "states", "stateRepository=#states");
        waitUntil(10, () -> exchanges.size() == 1);
        awaitPolls(2);
        assertThat(states.getState(DEMO + "/states/a.txt")).isEqualTo(store.stat(DEMO, "states/a.txt").get().eTag());
        context.getRouteController().stopRoute("states");
        context.getRouteController().startRoute("states");
        awaitPolls(3);
        assertThat(exchanges).hasSize(1);
        store.put(DEMO, "states/a.txt", utf8("a2"));
        waitUntil(10, () -> exchanges.size() == 2);
        assertThat(received).containsEntry("a.txt", "a2");
    }

    @Test
    void maliciousFileNamesAreRefusedAndNothingIsWrittenOutside() throws Exception {
        Path inbox = work.resolve("inbox");
        store.put(DEMO, "evil/ok.txt", utf8("fine"));
        store.put(DEMO, "evil/../../escape.txt", utf8("escaped"));
        store.put(DEMO, "evil//tmp/absolute.txt", utf8("absolute"));
        store.put(DEMO, "evil/back\\..\\..\\slash.txt", utf8("backslash"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("evil", "")).routeId("evil").to("file:" + inbox);
            }
        });
        waitUntil(10, () -> handled.size() >= 3);
        awaitPolls(3);
        assertThat(Files.readString(inbox.resolve("ok.txt"))).isEqualTo("fine");
        try (Stream<Path> all = Files.walk(work)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> work.relativize(p).toString().replace('\\', '/')))
                    .allSatisfy(p -> assertThat(p).matches("inbox/ok.txt|file-.*\\.(json|journal)"));
        }
        assertThat(Path.of("/tmp/absolute.txt")).doesNotExist();
        // each refused once (its eTag is then sent as seen, so its content does not come again)
        assertThat(handled).hasSize(3).allSatisfy(e -> assertThat(e).isInstanceOf(UnsafeFileNameException.class));
        assertThat(handled).extracting(Throwable::getMessage).anySatisfy(m -> assertThat(m).contains("../../escape.txt"));
    }

    @Test
    void unsafeNamesBesideGoodFilesAreRefusedOnceAndTheRestIsDelivered() throws Exception {
        store.put(DEMO, "odd/good.txt", utf8("good"));
        store.put(DEMO, "odd/nul\u0000byte.txt", utf8("nul"));
        store.put(DEMO, "odd/q\"uote.csv", utf8("quote"));
        store.put(DEMO, "odd/line\nfeed.csv", utf8("lf"));
        store.put(DEMO, "odd/carriage\rreturn.csv", utf8("cr"));
        collect("odd", "odd", "");
        waitUntil(10, () -> received.containsKey("good.txt"));
        awaitPolls(4);
        assertThat(received).containsOnlyKeys("good.txt");
        assertThat(handled).hasSize(4).allSatisfy(e -> assertThat(e).isInstanceOf(UnsafeFileNameException.class));
    }

    @Test
    void droppedConnectionFailsThePollRecordsNothingAndTheNextPollDelivers() throws Exception {
        byte[] big = new byte[300_000];
        java.util.Arrays.fill(big, (byte) 'x');
        store.put(DEMO, "drop/a.bin", big);
        store.put(DEMO, "drop/b.bin", big);
        emulator().faults().add(Fault.on("POST", ".*/files/sync/.*/drop").dropConnectionAfterBytes(100_000).times(1));
        Map<String, AtomicInteger> ok = new ConcurrentHashMap<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("drop", "")).routeId("drop")
                        .process(e -> {
                            byte[] body = e.getMessage().getBody(byte[].class);
                            assertThat(body).hasSize(300_000);
                            ok.computeIfAbsent(e.getMessage().getHeader(Exchange.FILE_NAME, String.class),
                                    n -> new AtomicInteger()).incrementAndGet();
                        });
            }
        });
        waitUntil(10, () -> ok.size() == 2);
        awaitPolls(2);
        assertThat(ok).allSatisfy((name, count) -> assertThat(count).hasValue(1));
        assertThat(emulator().faults().list()).singleElement().satisfies(f -> assertThat(f.hits()).isEqualTo(1));
        // the failed exchange and the failed poll both reported; then a clean poll
        assertThat(handled).isNotEmpty();
        assertThat(syncRequests("drop")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void includeExcludeExtAndMaxMessagesPerPoll() throws Exception {
        store.put(DEMO, "filter/a.csv", utf8("a"));
        store.put(DEMO, "filter/b.CSV", utf8("b"));
        store.put(DEMO, "filter/skip-c.csv", utf8("c"));
        store.put(DEMO, "filter/d.txt", utf8("d"));
        store.put(DEMO, "filter/sub/e.csv", utf8("e"));
        collect("filter", "filter", "include=.*\\.csv&exclude=skip-.*&recursive=false&maxMessagesPerPoll=1");
        waitUntil(10, () -> exchanges.size() == 2);
        awaitPolls(3);
        assertThat(received).containsOnly(Map.entry("a.csv", "a"), Map.entry("b.CSV", "b"));
        assertThat(exchanges).extracting(e -> e.getMessage().getHeader(Exchange.FILE_NAME)).containsExactly("a.csv",
                "b.CSV");
    }

    @Test
    void deleteRemovesTheRemoteFileAfterSuccess() throws Exception {
        store.put(DEMO, "consume/a.txt", utf8("a"));
        store.put(DEMO, "consume/b.txt", utf8("b"));
        collect("consume", "consume", "delete=true&emitDeletes=true");
        waitUntil(10, () -> store.list(DEMO, "consume", true).isEmpty());
        awaitPolls(3);
        // removed by the consumer: no deletion exchange follows
        assertThat(received).containsOnly(Map.entry("a.txt", "a"), Map.entry("b.txt", "b"));
        assertThat(emulator().requests("DELETE", ".*/files/.*/consume/.*")).hasSize(2);
    }

    @Test
    void spooledBodiesOutliveThePollForRoutesThatHandThemOver() throws Exception {
        store.put(DEMO, "spool/small.txt", utf8("tiny"));
        store.put(DEMO, "spool/big.txt", utf8("x".repeat(5000)));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.Set<Path> before = partFiles(tmp);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // seda hands the message to another thread after the poll moved on: a live stream would be gone
                from(uri("spool", "spoolThreshold=100")).routeId("spool").to("seda:later");
                // merged: a file emitted again while its first exchange still runs would show up twice
                from("seda:later").delay(100).process(e -> received.merge(
                        e.getMessage().getHeader(Exchange.FILE_NAME, String.class),
                        e.getMessage().getBody(String.class), (a, b) -> a + "|" + b));
            }
        });
        waitUntil(10, () -> received.size() == 2);
        awaitPolls(10);
        assertThat(received).containsOnly(Map.entry("small.txt", "tiny"), Map.entry("big.txt", "x".repeat(5000)));
        // the big one went through a temporary file, deleted once its exchange was done
        waitUntil(5, () -> before.containsAll(partFiles(tmp)));
    }

    private static java.util.Set<Path> partFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("datagrok-part-"))
                    .collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void extIsFilteredByDatagrokAndAnIdlePollCanSendAnEmptyMessage() throws Exception {
        store.put(DEMO, "ext/a.csv", utf8("a"));
        store.put(DEMO, "ext/b.txt", utf8("b"));
        collect("ext", "ext", "ext=csv&sendEmptyMessageWhenIdle=true");
        waitUntil(10, () -> exchanges.size() >= 3);
        // the first poll emits a.csv; every later (idle) poll one empty message
        List<Exchange> seen = List.copyOf(exchanges);
        assertThat(seen.get(0).getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo("a.csv");
        assertThat(seen.subList(1, seen.size())).allSatisfy(e -> {
            assertThat(e.getMessage().getBody()).isNull();
            assertThat(e.getMessage().getHeader(DatagrokConstants.FILE_PATH)).isNull();
        });
        assertThat(received).doesNotContainKey("b.txt");
        assertThat(emulator().requests("POST", ".*/files/sync/.*/ext")).allSatisfy(r ->
                assertThat(r.query()).contains("ext=csv"));
    }

    @Test
    void badOptionsFailTheRouteBeforeAnythingIsSent() {
        assertThatThrownBy(() -> collect("bad1", "bad", "delete=true&readOnly=true"))
                .hasStackTraceContaining("readOnly=true forbids");
        assertThatThrownBy(() -> collect("bad2", "bad", "include=[oops"))
                .hasStackTraceContaining("include is not a valid regular expression");
        assertThat(emulator().requests()).isEmpty();
    }
}
