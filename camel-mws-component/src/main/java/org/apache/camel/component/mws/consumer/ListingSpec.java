package org.apache.camel.component.mws.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What a polling consumer needs to know of one listing action: how a window starting at the checkpoint is asked
 * for, where the window ends (the next window starts there), and how a record becomes a message. Each consumable
 * action is one small implementation; {@link ListingSpecs} names them.
 * <p>
 * A window ends either where MWS says it ended (ListOrders echoes LastUpdatedBefore) or at the planned end the
 * consumer chose before listing it (now minus the windowLag option), sent as the listing's upper bound where the
 * action has one.
 */
public interface ListingSpec {

    /**
     * @return the names of the request parameters the consumer sets for the window (a route must not set them)
     */
    Set<String> windowParameterNames();

    /**
     * @param  start      the window's start (the checkpoint)
     * @param  plannedEnd now minus the windowLag option
     * @return            the parameters asking for the records of the window (e.g. PostedAfter, PostedBefore)
     */
    Map<String, Object> windowParameters(Instant start, Instant plannedEnd);

    /**
     * The parameters asking for the records of a part of a window, {@code end} sent as the listing's upper bound:
     * a window whose listing keeps breaking (NextTokenCorrupted after its restarts) is listed in parts (see
     * {@link Narrowing}).
     *
     * @param  start the part's start (the checkpoint)
     * @param  end   the part's end, before the window's end
     * @return       the parameters (e.g. LastUpdatedAfter and LastUpdatedBefore), or null when the action takes no
     *               upper bound, so its windows cannot be narrowed
     */
    default Map<String, Object> partParameters(Instant start, Instant end) {
        return null;
    }

    /**
     * @return true when the window ends at the planned end (no window is listed before the planned end passed its
     *         start); false when MWS says where it ended ({@link #windowEnd})
     */
    default boolean endsAtPlannedEnd() {
        return true;
    }

    /**
     * @return the longest window the action answers correctly (ListFinancialEvents answers nothing for windows over
     *         180 days), or null for no limit; a longer way to now is walked in windows of this length
     */
    default Duration maxWindow() {
        return null;
    }

    /**
     * @param  first      the first page of the window's listing
     * @param  plannedEnd the planned end the window was asked for with
     * @return            where the window ends: the next window starts there once every record of this one completed
     */
    default Instant windowEnd(ListingPage first, Instant plannedEnd) {
        return plannedEnd;
    }

    /**
     * Fills the message of one record: the body (the record's model) and the headers describing it.
     *
     * @param record  the record
     * @param page    the page it came in
     * @param message the message to fill
     */
    void describe(Object record, ListingPage page, Message message);

    /**
     * Adds what the record needs beyond its page (e.g. an order's items, a report's content); called before the
     * record is emitted. A failure leaves the record to be emitted by the next poll.
     *
     * @param record  the record
     * @param message its message
     * @param calls   the seller's calls
     */
    default void enrich(Object record, Message message, SellerCalls calls) {
    }

    /**
     * Called once the exchange of a record completed successfully, before the window may settle (e.g. to acknowledge
     * a report). A failure counts as a failed exchange: the window is polled again.
     *
     * @param record   the record
     * @param exchange its completed exchange
     * @param calls    the seller's calls
     */
    default void delivered(Object record, Exchange exchange, SellerCalls calls) {
    }
}
