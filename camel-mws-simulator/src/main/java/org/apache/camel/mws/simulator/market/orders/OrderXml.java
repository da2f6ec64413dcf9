package org.apache.camel.mws.simulator.market.orders;

import org.apache.camel.mws.simulator.market.data.Address;
import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.market.data.OrderItem;
import org.apache.camel.mws.simulator.market.xml.Money;
import org.apache.camel.mws.simulator.market.xml.Xml;

/** Writes Orders 2013-09-01 elements: {@code Order} and {@code OrderItem}. */
public final class OrderXml {

    private OrderXml() {
    }

    public static void order(Xml x, Order o) {
        Marketplace m = o.marketplace();
        boolean hidden = o.status().hidesBuyer();
        x.open("Order");
        x.el("AmazonOrderId", o.amazonOrderId());
        x.el("SellerOrderId", o.sellerOrderId());
        x.dateZ("PurchaseDate", o.purchaseDate());
        x.dateZ("LastUpdateDate", o.lastUpdateDate());
        x.el("OrderStatus", o.status().name());
        x.el("FulfillmentChannel", o.fulfillmentChannel());
        x.el("SalesChannel", m.salesChannel());
        x.el("ShipServiceLevel", o.shipServiceLevel());
        if (!hidden) {
            address(x, o.shippingAddress());
            Money.orders(x, "OrderTotal", m.currency(), o.orderTotal(), m.currencyDigits());
        }
        x.el("NumberOfItemsShipped", o.numberOfItemsShipped());
        x.el("NumberOfItemsUnshipped", o.numberOfItemsUnshipped());
        x.el("PaymentMethod", o.paymentMethod());
        x.open("PaymentMethodDetails").el("PaymentMethodDetail", o.paymentMethodDetail())
                .close("PaymentMethodDetails");
        x.el("IsReplacementOrder", false);
        x.el("MarketplaceId", m.id());
        if (!hidden) {
            x.el("BuyerEmail", o.buyerEmail());
            x.el("BuyerName", o.buyerName());
        }
        x.el("ShipmentServiceLevelCategory", o.shipmentServiceLevelCategory());
        x.el("OrderType", o.orderType());
        x.dateZ("EarliestShipDate", o.earliestShipDate());
        x.dateZ("LatestShipDate", o.latestShipDate());
        x.el("IsBusinessOrder", o.businessOrder());
        x.el("IsSoldByAB", false);
        x.el("IsPrime", o.prime());
        x.el("IsPremiumOrder", o.premium());
        x.el("IsGlobalExpressEnabled", false);
        x.close("Order");
    }

    private static void address(Xml x, Address a) {
        x.open("ShippingAddress");
        x.el("Name", a.name());
        x.el("AddressLine1", a.addressLine1());
        x.el("AddressLine2", a.addressLine2());
        x.el("City", a.city());
        x.el("StateOrRegion", a.stateOrRegion());
        x.el("PostalCode", a.postalCode());
        x.el("CountryCode", a.countryCode());
        x.el("Phone", a.phone());
        x.el("AddressType", a.addressType());
        x.close("ShippingAddress");
    }

    public static void item(Xml x, OrderItem i, Marketplace m) {
        String c = m.currency();
        int d = m.currencyDigits();
        x.open("OrderItem");
        x.el("ASIN", i.listing().asin());
        x.el("SellerSKU", i.listing().sku());
        x.el("OrderItemId", i.orderItemId());
        x.el("Title", i.title());
        x.el("QuantityOrdered", i.quantityOrdered());
        x.el("QuantityShipped", i.quantityShipped());
        x.open("ProductInfo").el("NumberOfItems", 1).close("ProductInfo");
        Money.orders(x, "ItemPrice", c, i.itemPrice(), d);
        Money.orders(x, "ShippingPrice", c, i.shippingPrice(), d);
        Money.orders(x, "ItemTax", c, i.itemTax(), d);
        Money.orders(x, "ShippingTax", c, 0, d);
        Money.orders(x, "ShippingDiscount", c, 0, d);
        Money.orders(x, "PromotionDiscount", c, i.promotionDiscount(), d);
        if (i.promotionDiscount() > 0) {
            x.open("PromotionIds").el("PromotionId", "PLM-" + i.listing().asin()).close("PromotionIds");
        }
        x.el("ConditionId", "New");
        x.el("ConditionSubtypeId", "New");
        x.el("IsGift", i.gift());
        x.el("IsTransparency", false);
        x.close("OrderItem");
    }
}
