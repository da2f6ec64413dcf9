package org.apache.camel.component.mws.throttle;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThrottleTimeoutExceptionTest {

    @Test
    void durationsReadLikeALogLine() {
        assertEquals("0s", ThrottleTimeoutException.format(Duration.ZERO));
        assertEquals("0.25s", ThrottleTimeoutException.format(Duration.ofMillis(250)));
        assertEquals("0.333s", ThrottleTimeoutException.format(Duration.ofNanos(333_333_334)));
        assertEquals("55s", ThrottleTimeoutException.format(Duration.ofSeconds(55)));
        assertEquals("3m20s", ThrottleTimeoutException.format(Duration.ofSeconds(200)));
        assertEquals("1h0m5.5s", ThrottleTimeoutException.format(Duration.ofMillis(3_605_500)));
    }

    @Test
    void messageNamesBucketSellerHostAndBothDurations() {
        BucketKey key = new BucketKey("mws-eu.amazonservices.com", "A1SELLER", "AKIASECRETISH", "Feeds.SubmitFeed");
        ThrottleTimeoutException e = new ThrottleTimeoutException(key, Duration.ofMinutes(2), Duration.ofSeconds(30));
        assertEquals("Throttling bucket Feeds.SubmitFeed (seller A1SELLER at mws-eu.amazonservices.com) has no "
                     + "capacity for 2m0s, longer than the maximum wait of 30s; the request was not sent",
                e.getMessage());
    }
}
