package io.github.cameldatagrok.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What every bench class prints about a measured phase: the time of every run as {@code <prefix>.runs=a,b,c}
 * (seconds, comma separated, in run order) and the highest heap peak of any run as {@code <prefix>.peakHeapMb}.
 * The scripts compute best, median and spread from the runs in one place ({@code bench_stats} in
 * {@code src/bench/bench-lib.sh}), for the route and its baseline alike.
 */
final class BenchRuns {

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    /** One run of a phase; returns what it checked (ignored), so a lambda can end with a check. */
    @FunctionalInterface
    interface Run {
        Object call() throws Exception;
    }

    /** One run of a phase that returns when its measured work ended ({@code System.nanoTime()}), before clean-up. */
    @FunctionalInterface
    interface EndedRun {
        long call() throws Exception;
    }

    private BenchRuns() {
    }

    /** Runs a phase {@code runs} times, each from a collected heap with reset peaks, and prints its figures. */
    static double[] measure(String prefix, int runs, Run run) throws Exception {
        return measureUntil(prefix, runs, () -> {
            run.call();
            return System.nanoTime();
        });
    }

    /**
     * As {@link #measure}, timing each run from its start to the end it returns: what it does after that (stopping a
     * route, say) is left out of the figure.
     */
    static double[] measureUntil(String prefix, int runs, EndedRun run) throws Exception {
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            // start each run from a collected heap, so the peak is this run's own
            System.gc();
            HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            long end = run.call();
            seconds[i] = (end - start) / 1e9;
            cpu[i] = (processCpuNanos() - cpuStart) / 1e9;
            peak = Math.max(peak, peakHeap());
        }
        print(prefix + ".runs", seconds);
        // CPU seconds of the whole JVM (every thread, GC and JIT included) per run, clean-up included: on a loaded
        // machine the wall clock is the machine's, this stays the JVM's own work
        print(prefix + ".cpuSeconds", cpu);
        System.out.printf(Locale.ROOT, "%s.peakHeapMb=%.1f%n", prefix, peak / (1024.0 * 1024));
        return seconds;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Sum over the heap pools of their peak used bytes since the last reset (an upper bound: includes garbage). */
    static long peakHeap() {
        return HEAP.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    static void resetPeaks() {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Prints {@code key=v1,v2,...} with six decimals. */
    static void print(String key, double[] values) {
        StringJoiner joined = new StringJoiner(",");
        for (double value : values) {
            joined.add(String.format(Locale.ROOT, "%.6f", value));
        }
        System.out.println(key + "=" + joined);
    }

    static void printMaxHeap() {
        System.out.println("route.xmx.mb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
