package org.apache.camel.component.mws.cluster;

import java.io.Serial;
import java.util.Map;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;

import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.component.mws.throttle.BucketState;

/**
 * {@link BucketState#availableUnits(long)} read on the member owning the bucket: only the number travels, and
 * being {@link ReadOnly} it neither creates nor writes an entry (so it costs no backup and does not keep an idle
 * bucket alive). Null when the cluster holds no state for the bucket.
 */
final class AvailableUnits implements EntryProcessor<BucketKey, BucketState, Double>, ReadOnly {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long now;

    AvailableUnits(long now) {
        this.now = now;
    }

    @Override
    public Double process(Map.Entry<BucketKey, BucketState> entry) {
        BucketState state = entry.getValue();
        return state == null ? null : state.availableUnits(now);
    }

    @Override
    public EntryProcessor<BucketKey, BucketState, Double> getBackupProcessor() {
        return null;
    }
}
