package org.apache.camel.mws.simulator.market.data;

/**
 * An order item; money in minor units of the order's currency.
 *
 * @param orderItemId       OrderItemId
 * @param listing           the seller's listing ordered
 * @param title             product title in the marketplace's language
 * @param quantityOrdered   QuantityOrdered
 * @param quantityShipped   QuantityShipped as of the order's view time
 * @param itemPrice         ItemPrice (unit price times quantity)
 * @param shippingPrice     ShippingPrice
 * @param itemTax           ItemTax
 * @param promotionDiscount PromotionDiscount
 * @param gift              IsGift
 */
public record OrderItem(String orderItemId, Listing listing, String title, int quantityOrdered, int quantityShipped,
        long itemPrice, long shippingPrice, long itemTax, long promotionDiscount, boolean gift) {
}
