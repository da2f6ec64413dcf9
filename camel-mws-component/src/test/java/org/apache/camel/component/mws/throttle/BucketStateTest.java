package org.apache.camel.component.mws.throttle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bucket arithmetic on a bare timeline (the part a distributed store would run remotely). */
class BucketStateTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long T0 = 1_700_000_000L * SECOND; // an epoch-nanosecond timeline, as a shared store has

    private static final BucketSpec LIST_ORDERS = BucketSpecs.fromColumns("6", "1", "60", "request", "");

    @Test
    void aBurstIsMeasuredFromTheAnswerOfItsFirstRequest() {
        BucketState state = new BucketState(LIST_ORDERS, T0);
        assertEquals(0, state.reserve(T0, 1, Long.MAX_VALUE));
        // the first request took 2 s to reach the server and be answered: its bucket restores from then on
        state.answered(T0, T0 + 2 * SECOND);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, state.reserve(T0 + 2 * SECOND, 1, Long.MAX_VALUE));
        }
        assertEquals(MINUTE, state.reserve(T0 + 2 * SECOND, 1, Long.MAX_VALUE));
        // answers of the other requests of the burst change nothing
        state.answered(T0 + 2 * SECOND, T0 + 3 * SECOND);
        assertEquals(2 * MINUTE, state.reserve(T0 + 2 * SECOND, 1, Long.MAX_VALUE));
    }

    @Test
    void aRequestThatReachedTheServerOnlyOnceItsBucketRefilledIsCountedFromItsAnswer() {
        BucketState state = new BucketState(LIST_ORDERS, T0);
        assertEquals(0, state.reserve(T0, 1, Long.MAX_VALUE));
        state.answered(T0, T0 + SECOND);
        assertEquals(0, state.reserve(T0 + SECOND, 1, Long.MAX_VALUE));
        // the second request waited three minutes for a connection: the server's bucket had refilled meanwhile, and
        // holds five from its arrival on, restoring from then
        long answered = T0 + 3 * MINUTE + SECOND;
        state.answered(T0 + SECOND, answered);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, state.reserve(answered, 1, Long.MAX_VALUE), "request " + i);
        }
        assertEquals(MINUTE, state.reserve(answered, 1, Long.MAX_VALUE));
    }

    @Test
    void aRequestAnsweredWhileItsBucketStillRestoresChangesNothing() {
        BucketState state = new BucketState(LIST_ORDERS, T0);
        assertEquals(0, state.reserve(T0, 1, Long.MAX_VALUE));
        state.answered(T0, T0);
        assertEquals(0, state.reserve(T0, 1, Long.MAX_VALUE));
        state.answered(T0, T0 + 30 * SECOND);
        for (int i = 0; i < 4; i++) {
            assertEquals(0, state.reserve(T0 + 30 * SECOND, 1, Long.MAX_VALUE), "request " + i);
        }
        // the first two units restore one minute apart from T0: the seventh request goes at T0 + 1 min
        assertEquals(30 * SECOND, state.reserve(T0 + 30 * SECOND, 1, Long.MAX_VALUE));
    }

    @Test
    void releaseReturnsUnitsOfAPendingReservation() {
        BucketState state = new BucketState(LIST_ORDERS, T0);
        for (int i = 0; i < 6; i++) {
            assertEquals(0, state.reserve(T0, 1, Long.MAX_VALUE));
        }
        assertEquals(MINUTE, state.reserve(T0, 1, Long.MAX_VALUE));
        assertEquals(2 * MINUTE, state.reserve(T0, 1, Long.MAX_VALUE));
        state.release(T0 + MINUTE, 1);
        assertEquals(2 * MINUTE, state.reserve(T0, 1, Long.MAX_VALUE), "the freed slot goes to the next caller");
    }

    @Test
    void releaseOfASettledReservationReturnsNothing() {
        BucketState state = new BucketState(BucketSpec.of(1, 1, Duration.ofSeconds(1)), T0);
        assertEquals(0, state.reserve(T0, 1, Long.MAX_VALUE));
        assertEquals(SECOND, state.reserve(T0, 1, Long.MAX_VALUE));
        // at 5 s the bucket had long refilled; a request then started a new epoch
        assertEquals(0, state.reserve(T0 + 5 * SECOND, 1, Long.MAX_VALUE));
        state.release(T0 + SECOND, 1);
        assertEquals(SECOND, state.reserve(T0 + 5 * SECOND, 1, Long.MAX_VALUE), "a refilled bucket is not overfilled");
    }

    @Test
    void releaseCannotUndoAnEmptiedBucket() {
        BucketState state = new BucketState(LIST_ORDERS, T0);
        state.blockUntil(T0 + 10 * SECOND);
        assertEquals(10 * SECOND, state.reserve(T0, 1, Long.MAX_VALUE));
        // the server says empty: the pending request is part of that emptiness
        state.drain(T0);
        state.release(T0 + 10 * SECOND, 1);
        assertEquals(MINUTE, state.reserve(T0, 1, Long.MAX_VALUE));
    }

    @Test
    void releaseGivesBackTheHourlyCount() {
        BucketState state = new BucketState(BucketSpec.of(100, 100, Duration.ofSeconds(1)).withHourlyQuota(2), T0);
        assertEquals(0, state.reserve(T0, 1, Long.MAX_VALUE));
        assertEquals(0, state.reserve(T0, 1, Long.MAX_VALUE));
        assertEquals(2, state.hourlyUsed(T0));
        state.release(T0, 1);
        assertEquals(1, state.hourlyUsed(T0));
        assertEquals(0, state.reserve(T0, 1, Long.MAX_VALUE));
        assertEquals(HOUR, state.reserve(T0, 1, Long.MAX_VALUE));
    }

    @Test
    void refusedReservationChangesNothing() {
        BucketState state = new BucketState(LIST_ORDERS.withHourlyQuota(7), T0);
        for (int i = 0; i < 6; i++) {
            state.reserve(T0, 1, 0);
        }
        String before = state.toString();
        assertEquals(-MINUTE, state.reserve(T0, 1, MINUTE - 1));
        assertEquals(before, state.toString());
        assertEquals(MINUTE, state.reserve(T0, 1, MINUTE));
        assertEquals(-HOUR, state.reserve(T0, 1, 0), "the 8th waits for the hour");
    }

    @Test
    void adoptingASpecKeepsTheDebt() {
        BucketState state = new BucketState(LIST_ORDERS, T0);
        for (int i = 0; i < 9; i++) {
            state.reserve(T0, 1, Long.MAX_VALUE);
        }
        assertEquals(-3.0, state.availableUnits(T0), 1e-9);
        state.adopt(LIST_ORDERS.withMaxQuota(10), T0);
        assertEquals(-3.0, state.availableUnits(T0), 1e-9);
        assertEquals(4 * MINUTE, state.reserve(T0, 1, Long.MAX_VALUE));
    }

    @Test
    void quotaExceededReportsItsBlock() {
        BucketState state = new BucketState(LIST_ORDERS.withHourlyQuota(60), T0);
        assertEquals(T0 + 20 * MINUTE, state.quotaExceeded(T0, true, T0 + 20 * MINUTE));
        assertEquals(T0 + 21 * MINUTE, state.quotaExceeded(T0 + 20 * MINUTE, true, T0 + 19 * MINUTE));
        assertEquals(0, state.hourlyUsed(T0 + 21 * MINUTE));
    }

    @Test
    void costMustBePositive() {
        BucketState state = new BucketState(LIST_ORDERS, T0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> state.reserve(T0, 0, 0));
        assertTrue(e.getMessage().contains("cost"), e.getMessage());
    }

    @Test
    void stateSurvivesSerialization() throws Exception {
        BucketState state = new BucketState(BucketSpecs.fromColumns("20", "5", "1", "item", "18000"), T0);
        for (int i = 0; i < 5; i++) {
            state.reserve(T0, 5, Long.MAX_VALUE);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
            out.writeObject(new BucketKey("h", "s", "a", "b"));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            BucketState copy = (BucketState) in.readObject();
            assertEquals(new BucketKey("h", "s", "a", "b"), in.readObject());
            assertEquals(2 * SECOND, copy.reserve(T0, 5, Long.MAX_VALUE));
            assertEquals(30, copy.hourlyUsed(T0));
        }
    }
}
