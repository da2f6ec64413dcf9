package org.apache.camel.mws.examples.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.component.mws.model.common.Money;
import org.apache.camel.component.mws.model.orders.Address;
import org.apache.camel.component.mws.model.orders.Order;
import org.apache.camel.component.mws.model.orders.OrderItem;

/**
 * The rows of the {@code orders} and {@code order_items} tables for an order, and the MERGE statements writing them.
 * <p>
 * Both statements only replace a stored row by a version with a later (or, for items, equal) LastUpdateDate, so
 * writing an order again - after a restart, or because it appeared in two sync windows - changes nothing: the sync
 * is idempotent on AmazonOrderId + LastUpdateDate. Items are written before their order, so a crash between the two
 * leaves the order row at its previous version and the next sync writes both again.
 */
public final class OrderRows {

    /** Standard SQL MERGE: H2 and PostgreSQL 15+. Parameters typed by CAST so PostgreSQL knows them. */
    public static final String MERGE_ORDER = """
            MERGE INTO orders o
            USING (VALUES (CAST(:#amazon_order_id AS VARCHAR(32)), CAST(:#seller_id AS VARCHAR(32)),
                           CAST(:#marketplace_id AS VARCHAR(20)), CAST(:#order_status AS VARCHAR(32)),
                           CAST(:#purchase_date AS TIMESTAMP WITH TIME ZONE),
                           CAST(:#last_update_date AS TIMESTAMP WITH TIME ZONE),
                           CAST(:#fulfillment_channel AS VARCHAR(8)), CAST(:#order_type AS VARCHAR(32)),
                           CAST(:#payment_method AS VARCHAR(16)), CAST(:#order_total_amount AS NUMERIC(14, 2)),
                           CAST(:#order_total_currency AS VARCHAR(3)), CAST(:#number_of_items_shipped AS INTEGER),
                           CAST(:#number_of_items_unshipped AS INTEGER), CAST(:#buyer_name AS VARCHAR(200)),
                           CAST(:#buyer_email AS VARCHAR(200)), CAST(:#ship_city AS VARCHAR(200)),
                           CAST(:#ship_postal_code AS VARCHAR(20)), CAST(:#ship_country_code AS VARCHAR(2))))
              AS s (amazon_order_id, seller_id, marketplace_id, order_status, purchase_date, last_update_date,
                    fulfillment_channel, order_type, payment_method, order_total_amount, order_total_currency,
                    number_of_items_shipped, number_of_items_unshipped, buyer_name, buyer_email, ship_city,
                    ship_postal_code, ship_country_code)
            ON o.amazon_order_id = s.amazon_order_id
            WHEN MATCHED AND o.last_update_date < s.last_update_date THEN UPDATE SET
                order_status = s.order_status, last_update_date = s.last_update_date,
                fulfillment_channel = s.fulfillment_channel, order_type = s.order_type,
                payment_method = s.payment_method, order_total_amount = s.order_total_amount,
                order_total_currency = s.order_total_currency, number_of_items_shipped = s.number_of_items_shipped,
                number_of_items_unshipped = s.number_of_items_unshipped, buyer_name = s.buyer_name,
                buyer_email = s.buyer_email, ship_city = s.ship_city, ship_postal_code = s.ship_postal_code,
                ship_country_code = s.ship_country_code, synced_at = CURRENT_TIMESTAMP
            WHEN NOT MATCHED THEN INSERT (amazon_order_id, seller_id, marketplace_id, order_status, purchase_date,
                last_update_date, fulfillment_channel, order_type, payment_method, order_total_amount,
                order_total_currency, number_of_items_shipped, number_of_items_unshipped, buyer_name, buyer_email,
                ship_city, ship_postal_code, ship_country_code, synced_at)
            VALUES (s.amazon_order_id, s.seller_id, s.marketplace_id, s.order_status, s.purchase_date,
                s.last_update_date, s.fulfillment_channel, s.order_type, s.payment_method, s.order_total_amount,
                s.order_total_currency, s.number_of_items_shipped, s.number_of_items_unshipped, s.buyer_name,
                s.buyer_email, s.ship_city, s.ship_postal_code, s.ship_country_code, CURRENT_TIMESTAMP)""";

    /** Standard SQL MERGE of one order item (batched). */
    public static final String MERGE_ITEM = """
            MERGE INTO order_items i
            USING (VALUES (CAST(:#amazon_order_id AS VARCHAR(32)), CAST(:#order_item_id AS VARCHAR(32)),
                           CAST(:#seller_id AS VARCHAR(32)), CAST(:#seller_sku AS VARCHAR(64)),
                           CAST(:#asin AS VARCHAR(16)), CAST(:#title AS VARCHAR(500)),
                           CAST(:#quantity_ordered AS INTEGER), CAST(:#quantity_shipped AS INTEGER),
                           CAST(:#item_price_amount AS NUMERIC(14, 2)), CAST(:#item_tax_amount AS NUMERIC(14, 2)),
                           CAST(:#shipping_price_amount AS NUMERIC(14, 2)),
                           CAST(:#promotion_discount_amount AS NUMERIC(14, 2)), CAST(:#currency AS VARCHAR(3)),
                           CAST(:#last_update_date AS TIMESTAMP WITH TIME ZONE)))
              AS s (amazon_order_id, order_item_id, seller_id, seller_sku, asin, title, quantity_ordered,
                    quantity_shipped, item_price_amount, item_tax_amount, shipping_price_amount,
                    promotion_discount_amount, currency, last_update_date)
            ON i.amazon_order_id = s.amazon_order_id AND i.order_item_id = s.order_item_id
            WHEN MATCHED AND i.last_update_date <= s.last_update_date THEN UPDATE SET
                seller_sku = s.seller_sku, asin = s.asin, title = s.title, quantity_ordered = s.quantity_ordered,
                quantity_shipped = s.quantity_shipped, item_price_amount = s.item_price_amount,
                item_tax_amount = s.item_tax_amount, shipping_price_amount = s.shipping_price_amount,
                promotion_discount_amount = s.promotion_discount_amount, currency = s.currency,
                last_update_date = s.last_update_date
            WHEN NOT MATCHED THEN INSERT (amazon_order_id, order_item_id, seller_id, seller_sku, asin, title,
                quantity_ordered, quantity_shipped, item_price_amount, item_tax_amount, shipping_price_amount,
                promotion_discount_amount, currency, last_update_date)
            VALUES (s.amazon_order_id, s.order_item_id, s.seller_id, s.seller_sku, s.asin, s.title,
                s.quantity_ordered, s.quantity_shipped, s.item_price_amount, s.item_tax_amount,
                s.shipping_price_amount, s.promotion_discount_amount, s.currency, s.last_update_date)""";

    private OrderRows() {
    }

    /** The {@code orders} row. */
    public static Map<String, Object> order(SyncedOrder synced) {
        Order o = synced.order();
        Address ship = o.getShippingAddress();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("amazon_order_id", o.getAmazonOrderId());
        row.put("seller_id", synced.sellerId());
        row.put("marketplace_id", o.getMarketplaceId());
        row.put("order_status", o.getOrderStatus());
        row.put("purchase_date", time(o.getPurchaseDate()));
        row.put("last_update_date", time(o.getLastUpdateDate()));
        row.put("fulfillment_channel", o.getFulfillmentChannel());
        row.put("order_type", o.getOrderType());
        row.put("payment_method", o.getPaymentMethod());
        row.put("order_total_amount", amount(o.getOrderTotal()));
        row.put("order_total_currency", o.getOrderTotal() == null ? null : o.getOrderTotal().getCurrencyCode());
        row.put("number_of_items_shipped", o.getNumberOfItemsShipped());
        row.put("number_of_items_unshipped", o.getNumberOfItemsUnshipped());
        row.put("buyer_name", o.getBuyerName());
        row.put("buyer_email", o.getBuyerEmail());
        row.put("ship_city", ship == null ? null : ship.getCity());
        row.put("ship_postal_code", ship == null ? null : ship.getPostalCode());
        row.put("ship_country_code", ship == null ? null : ship.getCountryCode());
        return row;
    }

    /** The {@code order_items} rows, stamped with the order's LastUpdateDate. */
    public static List<Map<String, Object>> items(SyncedOrder synced) {
        Order o = synced.order();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OrderItem i : synced.items()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("amazon_order_id", o.getAmazonOrderId());
            row.put("order_item_id", i.getOrderItemId());
            row.put("seller_id", synced.sellerId());
            row.put("seller_sku", i.getSellerSKU());
            row.put("asin", i.getASIN());
            row.put("title", i.getTitle());
            row.put("quantity_ordered", i.getQuantityOrdered());
            row.put("quantity_shipped", i.getQuantityShipped());
            row.put("item_price_amount", amount(i.getItemPrice()));
            row.put("item_tax_amount", amount(i.getItemTax()));
            row.put("shipping_price_amount", amount(i.getShippingPrice()));
            row.put("promotion_discount_amount", amount(i.getPromotionDiscount()));
            row.put("currency", i.getItemPrice() == null ? null : i.getItemPrice().getCurrencyCode());
            row.put("last_update_date", time(o.getLastUpdateDate()));
            rows.add(row);
        }
        return rows;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.getAmount();
    }
}
