package org.apache.camel.mws.simulator.market.data;

import java.util.List;

/**
 * An order as it looks at one instant (the view time), with its items. Built on demand, never stored.
 * Money in minor units of {@code marketplace.currency()}.
 */
public record Order(OrderFacts facts, String amazonOrderId, String sellerOrderId, long lastUpdateDate,
        OrderStatus status, Marketplace marketplace, String paymentMethod, String paymentMethodDetail,
        String buyerName, String buyerEmail, Address shippingAddress, String shipServiceLevel,
        String shipmentServiceLevelCategory, String orderType, long earliestShipDate, long latestShipDate,
        boolean businessOrder, boolean prime, boolean premium, List<OrderItem> items, long orderTotal,
        int numberOfItemsShipped, int numberOfItemsUnshipped) {

    public long purchaseDate() {
        return facts.purchase();
    }

    public String fulfillmentChannel() {
        return facts.afn() ? "AFN" : "MFN";
    }
}
