package org.apache.camel.component.mws.consumer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitialStartTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2024-05-10T12:00:00.250Z"), ZoneOffset.UTC);

    @Test
    void instantsAndDates() {
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), InitialStart.parse("2024-01-01T00:00:00Z").resolve(NOW));
        assertEquals(Instant.parse("2023-12-31T22:00:00Z"),
                InitialStart.parse("2024-01-01T00:00:00+02:00").resolve(NOW));
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), InitialStart.parse("2024-01-01").resolve(NOW));
    }

    @Test
    void durationsBackFromNow() {
        assertEquals(Instant.parse("2024-05-03T12:00:00Z"), InitialStart.parse("P7D").resolve(NOW));
        assertEquals(Instant.parse("2024-05-03T12:00:00Z"), InitialStart.parse("7d").resolve(NOW));
        assertEquals(Instant.parse("2024-05-10T06:00:00Z"), InitialStart.parse("PT6H").resolve(NOW));
        assertEquals(Instant.parse("2024-05-10T10:30:00Z"), InitialStart.parse("1h30m").resolve(NOW));
    }

    @Test
    void nonsenseIsRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InitialStart.parse("lastweek"));
        assertTrue(e.getMessage().contains("'lastweek'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InitialStart.parse(" "));
        assertThrows(IllegalArgumentException.class, () -> InitialStart.parse("PT0S"));
    }
}
