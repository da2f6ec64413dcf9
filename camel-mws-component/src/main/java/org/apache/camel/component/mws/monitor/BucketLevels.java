package org.apache.camel.component.mws.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import org.apache.camel.component.mws.catalog.Operation;
import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsTransportListener;
import org.apache.camel.component.mws.transport.RequestPacer;

/**
 * The throttling buckets the component's requests went through, and how full each is now (read from the component's
 * {@link RequestPacer}). Learns the buckets from the transport ({@link #onPermit}); tracks at most
 * {@link #MAX_TRACKED} of them so that a JVM serving very many sellers keeps bounded memory.
 */
public final class BucketLevels implements MwsTransportListener {

    /** The most buckets tracked. */
    public static final int MAX_TRACKED = 10_000;

    /**
     * A bucket and its level.
     *
     * @param key       host, seller, developer and bucket name
     * @param operation the published limits of the bucket (of the operation that used it first)
     * @param available units available now; NaN when the pacer keeps no buckets (throttling off)
     */
    public record Level(BucketKey key, Operation operation, double available) {
    }

    private final Supplier<RequestPacer> pacer;
    private final ConcurrentMap<BucketKey, MwsCall> buckets = new ConcurrentHashMap<>();

    /**
     * @param pacer the component's pacer (read at each look, it may be replaced before the endpoints start)
     */
    public BucketLevels(Supplier<RequestPacer> pacer) {
        this.pacer = pacer;
    }

    /**
     * @return the bucket of a call, or null when Amazon published no quota for its operation
     */
    public static BucketKey keyOf(MwsCall call) {
        Operation op = call.operation();
        return op == null ? null : new BucketKey(call.host(), call.sellerId(), call.accessKeyId(), op.bucket());
    }

    @Override
    public void onPermit(MwsCall call, Duration waited) {
        BucketKey key = keyOf(call);
        if (key != null && buckets.size() < MAX_TRACKED) {
            buckets.putIfAbsent(key, call);
        }
    }

    /**
     * @return the units the bucket of the call holds now, NaN when unknown
     */
    public double available(MwsCall call) {
        return pacer.get().availableUnits(call);
    }

    /**
     * @return every tracked bucket with its level, by host, seller and bucket name
     */
    public List<Level> levels() {
        List<Level> levels = new ArrayList<>(buckets.size());
        buckets.forEach((key, call) -> levels.add(new Level(key, call.operation(), available(call))));
        levels.sort(Comparator.comparing((Level l) -> l.key().host()).thenComparing(l -> l.key().sellerId())
                .thenComparing(l -> l.key().bucket()));
        return levels;
    }
}
