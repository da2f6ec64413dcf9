package org.apache.camel.component.mws;

import java.time.Instant;

/**
 * The hourly quota of the operation is spent ({@code QuotaExceeded}): nothing passes until {@link #getResetsOn()}.
 */
public class MwsQuotaExceededException extends MwsThrottledException {

    private static final long serialVersionUID = 1L;

    private final Instant resetsOn;

    /**
     * @param message  the full message
     * @param error    what is known of the failure
     * @param resetsOn when the quota resets ({@code x-mws-quota-resetsOn}), or null when the server did not say
     */
    public MwsQuotaExceededException(String message, MwsError error, Instant resetsOn) {
        super(message, error, null);
        this.resetsOn = resetsOn;
    }

    /**
     * @return when the hourly quota resets, or null when the server did not say
     */
    public Instant getResetsOn() {
        return resetsOn;
    }
}
