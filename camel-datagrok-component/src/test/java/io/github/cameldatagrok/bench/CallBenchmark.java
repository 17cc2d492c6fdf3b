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
 * flight, fed by one thread through Camel's asynchronous routing engine. Prints {@code key=value} lines: calls/s,
 * p50 and p99 latency in ms, and the threads of this JVM that were busy during each phase (CPU time above 10% of
 * the phase's wall time). Every answer is checked.
 * <p>
 * Arguments: {@code <baseUrl> <calls> <inFlight> <warmupCalls>}; the API key comes from {@code DATAGROK_API_KEY}.
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

            run(context, route, warmup, inFlight, null);
            run(context, route, calls, 1, "sequential");
            run(context, route, calls, inFlight, "parallel");
            route.stop();
        }
    }

    /** Sends {@code calls} calls, at most {@code inFlight} at a time, and prints the phase's figures. */
    private static void run(DefaultCamelContext context, AsyncProducer route, int calls, int inFlight, String phase)
            throws Exception {
        long[] latencies = new long[calls];
        Semaphore slots = new Semaphore(inFlight);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Map<Long, Long> cpuBefore = cpuTimes();
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
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("a call failed", failure.get());
        }
        if (phase == null) {
            return;
        }
        List<String> busy = busyThreads(cpuBefore, seconds);
        Arrays.sort(latencies);
        System.out.printf("route.%s.calls=%d%n", phase, calls);
        System.out.printf("route.%s.inFlight=%d%n", phase, inFlight);
        System.out.printf("route.%s.callsPerSecond=%.0f%n", phase, calls / seconds);
        System.out.printf("route.%s.p50ms=%.3f%n", phase, latencies[calls / 2] / 1e6);
        System.out.printf("route.%s.p99ms=%.3f%n", phase, latencies[(int) Math.min(calls - 1, calls * 0.99)] / 1e6);
        System.out.printf("route.%s.busyThreads=%d%n", phase, busy.size());
        System.out.printf("route.%s.busyThreadNames=%s%n", phase, String.join(",", busy));
        System.out.printf("route.%s.liveThreads=%d%n", phase, THREADS.getThreadCount());
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
