package org.apache.camel.mws.benchmarks.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap and the live thread count every 50 ms on a daemon thread and keeps their maxima, so that a
 * scenario can print its peak heap and threads next to its figures. The used heap is what the JVM reports, garbage
 * included, so the peak is an upper bound of what the scenario needed; {@link #settledHeapBytes()} gives the
 * live-set after a collection.
 */
public final class HeapProbe implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakThreads = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapProbe() {
        sampler = new Thread(this::sample, "heap-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static HeapProbe start() {
        return new HeapProbe();
    }

    private void sample() {
        while (running) {
            peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            peakThreads.accumulateAndGet(ManagementFactory.getThreadMXBean().getThreadCount(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public long peakHeapBytes() {
        return peakHeap.get();
    }

    public long peakThreads() {
        return peakThreads.get();
    }

    /** The heap in use after asking for a full collection (twice, as one may leave finalizable objects). */
    public static long settledHeapBytes() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** CPU time this JVM has used so far (all its threads), in nanoseconds; -1 when the JVM cannot tell. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Live threads now. */
    public static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    public static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
