package org.pedigree.bench;

import java.util.Arrays;

/**
 * Wall-clock samples of one operation, in nanoseconds, with their percentiles (nearest rank).
 * A sample that timed out is counted apart and makes the percentiles a lower bound.
 */
final class Timings {
    private long[] nanos = new long[64];
    private long[] cpuNanos = new long[64];
    private int count;
    private int timeouts;

    void add(long sample) {
        add(sample, -1);
    }

    /** A sample with the CPU time the measuring thread spent in it (-1 when not measured). */
    void add(long sample, long cpu) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
            cpuNanos = Arrays.copyOf(cpuNanos, count * 2);
        }
        cpuNanos[count] = cpu;
        nanos[count++] = sample;
    }

    /** A sample that ran into the timeout: counted at the timeout. */
    void timedOut(long timeoutNanos) {
        timeouts++;
        add(timeoutNanos);
    }

    int count() {
        return count;
    }

    int timeouts() {
        return timeouts;
    }

    /** The {@code q} quantile (0.5 = median) of the wall-clock time in milliseconds. */
    double millis(double q) {
        return quantile(nanos, q);
    }

    /**
     * The {@code q} quantile of the thread's CPU time in milliseconds: without the time the thread
     * waited for a core (the machine is shared) or for a collection to end.
     */
    double cpuMillis(double q) {
        return cpuNanos[0] < 0 ? Double.NaN : quantile(cpuNanos, q);
    }

    private double quantile(long[] values, double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }
}
