package org.apache.camel.mws.simulator.inspect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * What the simulator answered, for tests: the most recent requests (a bounded window, so that benchmarks with
 * millions of requests do not fill the heap) and counters per outcome over every request since the last reset.
 */
public final class RequestLog {

    /** The outcome of a successful answer. */
    public static final String SUCCESS = "Success";

    private final int capacity;
    private final ArrayDeque<RequestRecord> recent;
    private final ConcurrentHashMap<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final LongAdder throttled = new LongAdder();

    /** @param capacity how many recent requests are kept (older ones only count) */
    public RequestLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Request log capacity must be at least 1");
        }
        this.capacity = capacity;
        this.recent = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    /** Records an answered request. */
    public void record(RequestRecord r) {
        total.increment();
        if (r.throttled()) {
            throttled.increment();
        }
        outcomes.computeIfAbsent(r.outcome(), k -> new LongAdder()).increment();
        synchronized (recent) {
            if (recent.size() == capacity) {
                recent.removeFirst();
            }
            recent.addLast(r);
        }
    }

    /** The recent requests, oldest first. */
    public List<RequestRecord> requests() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }

    /** The recent requests that match, oldest first. */
    public List<RequestRecord> requests(Predicate<RequestRecord> filter) {
        return requests().stream().filter(filter).toList();
    }

    /** The recent requests of one operation, oldest first. */
    public List<RequestRecord> requests(String section, String action) {
        return requests(r -> section.equals(r.section()) && action.equals(r.action()));
    }

    /** How many requests had this outcome ({@link #SUCCESS} or an error code) since the last reset. */
    public long count(String outcome) {
        LongAdder a = outcomes.get(outcome);
        return a == null ? 0 : a.sum();
    }

    /** Counts per outcome since the last reset, sorted by outcome. */
    public Map<String, Long> countsByOutcome() {
        Map<String, Long> result = new TreeMap<>();
        outcomes.forEach((k, v) -> result.put(k, v.sum()));
        return result;
    }

    /** Requests answered since the last reset. */
    public long total() {
        return total.sum();
    }

    /** Requests refused with RequestThrottled or QuotaExceeded since the last reset. */
    public long throttled() {
        return throttled.sum();
    }

    /** Forgets every request and counter. */
    public void reset() {
        synchronized (recent) {
            recent.clear();
        }
        outcomes.clear();
        total.reset();
        throttled.reset();
    }
}
