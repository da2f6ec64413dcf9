package org.apache.camel.mws.benchmarks.support;

import java.time.Instant;
import java.util.Arrays;

import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.component.mws.throttle.BucketSpec;
import org.apache.camel.component.mws.throttle.QuotaHeaders;
import org.apache.camel.component.mws.throttle.ThrottleClock;
import org.apache.camel.component.mws.throttle.ThrottleStore;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsResponseHead;
import org.apache.camel.component.mws.transport.RequestPacer;

/**
 * Times every request of a scenario where each seller is synced on a thread of its own: when the request asked
 * the pacer for a permit, the slot the pacer computed for it, when its thread woke up with the permit, and when its
 * answer came. Wraps both the component's pacer (for the hooks around a send) and its throttle store (for the
 * delay the pacer computed), so nothing in the component changes. A seller's thread calls {@link #begin} first;
 * calls on other threads are not recorded.
 */
public final class RequestTimeline {

    /** The requests of one seller, in the order they were sent (re-sends included). */
    public static final class Trace {
        private long[] asked = new long[16];
        private long[] slot = new long[16];
        private long[] permitted = new long[16];
        private long[] answered = new long[16];
        private int count;

        public int requests() {
            return count;
        }

        /** When request {@code i} asked for its permit (System.nanoTime()). */
        public long asked(int i) {
            return asked[i];
        }

        /** The slot the pacer gave request {@code i} (asked time plus the computed delay). */
        public long slot(int i) {
            return slot[i];
        }

        /** When request {@code i}'s thread had its permit and went on to lease a connection. */
        public long permitted(int i) {
            return permitted[i];
        }

        /** When request {@code i}'s answer came (its head, before the body was read). */
        public long answered(int i) {
            return answered[i];
        }

        private void ask(long now) {
            if (count == asked.length) {
                asked = Arrays.copyOf(asked, count * 2);
                slot = Arrays.copyOf(slot, count * 2);
                permitted = Arrays.copyOf(permitted, count * 2);
                answered = Arrays.copyOf(answered, count * 2);
            }
            asked[count] = now;
            slot[count] = now;
            count++;
        }
    }

    private final ThreadLocal<Trace> current = new ThreadLocal<>();

    /** Records the requests the calling thread sends from now on into {@code trace}. */
    public void begin(Trace trace) {
        current.set(trace);
    }

    /** Wraps the component's throttle store to see the delay the pacer computes for each request. */
    public ThrottleStore store(ThrottleStore store) {
        return new ThrottleStore() {
            @Override
            public ThrottleClock clock() {
                return store.clock();
            }

            @Override
            public long reserve(BucketKey key, BucketSpec spec, int cost, long now, long maxWaitNanos, long guardNanos) {
                long delay = store.reserve(key, spec, cost, now, maxWaitNanos, guardNanos);
                Trace t = current.get();
                if (t != null && t.count > 0 && delay >= 0) {
                    // the store's clock is System.nanoTime() (the in-memory store's default)
                    t.slot[t.count - 1] = now + delay;
                }
                return delay;
            }

            @Override
            public void release(BucketKey key, BucketSpec spec, int cost, long slot) {
                store.release(key, spec, cost, slot);
            }

            @Override
            public void answered(BucketKey key, BucketSpec spec, long slot, long answeredAt) {
                store.answered(key, spec, slot, answeredAt);
            }

            @Override
            public void drain(BucketKey key, BucketSpec spec, long now) {
                store.drain(key, spec, now);
            }

            @Override
            public void quotaExceeded(BucketKey key, BucketSpec spec, long now, Instant resetsOn) {
                store.quotaExceeded(key, spec, now, resetsOn);
            }

            @Override
            public void learn(BucketKey key, BucketSpec spec, long now, QuotaHeaders headers) {
                store.learn(key, spec, now, headers);
            }

            @Override
            public double availableUnits(BucketKey key, BucketSpec spec, long now) {
                return store.availableUnits(key, spec, now);
            }

            @Override
            public int size() {
                return store.size();
            }

            @Override
            public int evictIdle() {
                return store.evictIdle();
            }

            @Override
            public void close() {
                store.close();
            }
        };
    }

    /** Wraps the component's pacer to time the permit and the answer of each request. */
    public RequestPacer pacer(RequestPacer pacer) {
        return new RequestPacer() {
            @Override
            public void beforeSend(MwsCall call) throws InterruptedException {
                Trace t = current.get();
                if (t != null) {
                    t.ask(System.nanoTime());
                }
                pacer.beforeSend(call);
                if (t != null) {
                    t.permitted[t.count - 1] = System.nanoTime();
                }
            }

            @Override
            public void afterResponse(MwsCall call, MwsResponseHead response) {
                Trace t = current.get();
                if (t != null && t.count > 0) {
                    t.answered[t.count - 1] = System.nanoTime();
                }
                pacer.afterResponse(call, response);
            }

            @Override
            public boolean onThrottled(MwsCall call, MwsThrottledException exception) throws InterruptedException {
                return pacer.onThrottled(call, exception);
            }

            @Override
            public double availableUnits(MwsCall call) {
                return pacer.availableUnits(call);
            }
        };
    }
}
