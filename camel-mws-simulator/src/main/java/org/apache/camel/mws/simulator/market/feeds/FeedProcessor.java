package org.apache.camel.mws.simulator.market.feeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.mws.simulator.market.data.Listing;
import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.data.OrderBook;
import org.apache.camel.mws.simulator.market.data.OrderChange;
import org.apache.camel.mws.simulator.market.data.OrderFacts;
import org.apache.camel.mws.simulator.market.data.OrderStatus;
import org.apache.camel.mws.simulator.market.data.Seller;

/**
 * Processes a feed: reads each message (XML) or row (flat file), validates it against the seller's data as it
 * will be when the feed completes, applies its effect at that instant (inventory quantities, prices, shipments,
 * cancellations) and records errors and warnings for the processing report.
 */
final class FeedProcessor {

    static final int SKU_NOT_FOUND = 13013;
    static final int INVALID_VALUE = 8041;
    static final int MISSING_VALUE = 8560;
    static final int ORDER_NOT_FOUND = 18028;
    static final int ORDER_STATE = 18001;
    static final int ALREADY_SHIPPED = 18050;

    private final Seller seller;
    private final long time;
    private final long feedId;
    private final FeedOutcome out = new FeedOutcome();

    /**
     * @param time   when the feed's effects apply (its completion)
     * @param feedId the submission, recorded with each change so a cancellation could withdraw them
     */
    FeedProcessor(Seller seller, long time, long feedId) {
        this.seller = seller;
        this.time = time;
        this.feedId = feedId;
    }

    FeedOutcome process(FeedType type, Path file, Charset flatCharset) throws IOException {
        if (type.flat()) {
            processFlat(type, file, flatCharset);
        } else {
            processXml(type, file);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ XML feeds

    private void processXml(FeedType type, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); EnvelopeReader envelope = new EnvelopeReader(in)) {
            if (envelope.messageType() != null && !envelope.messageType().equals(type.messageType())) {
                out.fatal("The MessageType " + envelope.messageType() + " is not valid for the feed type "
                        + type.type() + "; expected " + type.messageType() + ".");
                return;
            }
            if (envelope.merchantIdentifier() == null) {
                out.fatal("The Header/MerchantIdentifier element is missing.");
                return;
            }
            XmlNode message;
            while ((message = envelope.nextMessage()) != null) {
                long id = messageId(message);
                if (id < 0) {
                    out.error(0, MISSING_VALUE, "A Message has no valid MessageID.", null, null);
                    continue;
                }
                switch (type) {
                    case INVENTORY -> inventory(id, message);
                    case PRICING -> price(id, message);
                    case ORDER_FULFILLMENT -> fulfillment(id, message);
                    case ORDER_ACKNOWLEDGEMENT -> acknowledgement(id, message);
                    case PRODUCT -> product(id, message);
                    default -> {
                        if (message.child(type.messageType()) == null) {
                            out.error(id, MISSING_VALUE, "The Message has no " + type.messageType() + " element.",
                                    null, null);
                        } else {
                            out.success();
                        }
                    }
                }
            }
        } catch (EnvelopeReader.FatalError e) {
            out.fatal(e.getMessage());
        }
    }

    private static long messageId(XmlNode message) {
        String id = message.text("MessageID");
        try {
            long v = id == null ? -1 : Long.parseLong(id);
            return v >= 1 ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Listing listing(long id, String sku) {
        if (sku == null) {
            out.error(id, MISSING_VALUE, "The SKU is missing.", null, null);
            return null;
        }
        Listing l = seller.listings().bySku(sku);
        if (l == null) {
            out.error(id, SKU_NOT_FOUND, "The SKU " + sku + " does not match any SKU in your inventory.", sku, null);
        }
        return l;
    }

    private void inventory(long id, XmlNode message) {
        XmlNode inv = message.child("Inventory");
        if (inv == null) {
            out.error(id, MISSING_VALUE, "The Message has no Inventory element.", null, null);
            return;
        }
        String sku = inv.text("SKU");
        Listing l = listing(id, sku);
        if (l == null) {
            return;
        }
        long quantity;
        if ("Delete".equals(message.text("OperationType"))) {
            quantity = 0;
        } else if (inv.text("Quantity") != null) {
            quantity = quantity(inv.text("Quantity"));
            if (quantity < 0) {
                out.error(id, INVALID_VALUE, "The value '" + inv.text("Quantity") + "' is not a valid Quantity.",
                        sku, null);
                return;
            }
        } else if (inv.text("Available") != null) {
            quantity = "false".equals(inv.text("Available")) ? 0
                    : seller.inventory().quantityAsOf(l.index(), time);
        } else {
            out.error(id, MISSING_VALUE, "The Inventory of SKU " + sku + " has neither Quantity nor Available.",
                    sku, null);
            return;
        }
        seller.inventory().setQuantity(l.index(), time, quantity, feedId);
        out.success();
    }

    private static long quantity(String text) {
        try {
            long q = Long.parseLong(text.trim());
            return q >= 0 && q <= 99_999_999 ? q : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void price(long id, XmlNode message) {
        XmlNode price = message.child("Price");
        if (price == null) {
            out.error(id, MISSING_VALUE, "The Message has no Price element.", null, null);
            return;
        }
        String sku = price.text("SKU");
        Listing l = listing(id, sku);
        if (l == null) {
            return;
        }
        XmlNode standard = price.child("StandardPrice");
        String currency = standard == null ? null : standard.attributes.get("currency");
        if (standard == null || standard.text.toString().isBlank()) {
            out.error(id, MISSING_VALUE, "The Price of SKU " + sku + " has no StandardPrice.", sku, null);
            return;
        }
        Marketplace home = seller.home();
        if (currency != null && !currency.equals(home.currency())) {
            out.error(id, INVALID_VALUE, "The currency " + currency + " does not match the marketplace currency "
                    + home.currency() + ".", sku, null);
            return;
        }
        long minor = minorUnits(standard.text.toString(), home);
        if (minor <= 0) {
            out.error(id, INVALID_VALUE, "The value '" + standard.text.toString().trim()
                    + "' is not a valid StandardPrice.", sku, null);
            return;
        }
        seller.inventory().setHomePrice(l.index(), time, minor, feedId);
        out.success();
    }

    private static long minorUnits(String text, Marketplace m) {
        try {
            BigDecimal v = new BigDecimal(text.trim());
            return v.movePointRight(m.currencyDigits()).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return -1;
        }
    }

    private void product(long id, XmlNode message) {
        XmlNode product = message.child("Product");
        if (product == null || product.text("SKU") == null) {
            out.error(id, MISSING_VALUE, "The Product has no SKU.", null, null);
            return;
        }
        out.success();
    }

    private long orderIndex(long id, String amazonOrderId, String merchantOrderId) {
        OrderBook book = seller.orders();
        long index = amazonOrderId != null ? book.indexOfAmazonOrderId(amazonOrderId, time)
                : merchantOrderId != null ? book.indexOfSellerOrderId(merchantOrderId, time) : -2;
        if (index == -2) {
            out.error(id, MISSING_VALUE, "Either AmazonOrderID or MerchantOrderID is required.", null, null);
        } else if (index < 0) {
            String ref = amazonOrderId != null ? amazonOrderId : merchantOrderId;
            out.error(id, ORDER_NOT_FOUND, "The order id " + ref + " was not found for this seller.", null,
                    amazonOrderId);
        }
        return index;
    }

    private void fulfillment(long id, XmlNode message) {
        XmlNode f = message.child("OrderFulfillment");
        if (f == null) {
            out.error(id, MISSING_VALUE, "The Message has no OrderFulfillment element.", null, null);
            return;
        }
        long index = orderIndex(id, f.text("AmazonOrderID"), f.text("MerchantOrderID"));
        if (index < 0) {
            return;
        }
        Map<String, Integer> items = new LinkedHashMap<>();
        for (XmlNode item : f.children("Item")) {
            String code = item.text("AmazonOrderItemCode");
            String qty = item.text("Quantity");
            long q = qty == null ? 0 : quantity(qty);
            if (code == null || q < 0) {
                out.error(id, INVALID_VALUE, "Each Item needs an AmazonOrderItemCode and a valid Quantity.", null,
                        f.text("AmazonOrderID"));
                return;
            }
            items.merge(code, (int) q, Integer::sum);
        }
        String carrier = f.text("FulfillmentData/CarrierName") != null ? f.text("FulfillmentData/CarrierName")
                : f.text("FulfillmentData/CarrierCode");
        ship(id, index, items, carrier, f.text("FulfillmentData/ShipperTrackingNumber"));
    }

    /**
     * Ships an order (all that is left when {@code items} is empty, else the given quantities per item code; an
     * item quantity of 0 means all of that item).
     */
    private void ship(long id, long index, Map<String, Integer> items, String carrier, String tracking) {
        OrderBook book = seller.orders();
        OrderFacts facts = book.facts(index);
        String orderId = book.amazonOrderId(facts);
        if (facts.afn()) {
            out.error(id, ORDER_STATE, "The order " + orderId
                    + " is fulfilled by Amazon; only merchant-fulfilled orders can be confirmed.", null, orderId);
            return;
        }
        OrderStatus status = OrderBook.status(book.stateAsOf(facts, time));
        if (status == OrderStatus.Shipped) {
            out.warning(id, ALREADY_SHIPPED, "The order " + orderId + " has already been shipped.", null, orderId);
            return;
        }
        if (status != OrderStatus.Unshipped && status != OrderStatus.PartiallyShipped) {
            out.error(id, ORDER_STATE, "The order " + orderId + " cannot be shipped: its status is " + status + ".",
                    null, orderId);
            return;
        }
        int[] quantities = null;
        if (!items.isEmpty()) {
            int[] shipped = book.shippedAsOf(facts, time);
            quantities = new int[facts.itemCount()];
            for (Map.Entry<String, Integer> e : items.entrySet()) {
                int item = book.itemOfOrderItemId(facts, e.getKey());
                if (item < 0) {
                    out.error(id, ORDER_NOT_FOUND, "The order item " + e.getKey() + " is not part of order "
                            + orderId + ".", null, orderId);
                    return;
                }
                int left = book.itemQuantity(facts, item) - shipped[item];
                int q = e.getValue() == 0 ? left : e.getValue();
                if (q > left) {
                    out.error(id, INVALID_VALUE, "The quantity " + q + " for order item " + e.getKey()
                            + " exceeds the " + left + " unit(s) left to ship.", null, orderId);
                    return;
                }
                quantities[item] = q;
            }
        }
        book.addChange(index, new OrderChange(time, OrderChange.Kind.SHIP, quantities, feedId, carrier, tracking));
        out.success();
    }

    private void acknowledgement(long id, XmlNode message) {
        XmlNode a = message.child("OrderAcknowledgement");
        if (a == null) {
            out.error(id, MISSING_VALUE, "The Message has no OrderAcknowledgement element.", null, null);
            return;
        }
        long index = orderIndex(id, a.text("AmazonOrderID"), null);
        if (index < 0) {
            return;
        }
        String code = a.text("StatusCode");
        if ("Success".equals(code)) {
            out.success();
            return;
        }
        if (!"Failure".equals(code)) {
            out.error(id, INVALID_VALUE, "StatusCode must be Success or Failure, was " + code + ".", null,
                    a.text("AmazonOrderID"));
            return;
        }
        OrderBook book = seller.orders();
        OrderFacts facts = book.facts(index);
        OrderStatus status = OrderBook.status(book.stateAsOf(facts, time));
        boolean nothingShipped = java.util.Arrays.stream(book.shippedAsOf(facts, time)).allMatch(q -> q == 0);
        if (!(status.hidesBuyer() || status == OrderStatus.Unshipped) || !nothingShipped) {
            out.error(id, ORDER_STATE, "The order " + a.text("AmazonOrderID") + " cannot be canceled: its status is "
                    + status + ".", null, a.text("AmazonOrderID"));
            return;
        }
        book.addChange(index, new OrderChange(time, OrderChange.Kind.CANCEL, null, feedId, null, null));
        out.success();
    }

    // ------------------------------------------------------------------------------------------ flat files

    private void processFlat(FeedType type, Path file, Charset charset) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
            String line;
            long lineNo = 0;
            String[] header = null;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    if (isHeader(cells)) {
                        header = new String[cells.length];
                        for (int i = 0; i < cells.length; i++) {
                            header[i] = cells[i].trim().toLowerCase(Locale.ROOT);
                        }
                    }
                    continue; // template lines (TemplateType=..., Version=...) precede the header
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length && i < cells.length; i++) {
                    String v = cells[i].trim();
                    if (!v.isEmpty()) {
                        row.put(header[i], v);
                    }
                }
                if (type == FeedType.FLAT_FULFILLMENT) {
                    fulfillmentRow(lineNo, row);
                } else {
                    listingRow(type, lineNo, row);
                }
            }
            if (header == null) {
                out.fatal("The file has no header row (a line naming its columns, such as sku and quantity).");
            }
        }
    }

    private static boolean isHeader(String[] cells) {
        for (String c : cells) {
            String n = c.trim().toLowerCase(Locale.ROOT);
            if (n.equals("sku") || n.equals("order-id")) {
                return true;
            }
        }
        return false;
    }

    private void listingRow(FeedType type, long lineNo, Map<String, String> row) {
        String sku = row.get("sku");
        if (sku == null) {
            out.error(lineNo, MISSING_VALUE, "The sku column is empty.", null, null);
            return;
        }
        Listing l = seller.listings().bySku(sku);
        if (l == null) {
            out.error(lineNo, SKU_NOT_FOUND, "The SKU " + sku + " does not match any SKU in your inventory.", sku,
                    null);
            return;
        }
        String quantityText = row.get("quantity");
        String priceText = row.get("price");
        boolean delete = "d".equalsIgnoreCase(row.get("add-delete")) || "x".equalsIgnoreCase(row.get("add-delete"));
        long quantity = delete ? 0 : quantityText == null ? -2 : quantity(quantityText);
        if (quantity == -1) {
            out.error(lineNo, INVALID_VALUE, "The value '" + quantityText + "' is not a valid quantity.", sku, null);
            return;
        }
        long price = priceText == null ? -2 : minorUnits(priceText, seller.home());
        if (price == -1 || price == 0) {
            out.error(lineNo, INVALID_VALUE, "The value '" + priceText + "' is not a valid price.", sku, null);
            return;
        }
        if (quantity == -2 && price == -2) {
            out.error(lineNo, MISSING_VALUE, "The row for SKU " + sku + " has neither a price nor a quantity.", sku,
                    null);
            return;
        }
        if (quantity >= 0) {
            seller.inventory().setQuantity(l.index(), time, quantity, feedId);
        }
        if (price > 0) {
            seller.inventory().setHomePrice(l.index(), time, price, feedId);
        }
        out.success();
    }

    private void fulfillmentRow(long lineNo, Map<String, String> row) {
        String orderId = row.get("order-id");
        long index = orderIndex(lineNo, orderId, null);
        if (index < 0) {
            return;
        }
        Map<String, Integer> items = new LinkedHashMap<>();
        String item = row.get("order-item-id");
        if (item != null) {
            long q = row.get("quantity") == null ? 0 : quantity(row.get("quantity"));
            if (q < 0) {
                out.error(lineNo, INVALID_VALUE, "The value '" + row.get("quantity") + "' is not a valid quantity.",
                        null, orderId);
                return;
            }
            items.put(item, (int) q);
        }
        String carrier = row.get("carrier-name") != null ? row.get("carrier-name") : row.get("carrier-code");
        ship(lineNo, index, items, carrier, row.get("tracking-number"));
    }
}
