package io.github.cameldatagrok.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.github.cameldatagrok.client.DatagrokClient;
import io.github.cameldatagrok.client.DatagrokClientConfig;
import io.github.cameldatagrok.component.DatagrokComponent;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * Files through the {@code datagrok:file} consumer against a running Datagrok (the emulator), for
 * {@code src/bench/file-bench.sh}; prints {@code key=value} lines.
 * <p>
 * {@code seed <baseUrl> <files> <fileBytes> <bigBytes>}: uploads the small files under {@code bench/small/} (100
 * folders) and one big file {@code bench/big/big.bin}, generated while sent.
 * <p>
 * {@code consume <baseUrl> <workDir> <files> <fileBytes> <bigBytes> <runs>}: for each folder, a route
 * {@code from("datagrok:file:System:DemoFiles/bench/<folder>")} with a fresh state reads every body to its end with a
 * 256 KiB buffer and counts the bytes (nothing is written to disk, as curl writes to /dev/null); the clock runs from
 * the route's start to the end of the poll that delivered the last file (its state written), and the counts are
 * checked. Then idle polls of the same
 * folder, with the state of the last run: requests, bytes sent and received per poll, and files emitted (must be 0),
 * counted by an HttpClient interceptor. First, Camel's own floor for the small files: the same number of
 * exchanges through an empty route of the same shape. The API key comes from {@code DATAGROK_API_KEY}.
 */
public final class FileTransferBenchmark {

    static final String CONNECTOR = "System:DemoFiles";

    private FileTransferBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("seed")) {
            seed(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
        } else {
            consume(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Long.parseLong(args[5]), Integer.parseInt(args[6]));
        }
    }

    private static void seed(String baseUrl, int files, int fileBytes, long bigBytes) throws Exception {
        try (DatagrokClient client = new DatagrokClient(DatagrokClientConfig.builder().baseUrl(baseUrl)
                .apiKey(System.getenv("DATAGROK_API_KEY")).build())) {
            long start = System.nanoTime();
            byte[] small = new byte[fileBytes];
            for (int i = 0; i < files; i++) {
                Arrays.fill(small, (byte) ('a' + i % 26));
                client.files().upload(CONNECTOR, smallPath(i), small);
            }
            client.files().upload(CONNECTOR, "bench/big/big.bin", new PatternStream(bigBytes), bigBytes);
            System.out.printf("seed.seconds=%.3f%n", (System.nanoTime() - start) / 1e9);
        }
    }

    static String smallPath(int i) {
        return String.format("bench/small/d%02d/f%05d.txt", i % 100, i);
    }

    private static void consume(String baseUrl, Path workDir, int files, int fileBytes, long bigBytes, int runs)
            throws Exception {
        HttpCounter http = new HttpCounter();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.setStreamCaching(false);
            DatagrokComponent datagrok = context.getComponent("datagrok", DatagrokComponent.class);
            datagrok.getConfiguration().setBaseUrl(baseUrl);
            datagrok.getConfiguration().setApiKey(System.getenv("DATAGROK_API_KEY"));
            datagrok.getConfiguration().setHttpClientConfigurer(http);
            context.start();
            BenchRuns.printMaxHeap();
            floor(context, files, fileBytes, runs);
            Path state = null;
            for (String folder : List.of("small", "big")) {
                long expectFiles = folder.equals("small") ? files : 1;
                long expectBytes = folder.equals("small") ? (long) files * fileBytes : bigBytes;
                Path[] last = new Path[1];
                int[] run = {0};
                // timed to the end of the poll that brought the last file (its state written): stopping the route is
                // left out (Camel's graceful stop waits in steps of a second while that poll is still ending)
                BenchRuns.measureUntil("route." + folder, runs, () -> {
                    last[0] = workDir.resolve("state-" + folder + "-" + run[0]++);
                    Counted counted = new Counted();
                    String routeId = addRoute(context, folder, last[0], "delay=3600000", counted);
                    counted.awaitPollEnd(expectFiles);
                    long end = counted.pollEnd;
                    removeRoute(context, routeId);
                    check(folder + " files", counted.files.get(), expectFiles);
                    check(folder + " bytes", counted.bytes.get(), expectBytes);
                    return end;
                });
                state = last[0];
                System.out.printf("route.%s.bytes=%d%n", folder, expectBytes);

                // idle polls: the state of the last run says everything is processed
                Counted idle = new Counted();
                http.reset();
                String routeId = addRoute(context, folder, state, "delay=50", idle);
                Thread.sleep(2000);
                removeRoute(context, routeId);
                long polls = idle.polls.get();
                System.out.printf("idle.%s.polls=%d%n", folder, polls);
                System.out.printf("idle.%s.requests=%d%n", folder, http.requests.get());
                System.out.printf("idle.%s.bytesUpPerPoll=%d%n", folder, http.bytesUp.get() / Math.max(1, polls));
                System.out.printf("idle.%s.bytesDownPerPoll=%d%n", folder, http.bytesDown.get() / Math.max(1, polls));
                System.out.printf("idle.%s.filesEmitted=%d%n", folder, idle.files.get());
                System.out.printf("idle.%s.msPerPoll=%.1f%n", folder, idle.pollNanos.get() / 1e6 / Math.max(1, polls));
            }
        }
    }

    /**
     * Camel's own floor for the small files, in the same JVM and run: {@code files} exchanges with a
     * {@code fileBytes} stream body each through a route of the same shape (one exchange per file, the same
     * counting processor) whose source costs nothing: {@code direct:}, fed from one thread. What the consumer route
     * takes beyond this is the component's (HTTP, multipart parsing, the state journal).
     */
    private static void floor(DefaultCamelContext context, int files, int fileBytes, int runs) throws Exception {
        byte[] content = new byte[fileBytes];
        Arrays.fill(content, (byte) 'f');
        org.apache.camel.ProducerTemplate template = context.createProducerTemplate();
        BenchRuns.measure("floor.small", runs, () -> {
            Counted counted = new Counted();
            String routeId = "floor-" + System.nanoTime();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:" + routeId).routeId(routeId).process(counted::count);
                }
            });
            for (int i = 0; i < files; i++) {
                template.sendBodyAndHeader("direct:" + routeId, new java.io.ByteArrayInputStream(content),
                        Exchange.FILE_NAME, smallPath(i));
            }
            removeRoute(context, routeId);
            check("floor files", counted.files.get(), files);
            return null;
        });
    }

    private static String addRoute(DefaultCamelContext context, String folder, Path state, String options,
                                   Counted counted) throws Exception {
        String routeId = "consume-" + folder + "-" + System.nanoTime();
        context.getRegistry().bind(routeId + "-polls", new org.apache.camel.spi.PollingConsumerPollStrategy() {
            @Override
            public boolean begin(org.apache.camel.Consumer consumer, org.apache.camel.Endpoint endpoint) {
                counted.polls.incrementAndGet();
                counted.pollStart = System.nanoTime();
                return true;
            }

            @Override
            public void commit(org.apache.camel.Consumer consumer, org.apache.camel.Endpoint endpoint, int n) {
                long end = System.nanoTime();
                counted.pollNanos.addAndGet(end - counted.pollStart);
                counted.pollEnd = end;
            }

            @Override
            public boolean rollback(org.apache.camel.Consumer consumer, org.apache.camel.Endpoint endpoint, int retry,
                                    Exception e) {
                e.printStackTrace();
                return false;
            }
        });
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("datagrok:file:" + CONNECTOR + "/bench/" + folder + "?initialDelay=0&" + options
                        + "&pollStrategy=#" + routeId + "-polls&workDirectory=" + state)
                        .routeId(routeId).process(counted::count);
            }
        });
        return routeId;
    }

    private static void removeRoute(DefaultCamelContext context, String routeId) throws Exception {
        context.getRouteController().stopRoute(routeId);
        context.removeRoute(routeId);
    }

    private static void check(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException(what + ": " + actual + ", expected " + expected);
        }
    }

    /** What the route saw: files and bytes, each body read to its end. */
    static final class Counted {
        final AtomicLong files = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong polls = new AtomicLong();
        final AtomicLong pollNanos = new AtomicLong();
        volatile long pollStart;
        /** When the last body counted was read to its end. */
        volatile long lastFileNanos;
        /** When the last poll ended, its state written ({@link System#nanoTime()}, set by the poll strategy). */
        volatile long pollEnd;
        private final byte[] buffer = new byte[256 * 1024];

        void count(Exchange exchange) throws IOException {
            long n = 0;
            try (InputStream in = exchange.getMessage().getBody(InputStream.class)) {
                for (int r; (r = in.read(buffer)) >= 0; ) {
                    n += r;
                }
            }
            bytes.addAndGet(n);
            lastFileNanos = System.nanoTime();
            files.incrementAndGet();
        }

        /** Until {@code expected} files are counted and the poll that brought the last one has ended. */
        void awaitPollEnd(long expected) throws InterruptedException {
            while (files.get() < expected || pollEnd - lastFileNanos < 0) {
                Thread.sleep(1);
            }
        }
    }

    /** Counts requests and the bytes of request and response bodies on the wire (not headers). */
    static final class HttpCounter implements io.github.cameldatagrok.client.DatagrokHttpClientConfigurer {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong bytesUp = new AtomicLong();
        final AtomicLong bytesDown = new AtomicLong();

        void reset() {
            requests.set(0);
            bytesUp.set(0);
            bytesDown.set(0);
        }

        @Override
        public void configureHttpClient(org.apache.hc.client5.http.impl.classic.HttpClientBuilder builder) {
            builder.addRequestInterceptorLast((request, entity, context) -> {
                requests.incrementAndGet();
                if (entity != null && entity.getContentLength() > 0) {
                    bytesUp.addAndGet(entity.getContentLength());
                }
            });
            builder.addResponseInterceptorLast((response, entity, context) -> {
                if (response instanceof ClassicHttpResponse classic && classic.getEntity() != null) {
                    classic.setEntity(new CountingEntity(classic.getEntity(), bytesDown));
                }
            });
        }
    }

    private static final class CountingEntity extends HttpEntityWrapper {
        private final AtomicLong counter;

        CountingEntity(HttpEntity wrapped, AtomicLong counter) {
            super(wrapped);
            this.counter = counter;
        }

        @Override
        public InputStream getContent() throws IOException {
            return new java.io.FilterInputStream(super.getContent()) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        counter.incrementAndGet();
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        counter.addAndGet(n);
                    }
                    return n;
                }
            };
        }
    }

    /** {@code length} bytes of a repeating pattern, made as read: a big file without a big source on disk. */
    static final class PatternStream extends InputStream {
        private final long length;
        private long position;

        PatternStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return position < length ? (int) ('A' + position++ % 26) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ('A' + (position + i) % 26);
            }
            position += n;
            return n;
        }
    }
}
