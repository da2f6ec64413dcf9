package org.apache.camel.mws.simulator.fault;

/** A failure the simulator can inject into the answer of an operation, as production MWS occasionally failed. */
public enum Fault {
    /** Answer normally. */
    NONE,
    /** 500 Receiver InternalError, without calling the operation. */
    INTERNAL_ERROR,
    /** 503 Receiver ServiceUnavailable, without calling the operation. */
    SERVICE_UNAVAILABLE,
    /** 503 Sender RequestThrottled, whatever the bucket holds. */
    REQUEST_THROTTLED,
    /** 503 Sender QuotaExceeded with x-mws-quota-* headers saying nothing remains. */
    QUOTA_EXCEEDED,
    /** 400 Sender NextTokenCorrupted, without calling the operation. */
    NEXT_TOKEN_CORRUPTED,
    /** The full Content-Length is declared, part of the body written, then the connection is reset. */
    CONNECTION_RESET,
    /** A delay before the response starts. */
    SLOW_RESPONSE,
    /** A delay in the middle of the body. */
    SLOW_BODY,
    /** A raw body (report, processing report) with one byte changed, so it disagrees with its Content-MD5. */
    CORRUPT_CONTENT_MD5;

    /** Whether the operation is not called at all and an ErrorResponse answers instead. */
    public boolean replacesAnswer() {
        return this == INTERNAL_ERROR || this == SERVICE_UNAVAILABLE || this == REQUEST_THROTTLED
                || this == QUOTA_EXCEEDED || this == NEXT_TOKEN_CORRUPTED;
    }
}
