package org.pedigree.cli;

import java.io.PrintWriter;

/**
 * Progress of a long run: a bar redrawn in place on a terminal, plain lines (at most every few
 * seconds) otherwise, with items per second and the time left — or, when the total is not known
 * beforehand (a negative total: records streamed from big files), the count and the rate.
 */
final class Progress {
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;
    private final PrintWriter err;
    private final boolean terminal;
    private final String what;
    private final long total;
    private final long start = System.nanoTime();
    private long lastShown;
    private long done;

    Progress(PrintWriter err, boolean terminal, String what, long total) {
        this.err = err;
        this.terminal = terminal;
        this.what = what;
        this.total = total;
    }

    void step(long items) {
        done += items;
        long now = System.nanoTime();
        if (terminal && now - lastShown > 100_000_000L || !terminal && now - lastShown > LINE_EVERY_NANOS || done == total) {
            lastShown = now;
            show(now);
        }
    }

    void finish() {
        if (terminal) {
            err.print("\r\033[K");
        }
        err.flush();
    }

    private void show(long now) {
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = done / seconds;
        if (total < 0) {
            String numbers = String.format("%d %s, %.0f/s", done, what, rate);
            if (terminal) {
                err.print("\r" + numbers);
            } else {
                err.println("progress: " + numbers);
            }
            err.flush();
            return;
        }
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        String numbers = String.format("%d/%d %s, %.0f/s, ETA %ds", done, total, what, rate, left);
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : (int) (width * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + numbers);
        } else {
            err.println("progress: " + numbers);
        }
        err.flush();
    }
}
