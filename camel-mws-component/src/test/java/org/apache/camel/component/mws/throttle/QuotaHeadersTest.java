package org.apache.camel.component.mws.throttle;

import java.time.Instant;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotaHeadersTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(QuotaHeaders.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void captureLog() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
        logger.setLevel(previousLevel);
    }

    @Test
    void parsesTheValuesSeenOnTheWire() {
        QuotaHeaders headers = QuotaHeaders.parse("80.0", "79.0", "2013-08-05T19:00:00.000Z");
        assertEquals(80.0, headers.max());
        assertEquals(79.0, headers.remaining());
        assertEquals(Instant.parse("2013-08-05T19:00:00Z"), headers.resetsOn());
        assertFalse(headers.isEmpty());
        assertTrue(log.list.isEmpty());
    }

    @Test
    void parsesTheDocumentedRfc1123Date() {
        QuotaHeaders headers = QuotaHeaders.parse("240", "200", "Mon, 05 Aug 2013 19:00:00 GMT");
        assertEquals(240.0, headers.max());
        assertEquals(Instant.parse("2013-08-05T19:00:00Z"), headers.resetsOn());
    }

    @Test
    void acceptsIsoVariants() {
        assertEquals(Instant.parse("2013-08-05T17:00:00.123Z"),
                QuotaHeaders.parse(null, null, "2013-08-05T19:00:00.123+02:00").resetsOn());
        assertEquals(Instant.parse("2013-08-05T19:00:00Z"),
                QuotaHeaders.parse(null, null, " 2013-08-05T19:00:00Z ").resetsOn());
        assertEquals(Instant.parse("2013-08-05T19:00:00Z"),
                QuotaHeaders.parse(null, null, "2013-08-05T19:00:00").resetsOn(), "no offset: UTC");
    }

    @ParameterizedTest
    @ValueSource(strings = { "tomorrow", "2013-13-45T19:00:00Z", "Mon, 32 Aug 2013 19:00:00 GMT", "19:00", "2013-08-05" })
    void unusableResetTimeIsIgnoredWithADebugLine(String resetsOn) {
        QuotaHeaders headers = QuotaHeaders.parse("80.0", "10.0", resetsOn);
        assertEquals(80.0, headers.max());
        assertEquals(10.0, headers.remaining());
        assertNull(headers.resetsOn());
        assertDebugLineNaming(QuotaHeaders.RESETS_ON_HEADER, resetsOn);
    }

    @ParameterizedTest
    @ValueSource(strings = { "eighty", "-1", "NaN", "Infinity", "80,0" })
    void unusableQuotaIsIgnoredWithADebugLine(String max) {
        QuotaHeaders headers = QuotaHeaders.parse(max, "5", null);
        assertNull(headers.max());
        assertEquals(5.0, headers.remaining());
        assertDebugLineNaming(QuotaHeaders.MAX_HEADER, max);
    }

    @Test
    void absentHeadersGiveNone() {
        assertSame(QuotaHeaders.NONE, QuotaHeaders.parse(null, "", "  "));
        assertTrue(QuotaHeaders.NONE.isEmpty());
        assertTrue(log.list.isEmpty(), "absence is normal (Orders sends no quota headers), not worth a line");
        assertSame(QuotaHeaders.NONE, QuotaHeaders.parse("garbage", "garbage", "garbage"));
        assertEquals(3, log.list.size());
    }

    private void assertDebugLineNaming(String header, String value) {
        List<ILoggingEvent> events = log.list;
        assertEquals(1, events.size(), "one line per unusable header");
        ILoggingEvent event = events.get(0);
        assertEquals(Level.DEBUG, event.getLevel());
        assertTrue(event.getFormattedMessage().contains(header), event.getFormattedMessage());
        assertTrue(event.getFormattedMessage().contains(value), event.getFormattedMessage());
    }
}
