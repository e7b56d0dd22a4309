package org.pedigree.bench;

import java.util.Arrays;

/**
 * Wall-clock samples of one operation, in nanoseconds, with their percentiles (nearest rank).
 * A sample that timed out is counted apart and makes the percentiles a lower bound.
 */
final class Timings {
    private long[] nanos = new long[64];
    private int count;
    private int timeouts;

    void add(long sample) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
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

    /** The {@code q} quantile (0.5 = median) in milliseconds. */
    double millis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }
}
