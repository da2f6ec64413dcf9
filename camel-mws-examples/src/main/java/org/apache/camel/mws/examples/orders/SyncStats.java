package org.apache.camel.mws.examples.orders;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** How many orders were synced since start, per seller and in total. */
public final class SyncStats {

    private final Map<String, AtomicLong> perSeller = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();

    /** Counts orders written for a seller; returns the seller's count since start. */
    public long add(String sellerId, long orders) {
        total.addAndGet(orders);
        return perSeller.computeIfAbsent(sellerId, k -> new AtomicLong()).addAndGet(orders);
    }

    public long total() {
        return total.get();
    }

    public long of(String sellerId) {
        AtomicLong n = perSeller.get(sellerId);
        return n == null ? 0 : n.get();
    }
}
