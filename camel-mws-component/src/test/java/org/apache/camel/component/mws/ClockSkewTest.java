package org.apache.camel.component.mws;

import java.time.Instant;

import ch.qos.logback.classic.Level;
import org.apache.camel.component.mws.support.LogCapture;
import org.apache.camel.component.mws.support.MwsTestSupport;
import org.apache.camel.component.mws.support.StubResponse;
import org.apache.camel.component.mws.transport.ClockSkewMonitor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The component warns about a local clock far from the server's, and explains a rejected Timestamp.
 */
class ClockSkewTest extends MwsTestSupport {

    @Test
    void aServerClockTenMinutesAheadIsWarnedAboutOnce() {
        try (LogCapture logs = new LogCapture(Level.INFO, ClockSkewMonitor.class.getName())) {
            for (int i = 0; i < 3; i++) {
                stub.enqueue(StubResponse.success("GetServiceStatus", "urn:x", "<Status>GREEN</Status>", "r")
                        .withHeader("x-mws-timestamp", Instant.now().plusSeconds(600).toString()));
                assertNull(send(uri("Sellers/GetServiceStatus")).getException());
            }
            long warnings = logs.events().stream().filter(e -> e.getLevel() == Level.WARN
                    && e.getLoggerName().equals(ClockSkewMonitor.class.getName())).count();
            assertEquals(1, warnings, "warned once, not on every response");
            String text = logs.text();
            assertTrue(text.contains("local clock is 9m5") || text.contains("local clock is 10m00"), text);
            assertTrue(text.contains("behind the clock of MWS host " + hostOfStub()), text);
        }
    }

    @Test
    void aRejectedTimestampIsExplainedWithTheMeasuredSkew() {
        try (LogCapture logs = new LogCapture(Level.INFO, ClockSkewMonitor.class.getName())) {
            stub.enqueue(StubResponse.error(400, "Sender", "RequestExpired",
                    "Request has expired. Timestamp date is 2017-02-01T12:00:00.000Z")
                    .withHeader("x-mws-timestamp", Instant.now().minusSeconds(1200).toString()));
            MwsBadRequestException e = failure(send(uri("Finances/GetServiceStatus")), MwsBadRequestException.class);
            assertEquals("RequestExpired", e.getCode());
            String text = logs.text();
            assertTrue(text.contains("rejected the Timestamp"), text);
            assertTrue(text.contains("ahead of the server's"), text);
        }
    }

    @Test
    void aNormalClockIsNotWarnedAbout() {
        try (LogCapture logs = new LogCapture(Level.INFO, ClockSkewMonitor.class.getName())) {
            assertNull(send(uri("Sellers/GetServiceStatus")).getException());
            assertEquals(0, logs.events().stream()
                    .filter(e -> e.getLoggerName().equals(ClockSkewMonitor.class.getName())).count(), logs.text());
        }
    }
}
