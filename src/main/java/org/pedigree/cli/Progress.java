package org.pedigree.cli;

import java.io.PrintWriter;

/**
 * Progress of a long run: a bar redrawn in place on a terminal, plain lines (at most every few
 * seconds) otherwise, with items per second and the time left — or, when the total is not known
 * beforehand (a negative total: records streamed from big files), the count and the rate.
 *
 * <p>The rate is measured from the first step on, over the items done since: the work behind the
 * first step began before anyone reported it (a phase reports its first chunk when it is done), so
 * counting it against the time since then gave impossible rates.
 */
final class Progress {
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;
    /** No rate is shown before this much time has passed since the first step. */
    private static final long RATE_AFTER_NANOS = 500_000_000L;
    private final PrintWriter err;
    private final boolean terminal;
    private final String what;
    private final long total;
    private long firstAt = -1;
    private long firstDone;
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
        if (firstAt < 0) {
            firstAt = now;
            firstDone = done;
        }
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
        boolean rated = now - firstAt >= RATE_AFTER_NANOS && done > firstDone;
        double rate = rated ? (done - firstDone) / ((now - firstAt) / 1e9) : 0;
        if (total < 0) {
            String numbers = String.format("%d %s", done, what) + (rated ? String.format(", %.0f/s", rate) : "");
            if (terminal) {
                err.print("\r" + numbers + "\033[K");
            } else {
                err.println("progress: " + numbers);
            }
            err.flush();
            return;
        }
        String numbers = String.format("%d/%d %s", done, total, what)
                + (rated && done < total ? String.format(", %.0f/s, ETA %ds", rate, Math.round((total - done) / rate))
                : rated ? String.format(", %.0f/s", rate) : "");
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : (int) (width * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + numbers + "\033[K");
        } else {
            err.println("progress: " + numbers);
        }
        err.flush();
    }
}
