package io.github.cameldatagrok.transport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The total deadlines of requests in flight, on one timer thread that is not woken for every request. A
 * {@code ScheduledThreadPoolExecutor} task per request woke its thread each time (a request's task became the head of
 * a queue its predecessor had just left, so the thread re-armed its wait: a context switch per sequential call). Here
 * a deadline later than the timer's next wake-up is only recorded; the timer runs what is due when it wakes and then
 * sleeps until the earliest deadline left. A request that ends cancels its deadline without touching the timer.
 * Thread-safe.
 */
final class RequestDeadlines implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RequestDeadlines.class);

    private final ScheduledThreadPoolExecutor timer;
    private final AtomicLong sequence = new AtomicLong();
    /** Deadlines not yet due or cancelled, earliest first; guarded by {@code this}. */
    private final TreeSet<Deadline> pending = new TreeSet<>();
    /** The timer's next wake-up, null when it is not armed; guarded by {@code this}. */
    private ScheduledFuture<?> wake;
    private long wakeAt;

    RequestDeadlines(String threadName) {
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** One request's deadline; {@link #cancel()} it when the request ends. */
    final class Deadline implements Comparable<Deadline> {
        private final long at;
        private final long order;
        private final Runnable task;

        private Deadline(long at, long order, Runnable task) {
            this.at = at;
            this.order = order;
            this.task = task;
        }

        /** The request ended first: its task never runs. */
        void cancel() {
            synchronized (RequestDeadlines.this) {
                pending.remove(this);
            }
        }

        @Override
        public int compareTo(Deadline other) {
            int byTime = Long.compare(at - other.at, 0);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    /** Runs {@code task} on the timer thread once {@code delay} has passed, unless cancelled first. */
    Deadline add(Runnable task, Duration delay) {
        long now = System.nanoTime();
        Deadline deadline = new Deadline(now + Math.max(0, delay.toNanos()), sequence.incrementAndGet(), task);
        synchronized (this) {
            pending.add(deadline);
            if (wake == null || deadline.at - wakeAt < 0) {
                arm(deadline.at, now);
            }
        }
        return deadline;
    }

    private void arm(long at, long now) {
        if (wake != null) {
            wake.cancel(false);
        }
        wakeAt = at;
        wake = timer.schedule(this::runDue, Math.max(0, at - now), TimeUnit.NANOSECONDS);
    }

    /** On the timer thread: runs the deadlines that are due, then sleeps until the next one (if any). */
    private void runDue() {
        List<Runnable> due = new ArrayList<>();
        synchronized (this) {
            // an add() may have armed another wake-up while this one was starting: cancel it, so that one wake-up
            // stays armed (re-armed below), not two chains of them
            if (wake != null) {
                wake.cancel(false);
                wake = null;
            }
            long now = System.nanoTime();
            while (!pending.isEmpty() && pending.first().at - now <= 0) {
                due.add(pending.pollFirst().task);
            }
            if (!pending.isEmpty()) {
                arm(pending.first().at, now);
            }
        }
        for (Runnable task : due) {
            try {
                task.run();
            } catch (RuntimeException e) {
                // one request's cancellation failing must not stop the deadlines of the others
                LOG.warn("A request deadline's task failed: {}", e.toString());
            }
        }
    }

    /** Deadlines still pending (for tests). */
    synchronized int pendingCount() {
        return pending.size();
    }

    /** How often the timer thread was armed so far (for tests: not once per request). */
    long timesArmed() {
        return timer.getTaskCount();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (this) {
            pending.clear();
            wake = null;
        }
    }
}
