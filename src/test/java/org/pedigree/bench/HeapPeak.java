package org.pedigree.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap use read from the memory pool and collector MXBeans: the peak of the heap in use after a
 * collection (what the program really holds at its fullest: the live data plus what survived that
 * collection), the heap in use after a full collection now, and the maximum heap ({@code -Xmx}).
 * Call {@link #watch()} first.
 */
final class HeapPeak {
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

    private HeapPeak() {}

    /** Starts recording the heap in use after every collection. */
    static void watch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = 0;
                        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                            MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                            if (pool.getType() == MemoryType.HEAP && after != null) {
                                used += after.getUsed();
                            }
                        }
                        PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    /** The most heap found in use right after any collection since {@link #watch()}. */
    static long peakAfterGcBytes() {
        return PEAK_AFTER_GC.get();
    }

    /** The sum of the heap pools' own peaks: an upper bound that counts garbage not yet collected. */
    static long poolPeaksBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static long liveBytesAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }
}
