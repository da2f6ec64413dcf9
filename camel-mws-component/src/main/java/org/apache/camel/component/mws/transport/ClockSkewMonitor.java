package org.apache.camel.component.mws.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the server's clock through the {@code x-mws-timestamp} (else {@code Date}) header of every answer. MWS
 * rejects a request whose Timestamp is more than 15 minutes off its own clock, so a local clock more than
 * {@link #TOLERANCE} off is worth a warning before that happens (once per host every {@link #REPEAT}), and a rejected
 * Timestamp is always reported with the skew measured.
 */
public final class ClockSkewMonitor {

    /** The skew from which a warning is logged. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    /** How often the warning is repeated for one host while the skew lasts. */
    public static final Duration REPEAT = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(ClockSkewMonitor.class);

    private final Clock clock;
    private final Map<String, Instant> lastWarning = new ConcurrentHashMap<>();
    private final Map<String, Duration> lastSkew = new ConcurrentHashMap<>();

    public ClockSkewMonitor(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param  head an answer
     * @return      the server's clock minus the local clock when the answer arrived, or null when the answer carried
     *              no readable date
     */
    public static Duration measure(MwsResponseHead head) {
        Instant server = HttpDates.parse(head.mwsTimestamp());
        if (server == null) {
            server = HttpDates.parse(head.header("Date"));
        }
        return server == null ? null : Duration.between(head.receivedAt(), server);
    }

    /**
     * Measures the skew of an answer and warns when it exceeds {@link #TOLERANCE}.
     *
     * @param call the call answered
     * @param head the answer
     */
    public void observe(MwsCall call, MwsResponseHead head) {
        Duration skew = measure(head);
        if (skew == null) {
            return;
        }
        lastSkew.put(call.host(), skew);
        if (skew.abs().compareTo(TOLERANCE) > 0) {
            Instant now = clock.instant();
            Instant last = lastWarning.get(call.host());
            if (last == null || Duration.between(last, now).compareTo(REPEAT) >= 0) {
                lastWarning.put(call.host(), now);
                LOG.warn("The local clock is {} {} the clock of MWS host {} (measured on {}). MWS rejects requests whose"
                         + " Timestamp is more than 15 minutes off: synchronize this machine's clock (NTP).",
                        format(skew.abs()), skew.isNegative() ? "ahead of" : "behind", call.host(),
                        call.operationName());
            }
        }
    }

    /**
     * Reports a request MWS refused because of its Timestamp.
     *
     * @param call the refused call
     * @param head the answer
     * @param code the MWS error code
     */
    public void timestampRejected(MwsCall call, MwsResponseHead head, String code) {
        Duration skew = measure(head);
        if (skew != null) {
            LOG.warn("MWS host {} rejected the Timestamp {} of {} ({}): the local clock is {} {} the server's."
                     + " Synchronize this machine's clock (NTP).",
                    call.host(), head.requestTimestamp(), call.operationName(), code, format(skew.abs()),
                    skew.isNegative() ? "ahead of" : "behind");
        } else {
            LOG.warn("MWS host {} rejected the Timestamp {} of {} ({}); the answer carried no date to measure the clock"
                     + " skew with. Check this machine's clock (NTP).",
                    call.host(), head.requestTimestamp(), call.operationName(), code);
        }
    }

    /**
     * @param  host a host as in {@link MwsCall#host()}
     * @return      the last skew measured against it, or null
     */
    public Duration lastSkew(String host) {
        return lastSkew.get(host);
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60)
                : String.format("%d.%03ds", s, d.toMillisPart());
    }
}
