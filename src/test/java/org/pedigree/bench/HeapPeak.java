package org.pedigree.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap use read from the memory pool MXBeans: the peak since start (or the last {@link #reset()}),
 * summed over the heap pools — an upper bound of the true peak, since the pools peak at different
 * moments — and the heap in use after a full collection (what the data held in memory needs).
 */
final class HeapPeak {
    private HeapPeak() {}

    static long peakBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long liveBytesAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }
}
