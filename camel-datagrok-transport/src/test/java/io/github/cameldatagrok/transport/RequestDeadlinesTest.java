package io.github.cameldatagrok.transport;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Request deadlines: due ones run on time, cancelled ones never, and requests in turn do not each wake the timer. */
class RequestDeadlinesTest {

    @Test
    void aDueDeadlineRunsAndACancelledOneNever() throws Exception {
        try (RequestDeadlines deadlines = new RequestDeadlines("test-deadlines")) {
            AtomicInteger cancelledRan = new AtomicInteger();
            deadlines.add(cancelledRan::incrementAndGet, Duration.ofMillis(50)).cancel();
            CountDownLatch due = new CountDownLatch(1);
            long start = System.nanoTime();
            deadlines.add(due::countDown, Duration.ofMillis(100));
            assertThat(due.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
            Thread.sleep(100);
            assertThat(cancelledRan).hasValue(0);
            assertThat(deadlines.pendingCount()).isZero();
        }
    }

    @Test
    void anEarlierDeadlineAddedLaterRunsAtItsOwnTime() throws Exception {
        try (RequestDeadlines deadlines = new RequestDeadlines("test-deadlines")) {
            CountDownLatch late = new CountDownLatch(1);
            CountDownLatch early = new CountDownLatch(1);
            deadlines.add(late::countDown, Duration.ofSeconds(30));
            deadlines.add(early::countDown, Duration.ofMillis(50));
            assertThat(early.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(late.getCount()).isOne();
            assertThat(deadlines.pendingCount()).isOne();
        }
    }

    @Test
    void requestsInTurnDoNotEachArmTheTimer() throws Exception {
        try (RequestDeadlines deadlines = new RequestDeadlines("test-deadlines")) {
            AtomicInteger ran = new AtomicInteger();
            for (int i = 0; i < 10_000; i++) {
                deadlines.add(ran::incrementAndGet, Duration.ofSeconds(60)).cancel();
            }
            assertThat(deadlines.timesArmed()).isOne();
            assertThat(deadlines.pendingCount()).isZero();
            assertThat(ran).hasValue(0);
        }
    }

    @Test
    void aFailingTaskDoesNotStopTheOthers() throws Exception {
        try (RequestDeadlines deadlines = new RequestDeadlines("test-deadlines")) {
            CountDownLatch second = new CountDownLatch(1);
            deadlines.add(() -> {
                throw new IllegalStateException("boom");
            }, Duration.ofMillis(20));
            deadlines.add(second::countDown, Duration.ofMillis(40));
            assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
