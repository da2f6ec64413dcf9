package org.apache.camel.mws.simulator.market.common;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sorted result keys of recent listing snapshots (orders by LastUpdateDate, financial events by PostedDate), so
 * that paging through a big window sorts it once. Bounded by the total number of keys held; an evicted snapshot
 * is simply computed again (it is a pure function of its query, so the pages stay identical).
 */
public final class SortedKeysCache {

    private final long maxKeys;
    private final LinkedHashMap<Object, long[]> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    public SortedKeysCache(long maxKeys) {
        this.maxKeys = maxKeys;
    }

    public long[] get(Object query, Supplier<long[]> compute) {
        synchronized (this) {
            long[] hit = entries.get(query);
            if (hit != null) {
                return hit;
            }
        }
        long[] keys = compute.get();
        synchronized (this) {
            long[] previous = entries.put(query, keys);
            if (previous != null) {
                held -= previous.length;
            }
            held += keys.length;
            Iterator<Map.Entry<Object, long[]>> it = entries.entrySet().iterator();
            while (held > maxKeys && entries.size() > 1 && it.hasNext()) {
                Map.Entry<Object, long[]> eldest = it.next();
                if (eldest.getKey().equals(query)) {
                    continue;
                }
                held -= eldest.getValue().length;
                it.remove();
            }
        }
        return keys;
    }
}
