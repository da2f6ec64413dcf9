package org.apache.camel.component.mws.consumer;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parts of a narrowed window: the earlier half of a listing that broke, the next part twice as long after one
 * settled (never past the window's end), and no part shorter than a second.
 */
class NarrowingTest {

    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant END = Instant.parse("2024-03-09T00:00:00Z");

    @Test
    void aBrokenWindowIsListedFromItsEarlierHalf() {
        Narrowing n = Narrowing.halve(END, START, END);
        assertEquals(Duration.ofDays(4), n.span());
        assertEquals(Instant.parse("2024-03-05T00:00:00Z"), n.partEnd(START));
        assertTrue(n.due(), "the first part follows at once");
        assertFalse(n.opened().due(), "a part polled again waits for the next scheduled poll");
    }

    @Test
    void aPartThatBreaksIsHalvedAgainWithinTheSameWindow() {
        Narrowing n = Narrowing.halve(END, START, Instant.parse("2024-03-05T00:00:00Z"));
        assertEquals(END, n.end());
        assertEquals(Instant.parse("2024-03-03T00:00:00Z"), n.partEnd(START));
    }

    @Test
    void afterASettledPartTheNextIsTwiceAsLongUpToTheWindowsEnd() {
        Narrowing n = new Narrowing(END, Duration.ofDays(1), false);
        Instant first = n.partEnd(START);
        Narrowing next = n.settled(first);
        assertEquals(Duration.ofDays(2), next.span());
        assertTrue(next.due());
        assertEquals(Instant.parse("2024-03-04T00:00:00Z"), next.partEnd(first));
        Narrowing last = next.settled(Instant.parse("2024-03-07T00:00:00Z"));
        assertEquals(Duration.ofDays(2), last.span(), "no longer than the rest");
        assertEquals(END, last.partEnd(Instant.parse("2024-03-07T00:00:00Z")));
        assertNull(last.settled(END), "the window is complete");
        assertFalse(last.covers(END));
    }

    @Test
    void noPartIsShorterThanASecond() {
        assertEquals(Duration.ofSeconds(1), Narrowing.halve(END, START, START.plusSeconds(2)).span());
        assertNull(Narrowing.halve(END, START, START.plusMillis(1999)));
        assertNull(Narrowing.halve(END, START, START.plusMillis(1)));
    }
}
