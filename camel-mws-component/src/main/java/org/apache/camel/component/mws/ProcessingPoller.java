package org.apache.camel.component.mws;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for MWS to finish processing a report request or a feed submission: asks for its status every
 * {@code awaitInterval} until it reaches a final status or {@code awaitTimeout} passes. The status requests go through
 * the transport, so throttling paces them by their bucket like any other request.
 */
final class ProcessingPoller {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessingPoller.class);

    /**
     * One answer to a status request.
     *
     * @param status    the processing status, or null when the answer did not list the request yet
     * @param info      the ReportRequestInfo or FeedSubmissionInfo
     * @param requestId the RequestId of the answer
     * @param timestamp the Timestamp of the answer
     */
    record Status(String status, Object info, String requestId, String timestamp) {
    }

    /** Asks MWS once for the status. */
    @FunctionalInterface
    interface StatusRequest {
        Status ask();
    }

    private final Duration interval;
    private final Duration timeout;
    private final BooleanSupplier running;

    /**
     * @param interval how long to wait between status requests
     * @param timeout  how long to wait in all
     * @param running  false once the route or context is stopping
     */
    ProcessingPoller(Duration interval, Duration timeout, BooleanSupplier running) {
        this.interval = interval;
        this.timeout = timeout;
        this.running = running;
    }

    /**
     * @param  operation                     what is awaited, for messages (e.g. {@code Reports/RequestReport})
     * @param  idName                        ReportRequestId or FeedSubmissionId
     * @param  id                            its value
     * @param  finalStatuses                 the statuses that end the wait
     * @param  request                       asks for the status
     * @return                               the answer with a final status
     * @throws MwsProcessingTimeoutException when no final status came within the timeout
     */
    Status await(String operation, String idName, String id, Set<String> finalStatuses, StatusRequest request) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Status last = null;
        while (true) {
            long sleep = Math.min(interval.toNanos(), deadline - System.nanoTime());
            if (sleep > 0) {
                pause(operation, idName, id, sleep);
            }
            last = request.ask();
            LOG.debug("MWS {} {} {}: {}", operation, idName, id, last.status());
            if (last.status() != null && finalStatuses.contains(last.status())) {
                return last;
            }
            if (System.nanoTime() >= deadline) {
                MwsError error = new MwsError(operation, 0, null, null, null, last.requestId(), last.timestamp());
                throw new MwsProcessingTimeoutException("MWS " + operation + ": " + idName + " " + id + " is still "
                                                        + last.status() + " after awaitTimeout ("
                                                        + Duration.ofNanos(System.nanoTime() - start).toMillis()
                                                        + " ms); it goes on at MWS, find it later by its "
                                                        + idName + error.trace(),
                        error, id, last.status());
            }
        }
    }

    private void pause(String operation, String idName, String id, long nanos) {
        if (!running.getAsBoolean()) {
            throw stopping(operation, idName, id, null);
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopping(operation, idName, id, e);
        }
    }

    private static MwsException stopping(String operation, String idName, String id, Exception cause) {
        return new MwsException("MWS " + operation + ": stopped waiting for " + idName + " " + id
                                + " because the route is stopping; it goes on at MWS, find it later by its " + idName,
                MwsError.noAnswer(operation, null), cause);
    }
}
