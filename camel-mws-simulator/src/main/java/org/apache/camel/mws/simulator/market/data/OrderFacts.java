package org.apache.camel.mws.simulator.market.data;

/**
 * The generated, time-independent facts of one order: when it was bought and when its status moves (real epoch
 * ms, already scaled). What the order looks like at a given instant is {@link OrderBook#stateAsOf}.
 *
 * @param index        the order's position in the seller's sequence (purchase order)
 * @param hash         the order's root hash, from which its other values derive
 * @param purchase     PurchaseDate
 * @param marketplace  index into the seller's marketplaces
 * @param afn          fulfilled by Amazon
 * @param itemCount    number of order items
 * @param available    end of PendingAvailability (== purchase when the order was not a pre-order)
 * @param decided      end of Pending: the order becomes {@code decision}
 * @param decision     Unshipped, Canceled or Unfulfillable
 * @param shipped1     when the first step after Unshipped happens
 * @param step1        PartiallyShipped, Shipped or Canceled (null when decision is not Unshipped)
 * @param shipped2     when a partially shipped order is completed (0 when none)
 * @param refundDelay  real ms between shipping and a refund, or -1 when the order is never refunded
 */
public record OrderFacts(long index, long hash, long purchase, int marketplace, boolean afn, int itemCount,
        long available, long decided, OrderStatus decision, long shipped1, OrderStatus step1, long shipped2,
        long refundDelay) {

    /** The time of the last generated event (its status no longer moves afterwards, unless a feed acts). */
    public long lastGeneratedEvent() {
        if (step1 == null) {
            return decided;
        }
        return step1 == OrderStatus.PartiallyShipped ? shipped2 : shipped1;
    }
}
