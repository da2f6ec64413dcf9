package org.apache.camel.component.mws.transport;

import java.net.URI;
import java.time.Duration;

import org.apache.camel.component.mws.throttle.BucketSettings;

/**
 * How an endpoint's requests are sent.
 *
 * @param baseUri         the base URL (see {@link EndpointAddress})
 * @param userAgent       the User-Agent header
 * @param connectTimeout  the connect timeout
 * @param socketTimeout   the socket (read) timeout
 * @param maxResponseSize the largest XML answer read into memory, in bytes
 * @param retryPolicy     when to send again after HTTP 500/503 or an I/O error
 * @param maxThrottleWait how long pacing may hold a request
 * @param buckets         the throttling limits the endpoint's requests are paced by (overrides, time scale)
 */
public record TransportSettings(URI baseUri, String userAgent, Duration connectTimeout, Duration socketTimeout,
        long maxResponseSize, RetryPolicy retryPolicy, Duration maxThrottleWait, BucketSettings buckets) {

    /** Settings paced by the published quotas. */
    public TransportSettings(URI baseUri, String userAgent, Duration connectTimeout, Duration socketTimeout,
                             long maxResponseSize, RetryPolicy retryPolicy, Duration maxThrottleWait) {
        this(baseUri, userAgent, connectTimeout, socketTimeout, maxResponseSize, retryPolicy, maxThrottleWait,
                BucketSettings.PUBLISHED);
    }

    public TransportSettings {
        buckets = buckets == null ? BucketSettings.PUBLISHED : buckets;
        // HttpClient would refuse these with a message naming no option
        requireNotNegative("connectTimeout", connectTimeout);
        requireNotNegative("socketTimeout", socketTimeout);
        requireNotNegative("maxThrottleWait", maxThrottleWait);
        if (maxResponseSize < 1) {
            throw new IllegalArgumentException("maxResponseSize must be positive: " + maxResponseSize);
        }
    }

    private static void requireNotNegative(String option, Duration value) {
        if (value != null && value.isNegative()) {
            throw new IllegalArgumentException(option + " must not be negative: " + value.toMillis() + " ms");
        }
    }
}
