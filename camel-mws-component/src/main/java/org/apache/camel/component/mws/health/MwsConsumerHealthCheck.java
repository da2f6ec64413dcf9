package org.apache.camel.component.mws.health;

import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;

/**
 * The health of a polling mws consumer, as Camel's consumer health check reports it, with two differences: a consumer
 * stays UP until {@code failureThreshold} polls in a row failed (a poll fails only after the transport's own retries,
 * and one failed poll is usually caught up by the next), and a failed poll's details carry the MWS error code, HTTP
 * status, RequestId and Timestamp of the failure ({@link MwsHealthDetails}).
 */
public class MwsConsumerHealthCheck extends ScheduledPollConsumerHealthCheck {

    /** How many polls in a row failed (Camel's key). */
    public static final String FAILURE_COUNT = HealthCheck.FAILURE_ERROR_COUNT;
    /** The number of failed polls in a row from which the consumer is reported DOWN. */
    public static final String FAILURE_THRESHOLD = "mws.failure.threshold";

    private final ScheduledPollConsumer consumer;
    private final int failureThreshold;

    /**
     * @param consumer         the consumer
     * @param failureThreshold DOWN from this many failed polls in a row (1: at the first failure, as Camel's own
     *                         check)
     */
    public MwsConsumerHealthCheck(ScheduledPollConsumer consumer, int failureThreshold) {
        super(consumer, null);
        this.consumer = consumer;
        this.failureThreshold = Math.max(1, failureThreshold);
    }

    /** The route id is known only once the route owns the consumer. */
    @Override
    public String getId() {
        return "consumer:" + consumer.getRouteId();
    }

    @Override
    public Result call(Map<String, Object> options) {
        Result base = super.call(options);
        long failures = consumer.getErrorCounter();
        if (failures == 0 || base.getState() != State.DOWN) {
            return base;
        }
        Throwable error = base.getError().orElse(null);
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this)
                .details(base.getDetails())
                .details(MwsHealthDetails.of(error))
                .detail(FAILURE_COUNT, failures)
                .detail(FAILURE_THRESHOLD, failureThreshold);
        if (failures < failureThreshold) {
            return builder.message(failures + " of " + failureThreshold + " tolerated failed polls in a row; last: "
                                   + (error != null ? error.getMessage() : "unknown"))
                    .up().build();
        }
        base.getMessage().ifPresent(builder::message);
        return builder.error(error).down().build();
    }
}
