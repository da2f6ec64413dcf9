package org.apache.camel.mws.simulator.throttle;

/**
 * Whether a request may proceed, and the hourly quota to report.
 *
 * @param verdict what the gate decided
 * @param quota   the hourly quota after the decision, null when the operation has none
 */
public record ThrottleDecision(Verdict verdict, QuotaStatus quota) {

    /** The gate's verdict. */
    public enum Verdict {
        ALLOWED,
        /** The leaky bucket has not restored enough: 503 RequestThrottled. */
        THROTTLED,
        /** The hourly quota is spent: 503 QuotaExceeded until the hour resets. */
        QUOTA_EXCEEDED
    }

    public boolean allowed() {
        return verdict == Verdict.ALLOWED;
    }
}
