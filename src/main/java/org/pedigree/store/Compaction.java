package org.pedigree.store;

import java.time.Duration;
import java.util.Locale;

/** What one compaction did: the size of the database directory before and after, in bytes, and how long it took. */
public record Compaction(long bytesBefore, long bytesAfter, Duration took) {

    /** In words, for logs and the terminal: {@code 12.3 MB → 4.1 MB in 0.8 s}. */
    public String describe() {
        return Sizes.format(bytesBefore) + " → " + Sizes.format(bytesAfter) + " in " + String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }
}
