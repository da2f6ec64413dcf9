package org.apache.camel.component.mws.transport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.camel.util.TimeUtils;

/**
 * When to send a failed request again (HTTP 500/503 and I/O errors): up to {@code maxRetries} times, waiting the
 * configured backoff before each retry (the last delay repeats when there are more retries than delays), each delay
 * spread by a random jitter so that many clients do not come back at the same instant.
 */
public final class RetryPolicy {

    /** Amazon's advice: 1 s, 4 s, 10 s, 30 s. */
    public static final String DEFAULT_BACKOFF = "1s,4s,10s,30s";

    private final int maxRetries;
    private final List<Duration> backoff;
    private final double jitter;

    /**
     * @param maxRetries how many times a request may be sent again (0: never)
     * @param backoff    the delays before the 1st, 2nd, ... retry
     * @param jitter     the spread of each delay, from 0 (none) to 1 (delay * [0, 2])
     */
    public RetryPolicy(int maxRetries, List<Duration> backoff, double jitter) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("retryJitter must be between 0 and 1: " + jitter);
        }
        if (maxRetries > 0 && backoff.isEmpty()) {
            throw new IllegalArgumentException("retryBackoff needs at least one delay when maxRetries > 0");
        }
        this.maxRetries = maxRetries;
        this.backoff = List.copyOf(backoff);
        this.jitter = jitter;
    }

    /**
     * @param  maxRetries how many retries
     * @param  backoff    delays as Camel durations, comma separated (e.g. {@code 1s,4s,10s,30s} or
     *                    {@code 250,1000})
     * @param  jitter     the spread of each delay
     * @return            the policy
     */
    public static RetryPolicy of(int maxRetries, String backoff, double jitter) {
        List<Duration> delays = new ArrayList<>();
        if (backoff != null) {
            for (String d : backoff.split(",")) {
                if (!d.isBlank()) {
                    try {
                        delays.add(Duration.ofMillis(TimeUtils.toMilliSeconds(d.trim())));
                    } catch (RuntimeException e) {
                        // TimeUtils fails with various runtime exceptions on text that is no duration
                        throw new IllegalArgumentException("retryBackoff: '" + d.trim()
                                                           + "' is not a duration (examples: 500, 1s, 2m)", e);
                    }
                }
            }
        }
        return new RetryPolicy(maxRetries, delays, jitter);
    }

    /**
     * @return a policy that never retries
     */
    public static RetryPolicy none() {
        return new RetryPolicy(0, List.of(), 0);
    }

    /**
     * @param  retriesDone how many retries were already made
     * @return             true when another retry is allowed
     */
    public boolean allowsRetry(int retriesDone) {
        return retriesDone < maxRetries;
    }

    /**
     * @param  retry the 1-based number of the retry about to be made
     * @return       how long to wait before it, jitter applied
     */
    public Duration delayBefore(int retry) {
        Duration base = backoff.get(Math.min(retry, backoff.size()) - 1);
        if (jitter == 0 || base.isZero()) {
            return base;
        }
        double factor = 1 + jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis(Math.round(base.toMillis() * factor));
    }

    public int maxRetries() {
        return maxRetries;
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxRetries=" + maxRetries + ", backoff=" + backoff + ", jitter=" + jitter + "]";
    }
}
