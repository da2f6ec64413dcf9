package org.apache.camel.component.mws.consumer;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Message;

/**
 * What a polling consumer needs to know of one listing action: how a window starting at the checkpoint is asked
 * for, where MWS says the window ended (the next window starts there), and how a record becomes a message. Each
 * consumable action is one small implementation; {@link ListingSpecs} names them.
 */
public interface ListingSpec {

    /**
     * @return the names of the request parameters the consumer sets for the window (a route must not set them)
     */
    Set<String> windowParameterNames();

    /**
     * @param  start the window's start (the checkpoint)
     * @return       the parameters asking for the records of the window (e.g. LastUpdatedAfter)
     */
    Map<String, Object> windowParameters(Instant start);

    /**
     * @param  first the first page of the window's listing
     * @return       where the window ends: the next window starts there once every record of this one completed
     */
    Instant windowEnd(ListingPage first);

    /**
     * Fills the message of one record: the body (the record's model) and the headers describing it.
     *
     * @param record   the record
     * @param message  the message to fill
     * @param sellerId the seller whose record it is
     */
    void describe(Object record, Message message, String sellerId);

    /**
     * Adds what the record needs beyond its page (e.g. an order's items); called before the record is emitted. A
     * failure leaves the record to be emitted by the next poll.
     *
     * @param record  the record
     * @param message its message
     * @param calls   the seller's calls
     */
    default void enrich(Object record, Message message, SellerCalls calls) {
    }
}
