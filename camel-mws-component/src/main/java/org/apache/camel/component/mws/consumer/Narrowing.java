package org.apache.camel.component.mws.consumer;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A window that could not be listed whole, walked in parts from the checkpoint to its end. When a listing breaks
 * (NextTokenCorrupted once its {@code maxListingRestarts} restarts are spent: its tokens keep expiring before its
 * last page), its earlier half is listed on its own, delivered, and the checkpoint moves to the half's end; a part
 * that breaks again is halved again. After a part settled, the next one may be twice as long (up to the window's
 * end), so a dense stretch does not leave the rest of the window in small parts. This holds whatever order MWS lists
 * the records in: a part is a window of its own, [start, end), listed to its last page.
 *
 * @param end  where the window ends (the checkpoint there, the narrowing is over)
 * @param span how long the next part is
 * @param due  whether the next part follows a part that settled or broke, so it may open in the same run of greedy
 *             polls; false once it opened (a part polled again after a failed exchange waits for the next
 *             scheduled poll, as a window does)
 */
record Narrowing(Instant end, Duration span, boolean due) {

    /**
     * The shortest part: a part of a second that still cannot be listed holds more than a page of records updated
     * within that second, which no narrower window separates; the poll fails instead.
     */
    static final Duration MIN_PART = Duration.ofSeconds(1);

    /**
     * @param  end     where the window being walked ends
     * @param  start   the start of the listing that broke
     * @param  partEnd the end of the listing that broke
     * @return         the narrowing that lists the earlier half of [start, partEnd) next, or null when that half
     *                 would be shorter than {@link #MIN_PART}
     */
    static Narrowing halve(Instant end, Instant start, Instant partEnd) {
        Duration half = Duration.between(start, partEnd).dividedBy(2).truncatedTo(ChronoUnit.MILLIS);
        return half.compareTo(MIN_PART) < 0 ? null : new Narrowing(end, half, true);
    }

    /**
     * @return the end of the part starting at {@code start}
     */
    Instant partEnd(Instant start) {
        Instant partEnd = start.plus(span);
        return partEnd.isBefore(end) ? partEnd : end;
    }

    /**
     * @return whether the window still has a part from {@code checkpoint} on
     */
    boolean covers(Instant checkpoint) {
        return checkpoint.isBefore(end);
    }

    /**
     * A part ending at {@code partEnd} was delivered and the checkpoint moved there.
     *
     * @return the narrowing of the rest, its next part twice as long (at most the rest); null when the window is
     *         complete
     */
    Narrowing settled(Instant partEnd) {
        if (!covers(partEnd)) {
            return null;
        }
        Duration rest = Duration.between(partEnd, end);
        Duration doubled = span.multipliedBy(2);
        return new Narrowing(end, doubled.compareTo(rest) < 0 ? doubled : rest, true);
    }

    /**
     * @return this narrowing once its next part opened
     */
    Narrowing opened() {
        return due ? new Narrowing(end, span, false) : this;
    }
}
