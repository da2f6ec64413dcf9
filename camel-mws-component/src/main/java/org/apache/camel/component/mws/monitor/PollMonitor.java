package org.apache.camel.component.mws.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.camel.component.mws.MwsEndpoint;
import org.apache.camel.component.mws.health.MwsHealthDetails;
import org.apache.camel.component.mws.MwsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a polling mws consumer reports about itself: its checkpoint and how its last poll ended. The consumer calls
 * {@link #checkpoint(Instant)} when its checkpoint advances and {@link #pollSucceeded} or {@link #pollFailed} once
 * per poll; the monitor writes the one INFO line per poll, publishes the checkpoint lag gauge, and answers the dev
 * console. Thread-safe.
 */
public final class PollMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(PollMonitor.class);

    private final MwsEndpoint endpoint;
    private final Clock clock;
    private volatile Instant checkpoint;
    private volatile PollOutcome lastPoll;
    private volatile CheckpointLag.Registration lagGauge;
    private volatile String routeId;

    /**
     * @param endpoint the consumer's endpoint
     */
    public PollMonitor(MwsEndpoint endpoint) {
        this(endpoint, Clock.systemUTC());
    }

    PollMonitor(MwsEndpoint endpoint, Clock clock) {
        this.endpoint = endpoint;
        this.clock = clock;
    }

    /**
     * The consumer started: publishes its checkpoint lag.
     *
     * @param routeId the consumer's route
     */
    public synchronized void start(String routeId) {
        this.routeId = routeId;
        if (lagGauge == null) {
            lagGauge = endpoint.getComponent().getCheckpointLag().register(routeId, endpoint.getSection(),
                    endpoint.getAction(), () -> checkpoint);
        }
    }

    /**
     * The consumer stopped: removes its gauge.
     */
    public synchronized void stop() {
        if (lagGauge != null) {
            lagGauge.close();
            lagGauge = null;
        }
    }

    /**
     * @param checkpoint the consumer's checkpoint (where its next poll resumes), e.g. after a restore or an advance
     */
    public void checkpoint(Instant checkpoint) {
        this.checkpoint = checkpoint;
    }

    /**
     * A poll succeeded: remembers it and writes the poll's one INFO line.
     *
     * @param records the records emitted
     * @param pages   the pages read
     * @param took    how long the poll took
     */
    public void pollSucceeded(int records, int pages, Duration took) {
        lastPoll = new PollOutcome(clock.instant(), took, records, pages, null);
        if (LOG.isInfoEnabled()) {
            Instant cp = checkpoint;
            LOG.info("{} polled: {} record{} in {} page{} in {} ms; checkpoint {}{}", name(), records,
                    records == 1 ? "" : "s", pages, pages == 1 ? "" : "s", took.toMillis(),
                    cp == null ? "none" : cp, cp == null ? "" : " (lag " + lag(cp).toSeconds() + " s)");
        }
    }

    /**
     * A poll failed (Camel's consumer logs the failure itself): remembers it.
     *
     * @param failure why
     * @param records the records emitted before it failed
     * @param pages   the pages read before it failed
     * @param took    how long the poll took
     */
    public void pollFailed(Throwable failure, int records, int pages, Duration took) {
        lastPoll = new PollOutcome(clock.instant(), took, records, pages, failure);
        if (LOG.isDebugEnabled()) {
            MwsException mws = MwsHealthDetails.find(failure);
            LOG.debug("{} poll failed after {} record(s) in {} page(s): {}{}", name(), records, pages,
                    mws != null ? mws.getCode() : failure.getClass().getSimpleName(),
                    mws != null && mws.getRequestId() != null ? " RequestId=" + mws.getRequestId() : "");
        }
    }

    /**
     * @return the checkpoint, or null before the consumer has one
     */
    public Instant getCheckpoint() {
        return checkpoint;
    }

    /**
     * @return now minus the checkpoint, or null before the consumer has one
     */
    public Duration getCheckpointLag() {
        Instant cp = checkpoint;
        return cp == null ? null : lag(cp);
    }

    /**
     * @return the last poll, or null before the first
     */
    public PollOutcome getLastPoll() {
        return lastPoll;
    }

    /**
     * @return the route of the consumer, null before it started
     */
    public String getRouteId() {
        return routeId;
    }

    private Duration lag(Instant cp) {
        return Duration.between(cp, clock.instant());
    }

    private String name() {
        return "mws:" + endpoint.getSection() + "/" + endpoint.getAction()
               + (routeId != null ? " (route " + routeId + ")" : "");
    }
}
