package org.apache.camel.component.mws.monitor;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Publishes the checkpoint lag (now minus the checkpoint) of polling consumers as a gauge.
 */
public interface CheckpointLag {

    /** Publishes nothing. */
    CheckpointLag NONE = (routeId, section, action, checkpoint) -> () -> {
    };

    /**
     * @param  routeId    the consumer's route
     * @param  section    its section
     * @param  action     its action
     * @param  checkpoint the consumer's current checkpoint (null while it has none)
     * @return            removes the gauge (when the consumer stops)
     */
    Registration register(String routeId, String section, String action, Supplier<Instant> checkpoint);

    /** Removes a registered gauge. */
    @FunctionalInterface
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
