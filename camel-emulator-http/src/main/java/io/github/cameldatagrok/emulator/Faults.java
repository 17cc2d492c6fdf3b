package io.github.cameldatagrok.emulator;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The ordered list of active faults. For each request the list is walked in order: every matching fault
 * with uses left is consumed and its latency added; the first one with an outcome (status, ApiError,
 * dropped connection) decides the request and ends the walk.
 */
public final class Faults {

    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final Set<Fault.Kind> answerable;
    private final String emulatorName;

    /** A list that takes every kind of fault. */
    public Faults() {
        this(EnumSet.allOf(Fault.Kind.class), "This emulator");
    }

    /**
     * A list for an emulator that answers only these kinds (the Grafana emulator has no ApiError form); adding
     * another kind fails at once rather than at the first matching request.
     */
    public Faults(Set<Fault.Kind> answerable, String emulatorName) {
        this.answerable = EnumSet.copyOf(answerable);
        this.answerable.add(Fault.Kind.NONE);
        this.emulatorName = Objects.requireNonNull(emulatorName, "emulatorName");
    }

    /** Adds a fault at the end of the list and returns it (keep it to read {@link Fault#hits()}). */
    public Fault add(Fault fault) {
        Objects.requireNonNull(fault, "fault");
        if (!answerable.contains(fault.kind())) {
            throw new IllegalArgumentException(emulatorName + " cannot answer a " + fault.kind() + " fault: " + fault);
        }
        faults.add(fault);
        return fault;
    }

    public boolean remove(Fault fault) {
        return faults.remove(fault);
    }

    public void clear() {
        faults.clear();
    }

    /** A snapshot of the active faults, in order. */
    public List<Fault> list() {
        return List.copyOf(faults);
    }

    /** What the faults do to this request; consumes one use of each matching fault it walks past. */
    public Plan plan(String method, String rawPath, String decodedPath) {
        if (faults.isEmpty()) {
            return Plan.NONE;
        }
        Duration latency = Duration.ZERO;
        for (Fault fault : faults) {
            if (fault.matches(method, rawPath, decodedPath) && fault.tryConsume()) {
                latency = latency.plus(fault.latencyValue());
                if (fault.kind() != Fault.Kind.NONE) {
                    return new Plan(latency, fault);
                }
            }
        }
        return latency.isZero() ? Plan.NONE : new Plan(latency, null);
    }

    /** What the faults do to one request: a delay, then maybe an outcome. */
    public record Plan(Duration latency, Fault outcome) {
        public static final Plan NONE = new Plan(Duration.ZERO, null);
    }

    @Override
    public String toString() {
        return faults.toString();
    }
}
