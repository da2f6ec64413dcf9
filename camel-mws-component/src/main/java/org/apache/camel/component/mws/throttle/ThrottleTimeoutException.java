package org.apache.camel.component.mws.throttle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * A request would have had to wait longer than the caller's maximum for its throttling bucket, so it was not sent
 * and took nothing from the bucket. The transport reports it as a throttled MWS failure.
 */
public class ThrottleTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final BucketKey key;
    private final Duration requiredWait;
    private final Duration maxWait;

    public ThrottleTimeoutException(BucketKey key, Duration requiredWait, Duration maxWait) {
        super("Throttling bucket " + key + " has no capacity for " + format(requiredWait)
              + ", longer than the maximum wait of " + format(maxWait) + "; the request was not sent");
        this.key = key;
        this.requiredWait = requiredWait;
        this.maxWait = maxWait;
    }

    /** The bucket that had no capacity. */
    public BucketKey getKey() {
        return key;
    }

    /** How long the request would have had to wait. */
    public Duration getRequiredWait() {
        return requiredWait;
    }

    /** The longest wait the caller accepted. */
    public Duration getMaxWait() {
        return maxWait;
    }

    /** {@code 0.25s}, {@code 55s}, {@code 3m20s}, {@code 1h0m5.5s}: readable in a log line. */
    static String format(Duration duration) {
        long seconds = duration.getSeconds();
        BigDecimal fraction = BigDecimal.valueOf(seconds % 60).add(BigDecimal.valueOf(duration.getNano(), 9))
                .setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        String secondsPart = fraction.toPlainString() + "s";
        if (seconds < 60) {
            return secondsPart;
        }
        long minutes = seconds / 60 % 60;
        long hours = seconds / 3600;
        return (hours > 0 ? hours + "h" : "") + minutes + "m" + secondsPart;
    }
}
