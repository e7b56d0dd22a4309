package org.pedigree.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap use read from the collector MXBeans: the most heap in use right after a full collection
 * (the live data at its largest, among the moments measured), how many full collections the JVM
 * had to make on its own (a heap too small shows there first), the heap in use after a full
 * collection now, and the maximum heap ({@code -Xmx}). Call {@link #watch()} first.
 */
final class HeapPeak {
    private static final AtomicLong PEAK_AFTER_FULL_GC = new AtomicLong();
    private static final AtomicLong FULL_GCS_UNASKED = new AtomicLong();

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
                        if (info.getGcAction().contains("major")) {
                            PEAK_AFTER_FULL_GC.accumulateAndGet(used, Math::max);
                            if (!info.getGcCause().equals("System.gc()")) {
                                FULL_GCS_UNASKED.incrementAndGet();
                            }
                        }
                    }
                }, null, null);
            }
        }
    }

    /** The most heap in use right after a full collection: the peak of the live data that was measured. */
    static long peakAfterFullGcBytes() {
        return PEAK_AFTER_FULL_GC.get();
    }

    /** Full collections the JVM had to make (not the ones the benchmark asked for to measure). */
    static long fullCollectionsUnasked() {
        return FULL_GCS_UNASKED.get();
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
