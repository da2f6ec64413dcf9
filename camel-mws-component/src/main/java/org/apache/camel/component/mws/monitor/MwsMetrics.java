package org.apache.camel.component.mws.monitor;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mws.transport.MwsTransportListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns on the component's Micrometer metrics when Micrometer is on the class path and a {@code MeterRegistry} is in
 * the Camel registry (camel-micrometer and camel-main's {@code camel.metrics.enabled} bind one); otherwise records
 * nothing. This class does not touch Micrometer types itself, so the component runs without Micrometer.
 * <p>
 * The meters (Prometheus names in brackets):
 * <ul>
 * <li>{@value #REQUESTS} timer, tags section, action, outcome ({@code success}, the MWS error code, {@code io-error})
 * [{@code mws_requests_seconds_count/sum}]</li>
 * <li>{@value #RESPONSES_503} counter, tags section, action, code [{@code mws_responses_503_total}]</li>
 * <li>{@value #RETRIES} counter, tags section, action, reason [{@code mws_retries_total}]</li>
 * <li>{@value #THROTTLE_WAIT} timer, tags section, bucket [{@code mws_throttle_wait_seconds_count/sum/max}]</li>
 * <li>{@value #THROTTLE_TOKENS} gauge, tags host, seller, bucket [{@code mws_throttle_tokens}]</li>
 * <li>{@value #BYTES} counter, tags section, action, direction ({@code received}, {@code sent})
 * [{@code mws_bytes_total}]</li>
 * <li>{@value #CHECKPOINT_LAG} gauge in seconds, tags route, section, action
 * [{@code mws_consumer_checkpoint_lag_seconds}]</li>
 * </ul>
 */
public final class MwsMetrics {

    /** Every HTTP attempt, timed from sending to the answer's head. */
    public static final String REQUESTS = "mws.requests";
    /** The 503 answers, by MWS error code (RequestThrottled, QuotaExceeded, ServiceUnavailable). */
    public static final String RESPONSES_503 = "mws.responses.503";
    /** Calls sent again: retries after 500/503/I/O errors and re-sends after throttling. */
    public static final String RETRIES = "mws.retries";
    /** Time spent waiting for a throttling permit before sending. */
    public static final String THROTTLE_WAIT = "mws.throttle.wait";
    /** The units each throttling bucket holds now. */
    public static final String THROTTLE_TOKENS = "mws.throttle.tokens";
    /** Bytes of feeds sent and of reports and feed processing results received. */
    public static final String BYTES = "mws.bytes";
    /** Now minus the checkpoint of each polling consumer. */
    public static final String CHECKPOINT_LAG = "mws.consumer.checkpoint.lag";

    /** The name camel-micrometer binds its registry under. */
    static final String REGISTRY_NAME = "metricsRegistry";
    private static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";
    private static final Logger LOG = LoggerFactory.getLogger(MwsMetrics.class);

    private MwsMetrics() {
    }

    /**
     * @param  context the Camel context whose registry may hold a MeterRegistry
     * @param  levels  the component's bucket levels (for the tokens gauge)
     * @return         a listener recording the meters, or {@link MwsTransportListener#NONE}
     */
    public static MwsTransportListener listener(CamelContext context, BucketLevels levels) {
        if (!micrometerPresent()) {
            return MwsTransportListener.NONE;
        }
        MicrometerListener listener = MicrometerListener.create(context, levels);
        if (listener == null) {
            LOG.debug("No Micrometer MeterRegistry in the Camel registry: mws metrics are off");
            return MwsTransportListener.NONE;
        }
        LOG.debug("mws metrics recorded in {}", listener);
        return listener;
    }

    /**
     * @return a recorder of consumer checkpoint lags, or {@link CheckpointLag#NONE} without Micrometer or registry
     */
    public static CheckpointLag checkpointLag(CamelContext context) {
        if (!micrometerPresent()) {
            return CheckpointLag.NONE;
        }
        CheckpointLag lag = MicrometerListener.checkpointLag(context);
        return lag != null ? lag : CheckpointLag.NONE;
    }

    static boolean micrometerPresent() {
        try {
            Class.forName(METER_REGISTRY, false, MwsMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
