package org.apache.camel.mws.simulator.market.reports;

import java.nio.charset.Charset;
import java.util.List;

import org.apache.camel.mws.simulator.market.data.Listing;
import org.apache.camel.mws.simulator.market.data.Listings;
import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.market.data.OrderBook;
import org.apache.camel.mws.simulator.market.data.OrderItem;
import org.apache.camel.mws.simulator.market.data.OrderStatus;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.finances.FinancialEvents;
import org.apache.camel.mws.simulator.market.orders.OrderSearch;
import org.apache.camel.mws.simulator.market.orders.OrdersQuery;

/**
 * Generates report bodies from the seller's data as it was when the report completed, so that writing a report
 * twice (once through a digest, once to the client) yields the same bytes. Reports other than settlements are
 * padded with generated rows up to the configured minimum size.
 */
final class ReportBodies {

    private static final int CHUNK = 1000;
    private static final String[] ORDER_COLUMNS = { "amazon-order-id", "merchant-order-id", "purchase-date",
            "last-updated-date", "order-status", "fulfillment-channel", "sales-channel", "order-channel", "url",
            "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity", "currency",
            "item-price", "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax",
            "item-promotion-discount", "ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code",
            "ship-country", "promotion-ids", "is-business-order" };
    private static final String[] ACTIONABLE_COLUMNS = { "order-id", "order-item-id", "purchase-date",
            "payments-date", "reporting-date", "promise-date", "days-past-promise", "buyer-email", "buyer-name",
            "buyer-phone-number", "sku", "product-name", "quantity-purchased", "quantity-shipped", "quantity-to-ship",
            "ship-service-level", "recipient-name", "ship-address-1", "ship-address-2", "ship-address-3",
            "ship-city", "ship-state", "ship-postal-code", "ship-country" };
    private static final String[] LISTING_COLUMNS = { "item-name", "item-description", "listing-id", "seller-sku",
            "price", "quantity", "open-date", "image-url", "item-is-marketplace", "product-id-type",
            "zshop-shipping-fee", "item-note", "item-condition", "zshop-category1", "zshop-browse-path",
            "zshop-storefront-feature", "asin1", "asin2", "asin3", "will-ship-internationally", "expedited-shipping",
            "zshop-boldface", "product-id", "bid-for-featured-placement", "add-delete", "pending-quantity",
            "fulfillment-channel", "merchant-shipping-group" };
    private static final String[] SETTLEMENT_COLUMNS = { "settlement-id", "settlement-start-date",
            "settlement-end-date", "deposit-date", "total-amount", "currency", "transaction-type", "order-id",
            "merchant-order-id", "adjustment-id", "shipment-id", "marketplace-name", "amount-type",
            "amount-description", "amount", "fulfillment-id", "posted-date", "posted-date-time", "order-item-code",
            "merchant-order-item-id", "merchant-adjustment-item-id", "sku", "quantity-purchased", "promotion-id" };

    private final OrderSearch search;
    private final FinancialEvents finances;
    private final long minBytes;
    private final long maxTimeline;

    ReportBodies(OrderSearch search, FinancialEvents finances, long minBytes, long maxTimeline) {
        this.search = search;
        this.finances = finances;
        this.minBytes = minBytes;
        this.maxTimeline = maxTimeline;
    }

    /** The marketplace whose conventions (charset) the report follows. */
    static Marketplace marketplace(Seller s, ReportRequest r) {
        return r.marketplaces.isEmpty() || r.kind == ReportKind.SETTLEMENT ? s.home() : r.marketplaces.get(0);
    }

    static Charset charset(Seller s, ReportRequest r) {
        return marketplace(s, r).reportCharset();
    }

    /** Settlement reports came without a charset; the others declared theirs. */
    static String contentType(Seller s, ReportRequest r) {
        if (r.kind == ReportKind.SETTLEMENT) {
            return "text/plain";
        }
        return "text/plain;charset=" + charset(s, r).name();
    }

    /** Whether the report has rows (else it ends _DONE_NO_DATA_). */
    boolean hasData(Seller s, ReportRequest r) {
        return switch (r.kind) {
            case SETTLEMENT -> true;
            case AFN_INVENTORY, FBA_MYI_ALL, FBA_MYI_UNSUPPRESSED -> s.listings().hasAfn();
            case MERCHANT_LISTINGS, MERCHANT_LISTINGS_ALL, MERCHANT_LISTINGS_LITE, OPEN_LISTINGS ->
                s.listings().size() > 0;
            default -> search.page(s, ordersQuery(s, r, 1), search.start(s, ordersQuery(s, r, 1)))
                    .indexes().length > 0;
        };
    }

    private OrdersQuery ordersQuery(Seller s, ReportRequest r, int pageSize) {
        int mask = 0;
        for (Marketplace m : r.marketplaces) {
            int i = s.marketplaceIndex(m.id());
            if (i >= 0) {
                mask |= 1 << i;
            }
        }
        if (mask == 0) {
            mask = (1 << s.marketplaces().size()) - 1;
        }
        return switch (r.kind) {
            case ORDERS_BY_LAST_UPDATE -> new OrdersQuery(true, r.startDate, r.endDate, r.completed, 0, 0, 0, mask,
                    null, null, pageSize);
            case ACTIONABLE_ORDERS -> new OrdersQuery(false, r.completed - maxTimeline, r.completed + 1,
                    r.completed, OrderStatus.Unshipped.bit() | OrderStatus.PartiallyShipped.bit(), 0, 0, mask, null,
                    null, pageSize);
            default -> new OrdersQuery(false, r.startDate, r.endDate, r.completed, 0, 0, 0, mask, null, null,
                    pageSize);
        };
    }

    void write(Seller s, ReportRequest r, FlatFileWriter w) {
        Marketplace m = marketplace(s, r);
        switch (r.kind) {
            case ORDERS_BY_LAST_UPDATE, ORDERS_BY_ORDER_DATE -> orders(s, r, w);
            case ACTIONABLE_ORDERS -> actionable(s, r, w);
            case MERCHANT_LISTINGS, MERCHANT_LISTINGS_ALL -> listings(s, r, m, w);
            case MERCHANT_LISTINGS_LITE -> lite(s, r, m, w);
            case OPEN_LISTINGS -> open(s, r, m, w);
            case AFN_INVENTORY -> afn(s, r, w);
            case FBA_MYI_ALL, FBA_MYI_UNSUPPRESSED -> myi(s, r, m, w);
            case SETTLEMENT -> settlement(s, r, w);
            default -> throw new IllegalStateException("no generator for " + r.kind);
        }
    }

    // ------------------------------------------------------------------------------------------ orders

    private void orders(Seller s, ReportRequest r, FlatFileWriter w) {
        w.header(ORDER_COLUMNS);
        OrderBook book = s.orders();
        OrdersQuery q = ordersQuery(s, r, CHUNK);
        long cursor = search.start(s, q);
        while (cursor >= 0) {
            OrderSearch.Page page = search.page(s, q, cursor);
            for (long index : page.indexes()) {
                Order o = book.order(index, r.completed);
                for (OrderItem item : o.items()) {
                    orderRow(w, o, item, o.amazonOrderId(), o.sellerOrderId());
                }
            }
            cursor = page.next();
        }
        padOrders(r, w, book, (o, item, orderId) -> orderRow(w, o, item, orderId, ""));
    }

    /** Writes one order item row under a (possibly generated) order id. */
    @FunctionalInterface
    private interface OrderRow {
        void write(Order o, OrderItem item, String orderId);
    }

    private static void orderRow(FlatFileWriter w, Order o, OrderItem item, String orderId, String sellerOrderId) {
        Marketplace m = o.marketplace();
        int d = m.currencyDigits();
        boolean hidden = o.status().hidesBuyer();
        w.field(orderId).field(sellerOrderId.startsWith("PO-") ? sellerOrderId : "").date(o.purchaseDate())
                .date(o.lastUpdateDate()).field(o.status().name()).field(o.facts().afn() ? "Amazon" : "Merchant")
                .field(m.salesChannel()).empty().empty().field(o.shipmentServiceLevelCategory())
                .field(item.title()).field(item.listing().sku()).field(item.listing().asin())
                .field(o.status() == OrderStatus.Canceled ? "Canceled"
                        : item.quantityShipped() == item.quantityOrdered() ? "Shipped" : "Unshipped")
                .field(item.quantityOrdered()).field(m.currency()).amount(item.itemPrice(), d)
                .amount(item.itemTax(), d).amount(item.shippingPrice(), d).amount(0, d).empty().empty()
                .amount(-item.promotionDiscount(), d).amount(0, d);
        if (hidden) {
            w.empty().empty().empty().empty();
        } else {
            w.field(o.shippingAddress().city()).field(o.shippingAddress().stateOrRegion())
                    .field(o.shippingAddress().postalCode()).field(o.shippingAddress().countryCode());
        }
        w.field(item.promotionDiscount() > 0 ? "PLM-" + item.listing().asin() : "")
                .field(o.businessOrder() ? "true" : "false").endLine();
    }

    /**
     * Padding rows: real orders' rows again under generated order ids ({@code 999-nnnnnnn-nnnnnnn}) until the size
     * is reached. Each sample row is encoded once; the copies only get the id's digits patched, so multi-GiB
     * reports stream at memory speed.
     */
    private void padOrders(ReportRequest r, FlatFileWriter w, OrderBook book, OrderRow row) {
        if (w.bytes() >= minBytes) {
            return;
        }
        int count = (int) Math.max(1, Math.min(book.countAsOf(r.completed), 512));
        byte[][][] groups = new byte[count][][];
        for (int i = 0; i < count; i++) {
            Order o = book.order(i, r.completed);
            groups[i] = new byte[o.items().size()][];
            for (int k = 0; k < o.items().size(); k++) {
                w.beginCapture();
                row.write(o, o.items().get(k), PAD_ORDER_ID);
                groups[i][k] = w.endCapture();
            }
        }
        for (long n = 0; w.bytes() < minBytes; n++) {
            for (byte[] template : groups[(int) (n % count)]) {
                // the order id is each row's first field
                digits(template, 4, n / 10_000_000L % 10_000_000L, 7);
                digits(template, 12, n % 10_000_000L, 7);
                w.raw(template);
            }
        }
    }

    private static final String PAD_ORDER_ID = "999-0000000-0000000";
    private static final String PAD_SKU = "PAD-000000000-";

    private static void digits(byte[] b, int offset, long value, int width) {
        for (int i = offset + width - 1; i >= offset; i--) {
            b[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private static StringBuilder pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int k = s.length(); k < width; k++) {
            sb.append('0');
        }
        return sb.append(s);
    }

    private void actionable(Seller s, ReportRequest r, FlatFileWriter w) {
        w.header(ACTIONABLE_COLUMNS);
        OrderBook book = s.orders();
        OrdersQuery q = ordersQuery(s, r, CHUNK);
        long cursor = search.start(s, q);
        OrderRow row = (o, item, orderId) -> w.field(orderId).field(item.orderItemId()).date(o.purchaseDate())
                .date(o.facts().decided()).date(r.completed).date(o.latestShipDate())
                .field(Math.max(0, (r.completed - o.latestShipDate()) / 86_400_000L)).field(o.buyerEmail())
                .field(o.buyerName()).field(o.shippingAddress().phone()).field(item.listing().sku())
                .field(item.title()).field(item.quantityOrdered()).field(item.quantityShipped())
                .field(item.quantityOrdered() - item.quantityShipped()).field(o.shipmentServiceLevelCategory())
                .field(o.shippingAddress().name()).field(o.shippingAddress().addressLine1())
                .field(o.shippingAddress().addressLine2()).empty().field(o.shippingAddress().city())
                .field(o.shippingAddress().stateOrRegion()).field(o.shippingAddress().postalCode())
                .field(o.shippingAddress().countryCode()).endLine();
        while (cursor >= 0) {
            OrderSearch.Page page = search.page(s, q, cursor);
            for (long index : page.indexes()) {
                Order o = book.order(index, r.completed);
                for (OrderItem item : o.items()) {
                    row.write(o, item, o.amazonOrderId());
                }
            }
            cursor = page.next();
        }
        padOrders(r, w, book, row);
    }

    // ------------------------------------------------------------------------------------------ listings

    /** Writes one listing row under a (possibly generated) SKU. */
    @FunctionalInterface
    private interface ListingRow {
        void write(Listing listing, String sku, long n);
    }

    private void listings(Seller s, ReportRequest r, Marketplace m, FlatFileWriter w) {
        boolean all = r.kind == ReportKind.MERCHANT_LISTINGS_ALL;
        String[] columns = all ? append(LISTING_COLUMNS, "status") : LISTING_COLUMNS;
        w.header(columns);
        Listings listings = s.listings();
        String[] titles = new String[listings.size()];
        ListingRow row = (l, sku, n) -> {
            long qty = s.inventory().quantityAsOf(l.index(), r.completed);
            boolean active = l.afn() || qty > 0;
            if (!all && !active) {
                return;
            }
            if (titles[l.index()] == null) {
                titles[l.index()] = l.title(m);
            }
            w.field(titles[l.index()]).empty().field(listingId(l, n)).field(sku)
                    .amount(s.inventory().priceAsOf(l.index(), m, r.completed), m.currencyDigits());
            if (l.afn()) {
                w.empty();
            } else {
                w.field(qty);
            }
            w.dateUtc(l.openDate()).empty().field("y").field(1).empty().empty().field(11).empty().empty().empty()
                    .field(l.asin()).empty().empty().empty().empty().empty().field(l.asin()).empty().empty()
                    .field(0).field(l.afn() ? "AMAZON_NA" : "DEFAULT").field("Migrated Template");
            if (all) {
                w.field(active ? "Active" : "Inactive");
            }
            w.endLine();
        };
        for (int i = 0; i < listings.size(); i++) {
            row.write(listings.get(i), listings.get(i).sku(), -1);
        }
        padListings(s, r, w, row);
    }

    private static String listingId(Listing l, long n) {
        long v = (l.index() + 1L) * 1_000_003L + (n + 1) * 7919L;
        return "0" + Long.toString(Math.abs(v), 10) + "A" + (l.index() % 10);
    }

    private static String[] append(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }

    private void lite(Seller s, ReportRequest r, Marketplace m, FlatFileWriter w) {
        w.header("seller-sku", "quantity", "price", "product-id");
        ListingRow row = (l, sku, n) -> w.field(sku).field(s.inventory().quantityAsOf(l.index(), r.completed))
                .amount(s.inventory().priceAsOf(l.index(), m, r.completed), m.currencyDigits()).field(l.asin())
                .endLine();
        for (int i = 0; i < s.listings().size(); i++) {
            row.write(s.listings().get(i), s.listings().get(i).sku(), -1);
        }
        padListings(s, r, w, row);
    }

    private void open(Seller s, ReportRequest r, Marketplace m, FlatFileWriter w) {
        w.header("sku", "asin", "price", "quantity");
        ListingRow row = (l, sku, n) -> {
            w.field(sku).field(l.asin()).amount(s.inventory().priceAsOf(l.index(), m, r.completed),
                    m.currencyDigits());
            if (l.afn()) {
                w.empty();
            } else {
                w.field(s.inventory().quantityAsOf(l.index(), r.completed));
            }
            w.endLine();
        };
        for (int i = 0; i < s.listings().size(); i++) {
            row.write(s.listings().get(i), s.listings().get(i).sku(), -1);
        }
        padListings(s, r, w, row);
    }

    private void afn(Seller s, ReportRequest r, FlatFileWriter w) {
        w.header("seller-sku", "fulfillment-channel-sku", "asin", "condition-type", "Warehouse-Condition-code",
                "Quantity Available");
        ListingRow row = (l, sku, n) -> {
            if (!l.afn()) {
                return;
            }
            w.field(sku).field(l.fnsku()).field(l.asin()).field("NewItem").field("SELLABLE")
                    .field(s.inventory().quantityAsOf(l.index(), r.completed)).endLine();
            long unsellable = l.baseQuantity() % 3;
            if (unsellable > 0) {
                w.field(sku).field(l.fnsku()).field(l.asin()).field("NewItem").field("UNSELLABLE")
                        .field(unsellable).endLine();
            }
        };
        for (int i = 0; i < s.listings().size(); i++) {
            row.write(s.listings().get(i), s.listings().get(i).sku(), -1);
        }
        padListings(s, r, w, row);
    }

    private void myi(Seller s, ReportRequest r, Marketplace m, FlatFileWriter w) {
        w.header("sku", "fnsku", "asin", "product-name", "condition", "your-price", "mfn-listing-exists",
                "mfn-fulfillable-quantity", "afn-listing-exists", "afn-warehouse-quantity",
                "afn-fulfillable-quantity", "afn-unsellable-quantity", "afn-reserved-quantity", "afn-total-quantity",
                "per-unit-volume", "afn-inbound-working-quantity", "afn-inbound-shipped-quantity",
                "afn-inbound-receiving-quantity");
        String[] titles = new String[s.listings().size()];
        ListingRow row = (l, sku, n) -> {
            if (!l.afn()) {
                return;
            }
            if (titles[l.index()] == null) {
                titles[l.index()] = l.title(m);
            }
            long qty = s.inventory().quantityAsOf(l.index(), r.completed);
            long unsellable = l.baseQuantity() % 3;
            long reserved = l.baseQuantity() % 5;
            w.field(sku).field(l.fnsku()).field(l.asin()).field(titles[l.index()]).field("New")
                    .amount(s.inventory().priceAsOf(l.index(), m, r.completed), m.currencyDigits()).field("No")
                    .empty().field("Yes").field(qty + unsellable + reserved).field(qty).field(unsellable)
                    .field(reserved).field(qty + unsellable + reserved).field("0.12").field(0).field(0).field(0)
                    .endLine();
        };
        for (int i = 0; i < s.listings().size(); i++) {
            row.write(s.listings().get(i), s.listings().get(i).sku(), -1);
        }
        padListings(s, r, w, row);
    }

    /**
     * Padding rows: the seller's listings again under generated SKUs ({@code PAD-nnnnnnnnn-<sku>}) until the size
     * is reached, from rows encoded once with the counter patched in (see {@link #padOrders}).
     */
    private void padListings(Seller s, ReportRequest r, FlatFileWriter w, ListingRow row) {
        if (w.bytes() >= minBytes) {
            return;
        }
        Listings listings = s.listings();
        int[] pool = r.kind == ReportKind.AFN_INVENTORY || r.kind == ReportKind.FBA_MYI_ALL
                || r.kind == ReportKind.FBA_MYI_UNSUPPRESSED ? listings.pool(true) : null;
        int size = Math.min(512, pool != null ? pool.length : listings.size());
        List<byte[]> templates = new java.util.ArrayList<>();
        List<Integer> marks = new java.util.ArrayList<>();
        byte[] marker = PAD_SKU.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i++) {
            Listing l = listings.get(pool != null ? pool[i] : i);
            w.beginCapture();
            row.write(l, PAD_SKU + l.sku(), 0);
            byte[] t = w.endCapture();
            int at = indexOf(t, marker);
            if (at >= 0) {
                templates.add(t);
                marks.add(at + 4);
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("report rows cannot pad " + r.kind);
        }
        int n = templates.size();
        for (long k = 0; w.bytes() < minBytes; k++) {
            byte[] t = templates.get((int) (k % n));
            digits(t, marks.get((int) (k % n)), k / n % 1_000_000_000L, 9);
            w.raw(t);
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------------ settlements

    private void settlement(Seller s, ReportRequest r, FlatFileWriter w) {
        FinancialEvents.Group g = r.settlement;
        Marketplace currencyHome = s.marketplaces().stream().filter(mk -> mk.currency().equals(g.currency()))
                .findFirst().orElse(s.home());
        int d = currencyHome.currencyDigits();
        long asOf = g.end();
        List<FinancialEvents.Event> events = finances.events(s, g.start(), g.end(), asOf, -1, 0, Integer.MAX_VALUE);
        long total = 0;
        OrderBook book = s.orders();
        for (FinancialEvents.Event e : events) {
            Order o = book.order(e.orderIndex(), asOf);
            if (!o.marketplace().currency().equals(g.currency())) {
                continue;
            }
            for (OrderItem item : o.items()) {
                total += e.refund() ? FinancialEvents.refundNet(item) : FinancialEvents.shipmentNet(o, item);
            }
        }
        long settlementId = FinancialEvents.settlementId(s, g);
        w.header(SETTLEMENT_COLUMNS);
        w.field(settlementId).date(g.start()).date(g.end()).date(g.end() + (g.end() - g.start()) / 14)
                .amount(total, d).field(g.currency());
        for (int k = 0; k < 18; k++) {
            w.empty();
        }
        w.endLine();
        for (FinancialEvents.Event e : events) {
            Order o = book.order(e.orderIndex(), asOf);
            if (!o.marketplace().currency().equals(g.currency())) {
                continue;
            }
            for (OrderItem item : o.items()) {
                if (e.refund()) {
                    settlementRow(w, settlementId, o, item, e, "Refund", "ItemPrice", "Principal",
                            -item.itemPrice(), d);
                    settlementRow(w, settlementId, o, item, e, "Refund", "ItemPrice", "Tax", -item.itemTax(), d);
                    settlementRow(w, settlementId, o, item, e, "Refund", "ItemFees", "RefundCommission",
                            -Math.round(FinancialEvents.commission(item) * 0.8), d);
                } else {
                    settlementRow(w, settlementId, o, item, e, "Order", "ItemPrice", "Principal", item.itemPrice(),
                            d);
                    settlementRow(w, settlementId, o, item, e, "Order", "ItemPrice", "Tax", item.itemTax(), d);
                    if (item.shippingPrice() != 0) {
                        settlementRow(w, settlementId, o, item, e, "Order", "ItemPrice", "Shipping",
                                item.shippingPrice(), d);
                    }
                    if (item.promotionDiscount() != 0) {
                        settlementRow(w, settlementId, o, item, e, "Order", "Promotion", "Principal",
                                -item.promotionDiscount(), d);
                    }
                    settlementRow(w, settlementId, o, item, e, "Order", "ItemFees", "Commission",
                            FinancialEvents.commission(item), d);
                    long fba = FinancialEvents.fbaFee(o, item);
                    if (fba != 0) {
                        settlementRow(w, settlementId, o, item, e, "Order", "ItemFees", "FBAPerUnitFulfillmentFee",
                                fba, d);
                    }
                }
            }
        }
    }

    private static void settlementRow(FlatFileWriter w, long settlementId, Order o, OrderItem item,
            FinancialEvents.Event e, String type, String amountType, String description, long amount, int d) {
        w.field(settlementId).empty().empty().empty().empty().empty().field(type).field(o.amazonOrderId())
                .field(o.sellerOrderId().startsWith("PO-") ? o.sellerOrderId() : "")
                .field(e.refund() ? "A" + o.amazonOrderId().substring(4).replace("-", "") : "")
                .field(e.refund() ? "" : "S" + o.amazonOrderId().substring(4).replace("-", ""))
                .field(o.marketplace().salesChannel()).field(amountType).field(description).amount(amount, d)
                .field(o.facts().afn() ? "AFN" : "MFN").date(e.posted()).date(e.posted()).field(item.orderItemId())
                .empty().empty().field(item.listing().sku()).field(item.quantityOrdered()).empty().endLine();
    }
}
