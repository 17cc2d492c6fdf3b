package io.github.cameldatagrok.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import io.github.cameldatagrok.component.DatagrokComponent;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * Function-call round trips through a Camel route ({@code direct:call -> datagrok:call:Abs}) against a running
 * Datagrok (the emulator), for {@code src/bench/call-bench.sh}: sequentially, then with a fixed number of calls in
 * flight, fed by one thread through Camel's asynchronous routing engine. Prints {@code key=value} lines, per run:
 * seconds, p50 and p99 latency in ms, and the threads of this JVM that were busy during each phase (CPU time above 10% of
 * the phase's wall time). Every answer is checked.
 * <p>
 * Arguments: {@code <baseUrl> <calls> <inFlight> <warmupCalls> [runs]}; the API key comes from {@code DATAGROK_API_KEY}.
 */
public final class CallBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        int calls = Integer.parseInt(args[1]);
        int inFlight = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 1;

        try (DefaultCamelContext context = new DefaultCamelContext()) {
            DatagrokComponent datagrok = context.getComponent("datagrok", DatagrokComponent.class);
            datagrok.getConfiguration().setBaseUrl(baseUrl);
            datagrok.getConfiguration().setApiKey(System.getenv("DATAGROK_API_KEY"));
            // one connection per call in flight
            datagrok.getConfiguration().setConnectionsPerRoute(Math.max(inFlight, 20));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:call").to("datagrok:call:Abs");
                }
            });
            context.start();
            AsyncProducer route = context.getEndpoint("direct:call").createAsyncProducer();
            route.start();

            run(context, route, warmup, inFlight, null, 1);
            run(context, route, calls, 1, "sequential", runs);
            run(context, route, calls, inFlight, "parallel", runs);
            route.stop();
        }
    }

    /**
     * Runs a phase {@code runs} times and prints, per run, its seconds, p50 and p99 (for the scripts' median and
     * spread), and the busy threads of the busiest run.
     */
    private static void run(DefaultCamelContext context, AsyncProducer route, int calls, int inFlight, String phase,
                            int runs) throws Exception {
        double[] seconds = new double[runs];
        double[] p50 = new double[runs];
        double[] p99 = new double[runs];
        List<String> busy = List.of();
        for (int i = 0; i < runs; i++) {
            Map<Long, Long> cpuBefore = cpuTimes();
            long[] latencies = once(context, route, calls, inFlight);
            seconds[i] = latencies[calls] / 1e9;
            p50[i] = latencies[calls / 2] / 1e6;
            p99[i] = latencies[(int) Math.min(calls - 1, calls * 0.99)] / 1e6;
            List<String> threads = busyThreads(cpuBefore, seconds[i]);
            busy = threads.size() > busy.size() ? threads : busy;
        }
        if (phase == null) {
            return;
        }
        String prefix = "route." + phase;
        System.out.printf("%s.calls=%d%n", prefix, calls);
        System.out.printf("%s.inFlight=%d%n", prefix, inFlight);
        BenchRuns.print(prefix + ".runs", seconds);
        BenchRuns.print(prefix + ".p50ms.runs", p50);
        BenchRuns.print(prefix + ".p99ms.runs", p99);
        System.out.printf("%s.busyThreads=%d%n", prefix, busy.size());
        System.out.printf("%s.busyThreadNames=%s%n", prefix, String.join(",", busy));
        System.out.printf("%s.liveThreads=%d%n", prefix, THREADS.getThreadCount());
    }

    /**
     * Sends {@code calls} calls, at most {@code inFlight} at a time. Returns the sorted latencies in ns, with the
     * phase's wall time in ns as one more element at the end.
     */
    private static long[] once(DefaultCamelContext context, AsyncProducer route, int calls, int inFlight)
            throws Exception {
        long[] latencies = new long[calls + 1];
        Semaphore slots = new Semaphore(inFlight);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long start = System.nanoTime();
        for (int i = 0; i < calls && failure.get() == null; i++) {
            slots.acquire();
            int index = i;
            double x = -(i % 1000) - 0.5;
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(Map.of("x", x));
            long sent = System.nanoTime();
            route.process(exchange, doneSync -> {
                latencies[index] = System.nanoTime() - sent;
                Object body = exchange.getMessage().getBody();
                if (exchange.getException() != null) {
                    failure.compareAndSet(null, exchange.getException());
                } else if (!(body instanceof Double d) || d != -x) {
                    failure.compareAndSet(null, new IllegalStateException("Abs(" + x + ") answered " + body));
                }
                slots.release();
            });
        }
        slots.acquire(inFlight);
        long wall = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException("a call failed", failure.get());
        }
        Arrays.sort(latencies, 0, calls);
        latencies[calls] = wall;
        return latencies;
    }

    private static Map<Long, Long> cpuTimes() {
        Map<Long, Long> times = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            times.put(id, THREADS.getThreadCpuTime(id));
        }
        return times;
    }

    /** Threads that used more than 10% of one core during the phase, with their share in percent. */
    private static List<String> busyThreads(Map<Long, Long> before, double seconds) {
        List<String> busy = new ArrayList<>();
        for (long id : THREADS.getAllThreadIds()) {
            long now = THREADS.getThreadCpuTime(id);
            long used = now - before.getOrDefault(id, 0L);
            double share = used / 1e9 / seconds;
            ThreadInfo info = THREADS.getThreadInfo(id);
            if (now >= 0 && share > 0.10 && info != null) {
                busy.add(info.getThreadName() + "(" + Math.round(share * 100) + "%)");
            }
        }
        return busy;
    }
}
