package org.apache.camel.mws.examples;

import java.time.Duration;

import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsResponseHead;
import org.apache.camel.component.mws.transport.RequestPacer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the log, in plain words, when a request waited for its throttling quota or MWS throttled it. Wraps the mws
 * component's request pacer (through the component's pacing seam), changing nothing of what it does.
 */
public final class ThrottleWaitLog implements RequestPacer {

    /** Waits shorter than this are normal pacing, not worth a line. */
    static final Duration NOTEWORTHY = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger("org.apache.camel.mws.examples.Throttling");

    private final RequestPacer pacer;

    public ThrottleWaitLog(RequestPacer pacer) {
        this.pacer = pacer;
    }

    @Override
    public void beforeSend(MwsCall call) throws InterruptedException {
        long start = System.nanoTime();
        pacer.beforeSend(call);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        if (waited.compareTo(NOTEWORTHY) >= 0) {
            LOG.info("Seller {}: waited {} s for the {} quota", call.sellerId(),
                    String.format(java.util.Locale.ROOT, "%.1f", waited.toMillis() / 1000.0), call.operationName());
        }
    }

    @Override
    public void afterResponse(MwsCall call, MwsResponseHead response) {
        pacer.afterResponse(call, response);
    }

    @Override
    public boolean onThrottled(MwsCall call, MwsThrottledException exception) throws InterruptedException {
        boolean again = pacer.onThrottled(call, exception);
        LOG.warn("Seller {}: MWS throttled {} ({}){}", call.sellerId(), call.operationName(), exception.getCode(),
                again ? "; it is sent again once the quota allows" : "");
        return again;
    }

    @Override
    public double availableUnits(MwsCall call) {
        return pacer.availableUnits(call);
    }

    @Override
    public String toString() {
        return "ThrottleWaitLog[" + pacer + "]";
    }
}
