package org.apache.camel.mws.simulator.market.data;

/**
 * A change a feed made to an order, effective at {@code time} (the feed's completion).
 *
 * @param time          when it takes effect (epoch ms)
 * @param kind          shipment or cancellation
 * @param itemQuantity  per order item, the quantity shipped by this change; null means everything left
 * @param feedId        the feed submission that made it
 * @param carrier       carrier name of a shipment, may be null
 * @param tracking      tracking number of a shipment, may be null
 */
public record OrderChange(long time, Kind kind, int[] itemQuantity, long feedId, String carrier, String tracking) {

    public enum Kind {
        SHIP,
        CANCEL
    }
}
