package org.apache.camel.mws.examples.orders;

import java.util.List;

import org.apache.camel.component.mws.model.orders.Order;
import org.apache.camel.component.mws.model.orders.OrderItem;

/**
 * An order as MWS returned it, with all its items, for one seller.
 *
 * @param sellerId the seller
 * @param order    the order
 * @param items    its items (every page of ListOrderItems)
 */
public record SyncedOrder(String sellerId, Order order, List<OrderItem> items) {

    public SyncedOrder {
        items = List.copyOf(items);
    }
}
