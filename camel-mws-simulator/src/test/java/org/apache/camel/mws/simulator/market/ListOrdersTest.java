package org.apache.camel.mws.simulator.market;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.market.data.OrderStatus;
import org.apache.camel.mws.simulator.spi.SimException;

import static org.apache.camel.mws.simulator.market.Market.SELLER_DE;
import static org.apache.camel.mws.simulator.market.Market.SELLER_US;
import static org.apache.camel.mws.simulator.market.Market.US;
import static org.apache.camel.mws.simulator.market.Market.all;
import static org.apache.camel.mws.simulator.market.Market.assertError;
import static org.apache.camel.mws.simulator.market.Market.child;
import static org.apache.camel.mws.simulator.market.Market.children;
import static org.apache.camel.mws.simulator.market.Market.params;
import static org.apache.camel.mws.simulator.market.Market.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListOrdersTest {

    static final double SCALE = 600;
    Market m;

    @BeforeEach
    void setUp() {
        m = new Market(MarketSettings.defaults().withOrdersPerSeller(1200).withNewOrdersPerHour(120), SCALE);
    }

    @AfterEach
    void tearDown() {
        m.close();
    }

    private Instant lagBefore() {
        return m.clock.now().minus(m.clock.scale(Duration.ofMinutes(2)));
    }

    @Test
    void bothAfterParametersAreInvalid() {
        SimException e = m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00Z",
                "LastUpdatedAfter", "2024-01-01T00:00:00Z", "MarketplaceId.Id.1", US);
        assertError(e, 400, "InvalidParameterValue");
    }

    @Test
    void neitherAfterParameterIsTheQuotedMessage() {
        SimException e = m.error(SELLER_US, "Orders/ListOrders", "MarketplaceId.Id.1", US);
        assertError(e, 400, "InvalidParameterValue");
        assertEquals("CreatedAfter or LastUpdatedAfter must be specified", e.getMessage());
    }

    @Test
    void beforeMustBeTwoScaledMinutesInThePastAndLaterThanAfter() {
        Instant tooLate = m.clock.now().minus(m.clock.scale(Duration.ofMinutes(1)));
        assertError(m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00Z", "CreatedBefore",
                tooLate.toString(), "MarketplaceId.Id.1", US), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-02-01T00:00:00Z", "CreatedBefore",
                "2024-01-01T00:00:00Z", "MarketplaceId.Id.1", US), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Orders/ListOrders", "LastUpdatedAfter", "2024-01-01T00:00:00Z",
                "CreatedBefore", "2024-02-01T00:00:00Z", "MarketplaceId.Id.1", US), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", m.clock.now().toString(),
                "MarketplaceId.Id.1", US), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", "yesterday", "MarketplaceId.Id.1", US),
                400, "InvalidParameterValue");
        // exactly at the limit is fine
        Element ok = m.xml(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00Z", "CreatedBefore",
                lagBefore().toString(), "MarketplaceId.Id.1", US);
        assertEquals(lagBefore(), Instant.parse(text(ok, "CreatedBefore")));
    }

    @Test
    void defaultBeforeIsNowMinusTwoScaledMinutesAndEchoed() {
        Element r = m.xml(SELLER_US, "Orders/ListOrders", "LastUpdatedAfter", "2024-01-01T00:00:00Z",
                "MarketplaceId.Id.1", US);
        assertEquals(lagBefore(), Instant.parse(text(r, "LastUpdatedBefore")));
        assertNull(child(r, "CreatedBefore"));
        Element c = m.xml(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00+01:00",
                "MarketplaceId.Id.1", US);
        assertEquals(lagBefore(), Instant.parse(text(c, "CreatedBefore")));
    }

    @Test
    void statusCombinationsAndValues() {
        assertError(m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00Z",
                "OrderStatus.Status.1", "Unshipped", "MarketplaceId.Id.1", US), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00Z",
                "OrderStatus.Status.1", "PartiallyShipped", "MarketplaceId.Id.1", US), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00Z",
                "OrderStatus.Status.1", "Lost", "MarketplaceId.Id.1", US), 400, "InvalidParameterValue");
        List<Element> orders = listAll(params("CreatedAfter", "2024-01-01T00:00:00Z", "OrderStatus.Status.1",
                "Unshipped", "OrderStatus.Status.2", "PartiallyShipped", "MarketplaceId.Id.1", US));
        assertFalse(orders.isEmpty());
        for (Element o : orders) {
            String s = text(o, "OrderStatus");
            assertTrue(s.equals("Unshipped") || s.equals("PartiallyShipped"), s);
        }
        List<Element> canceled = listAll(params("CreatedAfter", "2024-01-01T00:00:00Z", "OrderStatus.Status.1",
                "Canceled", "FulfillmentChannel.Channel.1", "MFN", "MarketplaceId.Id.1", US));
        assertFalse(canceled.isEmpty());
        for (Element o : canceled) {
            assertEquals("Canceled", text(o, "OrderStatus"));
            assertEquals("MFN", text(o, "FulfillmentChannel"));
        }
    }

    @Test
    void maxResultsPerPageAndMarketplaces() {
        for (String bad : new String[] { "0", "101", "ten" }) {
            assertError(m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00Z",
                    "MaxResultsPerPage", bad, "MarketplaceId.Id.1", US), 400, "InvalidParameterValue");
        }
        assertError(m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00Z"), 400,
                "MissingParameter");
        assertError(m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00Z",
                "MarketplaceId.Id.1", Market.DE), 400, "InvalidParameterValue");
        Element first = m.xml(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00Z",
                "MarketplaceId.Id.1", US);
        assertEquals(100, children(child(first, "Orders"), "Order").size());
        Element small = m.xml(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00Z",
                "MaxResultsPerPage", "7", "MarketplaceId.Id.1", US);
        assertEquals(7, children(child(small, "Orders"), "Order").size());
        for (Element o : children(child(first, "Orders"), "Order")) {
            assertEquals(US, text(o, "MarketplaceId"));
            assertEquals("USD", text(o, "OrderTotal/CurrencyCode") == null ? "USD" : text(o, "OrderTotal/CurrencyCode"));
        }
    }

    @Test
    void paymentMethodsAndTooManyMarketplaces() {
        Map<String, String> many = params("CreatedAfter", "2024-01-01T00:00:00Z");
        for (int i = 1; i <= 51; i++) {
            many.put("MarketplaceId.Id." + i, US);
        }
        assertError(m.error(SELLER_US, "Orders/ListOrders", many), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2024-01-01T00:00:00Z",
                "PaymentMethod.Method.1", "Cash", "MarketplaceId.Id.1", US), 400, "InvalidParameterValue");
        Element cod = m.xml(Market.SELLER_JP, "Orders/ListOrders", "CreatedAfter", "2020-01-01T00:00:00Z",
                "PaymentMethod.Method.1", "COD", "PaymentMethod.Method.2", "CVS", "MarketplaceId.Id.1", Market.JP);
        List<Element> orders = children(child(cod, "Orders"), "Order");
        assertFalse(orders.isEmpty(), "Japanese buyers pay cash on delivery or at convenience stores");
        for (Element o : orders) {
            assertTrue(text(o, "PaymentMethod").equals("COD") || text(o, "PaymentMethod").equals("CVS"));
        }
        long jp = m.sim.countOrders(Market.SELLER_JP, Market.JP, Instant.parse("2020-01-01T00:00:00Z"), lagBefore());
        assertTrue(orders.size() < jp / 4);
    }

    @Test
    void createdListingPagesThroughEveryOrderOnceInPurchaseOrder() {
        List<Element> orders = listAll(params("CreatedAfter", "2020-01-01T00:00:00Z", "MarketplaceId.Id.1", US,
                "MarketplaceId.Id.2", Market.CA));
        long expected = m.sim.countOrders(SELLER_US, null, Instant.parse("2020-01-01T00:00:00Z"), lagBefore());
        assertEquals(1200, expected, "all history orders are visible at start");
        assertEquals(expected, orders.size());
        Set<String> ids = new HashSet<>();
        Instant previous = Instant.MIN;
        for (Element o : orders) {
            assertTrue(ids.add(text(o, "AmazonOrderId")), "duplicate " + text(o, "AmazonOrderId"));
            Instant p = Instant.parse(text(o, "PurchaseDate"));
            assertFalse(p.isBefore(previous));
            previous = p;
        }
        long us = m.sim.countOrders(SELLER_US, US, Instant.parse("2020-01-01T00:00:00Z"), lagBefore());
        assertEquals(us, listAll(params("CreatedAfter", "2020-01-01T00:00:00Z", "MarketplaceId.Id.1", US)).size());
        assertTrue(us > 0 && us < expected);
    }

    @Test
    void updatedListingIsSortedAndConsistentWhileOrdersMove() {
        Instant after = m.clock.now().minus(m.clock.scale(Duration.ofDays(3)));
        Map<String, String> q = params("LastUpdatedAfter", after.toString(), "MaxResultsPerPage", "20",
                "MarketplaceId.Id.1", US, "MarketplaceId.Id.2", Market.CA);
        Instant snapshot = m.clock.now();
        Element page = m.xml(SELLER_US, "Orders/ListOrders", q);
        Instant before = Instant.parse(text(page, "LastUpdatedBefore"));
        List<Element> all = new ArrayList<>(children(child(page, "Orders"), "Order"));
        int pages = 1;
        while (child(page, "NextToken") != null) {
            // time passes between pages: orders change status, new ones arrive
            m.clock.advanceMws(Duration.ofMinutes(20));
            page = m.xml(SELLER_US, "Orders/ListOrdersByNextToken", "NextToken", text(page, "NextToken"));
            assertEquals(before, Instant.parse(text(page, "LastUpdatedBefore")));
            all.addAll(children(child(page, "Orders"), "Order"));
            pages++;
        }
        assertTrue(pages > 3, "the window spans several pages");
        // the expected set: orders whose LastUpdateDate, as of the first call, is in the window
        List<String> expected = new ArrayList<>();
        for (Order o : m.sim.orders(SELLER_US, snapshot)) {
            if (!Instant.ofEpochMilli(o.lastUpdateDate()).isBefore(after)
                    && Instant.ofEpochMilli(o.lastUpdateDate()).isBefore(before)) {
                expected.add(o.amazonOrderId());
            }
        }
        List<String> got = all.stream().map(o -> text(o, "AmazonOrderId")).toList();
        assertEquals(new HashSet<>(expected), new HashSet<>(got));
        assertEquals(expected.size(), got.size(), "no duplicates");
        Instant previous = Instant.MIN;
        for (Element o : all) {
            Instant u = Instant.parse(text(o, "LastUpdateDate"));
            assertFalse(u.isBefore(previous), "sorted by LastUpdateDate");
            assertFalse(u.isBefore(after));
            assertTrue(u.isBefore(before));
            previous = u;
        }
        // by now the data has moved on: a fresh listing of the same window differs from the snapshot
        List<Element> fresh = listAll(params("LastUpdatedAfter", after.toString(), "LastUpdatedBefore",
                before.toString(), "MarketplaceId.Id.1", US, "MarketplaceId.Id.2", Market.CA));
        assertFalse(new HashSet<>(got).equals(
                new HashSet<>(fresh.stream().map(o -> text(o, "AmazonOrderId")).toList())));
    }

    @Test
    void statusesMoveOverScaledTimeAndNewOrdersArrive() {
        Element first = m.xml(SELLER_US, "Orders/ListOrders", "CreatedAfter",
                m.clock.now().minus(m.clock.scale(Duration.ofHours(1))).toString(), "MarketplaceId.Id.1", US,
                "MarketplaceId.Id.2", Market.CA);
        List<Element> recent = children(child(first, "Orders"), "Order");
        assertFalse(recent.isEmpty());
        boolean pendingSeen = recent.stream().anyMatch(o -> "Pending".equals(text(o, "OrderStatus")));
        assertTrue(pendingSeen, "orders of the last hour include pending ones");
        for (Element o : recent) {
            if ("Pending".equals(text(o, "OrderStatus"))) {
                assertNull(child(o, "BuyerEmail"));
                assertNull(child(o, "BuyerName"));
                assertNull(child(o, "OrderTotal"));
                assertNull(child(o, "ShippingAddress"));
            }
        }
        String pendingId = recent.stream().filter(o -> "Pending".equals(text(o, "OrderStatus"))).findFirst()
                .map(o -> text(o, "AmazonOrderId")).orElseThrow();
        long before = m.sim.orderCount(SELLER_US);
        m.clock.advanceMws(Duration.ofDays(5));
        Element later = m.xml(SELLER_US, "Orders/GetOrder", "AmazonOrderId.Id.1", pendingId);
        Element o = child(child(later, "Orders"), "Order");
        assertFalse("Pending".equals(text(o, "OrderStatus")));
        assertTrue(Instant.parse(text(o, "LastUpdateDate")).isAfter(Instant.parse(text(o, "PurchaseDate"))));
        assertNotNull(text(o, "BuyerEmail"));
        assertTrue(m.sim.orderCount(SELLER_US) > before + 500, "about 120 new orders an MWS hour");
    }

    @Test
    void buyerEmailAndSellerOrderIdFindOneOrder() {
        Order target = m.sim.orders(SELLER_US).stream().filter(o -> !o.status().hidesBuyer()
                && o.marketplace().id().equals(US) && o.sellerOrderId().startsWith("PO-")).findFirst().orElseThrow();
        Element byMail = m.xml(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2020-01-01T00:00:00Z",
                "BuyerEmail", target.buyerEmail(), "MarketplaceId.Id.1", US);
        assertEquals(List.of(target.amazonOrderId()), all(byMail, "AmazonOrderId").stream()
                .map(Element::getTextContent).toList());
        Element bySoid = m.xml(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2020-01-01T00:00:00Z",
                "SellerOrderId", target.sellerOrderId(), "MarketplaceId.Id.1", US);
        assertEquals(target.amazonOrderId(), text(child(child(bySoid, "Orders"), "Order"), "AmazonOrderId"));
        assertError(m.error(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2020-01-01T00:00:00Z", "BuyerEmail",
                target.buyerEmail(), "OrderStatus.Status.1", "Shipped", "MarketplaceId.Id.1", US), 400,
                "InvalidParameterValue");
    }

    @Test
    void nextTokensAreOpaqueBoundAndExpire() {
        Element page = m.xml(SELLER_US, "Orders/ListOrders", "CreatedAfter", "2020-01-01T00:00:00Z",
                "MaxResultsPerPage", "10", "MarketplaceId.Id.1", US);
        String token = text(page, "NextToken");
        assertTrue(token.contains("+") && token.contains("/") && token.endsWith("="), token);
        // tampered: one character changed anywhere
        for (int pos : new int[] { 0, 5, token.length() / 2, token.length() - 3 }) {
            char c = token.charAt(pos);
            String bad = token.substring(0, pos) + (c == 'A' ? 'B' : 'A') + token.substring(pos + 1);
            assertError(m.error(SELLER_US, "Orders/ListOrdersByNextToken", "NextToken", bad), 400,
                    "NextTokenCorrupted");
        }
        assertError(m.error(SELLER_US, "Orders/ListOrdersByNextToken", "NextToken", "not a token"), 400,
                "NextTokenCorrupted");
        // another seller's token
        assertError(m.error(SELLER_DE, "Orders/ListOrdersByNextToken", "NextToken", token), 400,
                "NextTokenCorrupted");
        // another listing's token
        assertError(m.error(SELLER_US, "Orders/ListOrderItemsByNextToken", "NextToken", token), 400,
                "NextTokenCorrupted");
        // still valid now
        assertEquals(10, children(child(m.xml(SELLER_US, "Orders/ListOrdersByNextToken", "NextToken", token),
                "Orders"), "Order").size());
        // expired after the (scaled) time to live
        m.clock.advanceMws(m.sim.settings().nextTokenTtl().plusSeconds(1));
        SimException expired = m.error(SELLER_US, "Orders/ListOrdersByNextToken", "NextToken", token);
        assertError(expired, 400, "NextTokenCorrupted");
        assertTrue(expired.getMessage().contains("expired"));
    }

    @Test
    void getOrderAndItemsWithPaging() {
        List<Order> orders = m.sim.orders(SELLER_US);
        Order big = orders.stream().filter(o -> o.items().size() > 25).findFirst().orElseThrow();
        Map<String, String> p = params();
        for (int i = 0; i < 50; i++) {
            p.put("AmazonOrderId.Id." + (i + 1), orders.get(i).amazonOrderId());
        }
        Element got = m.xml(SELLER_US, "Orders/GetOrder", p);
        assertEquals(50, children(child(got, "Orders"), "Order").size());
        p.put("AmazonOrderId.Id.51", orders.get(51).amazonOrderId());
        assertError(m.error(SELLER_US, "Orders/GetOrder", p), 400, "InvalidParameterValue");
        // unknown ids are not returned; another seller's order is not visible
        Element none = m.xml(SELLER_DE, "Orders/GetOrder", "AmazonOrderId.Id.1", big.amazonOrderId());
        assertTrue(children(child(none, "Orders"), "Order").isEmpty());

        Element items = m.xml(SELLER_US, "Orders/ListOrderItems", "AmazonOrderId", big.amazonOrderId());
        assertEquals(big.amazonOrderId(), text(items, "AmazonOrderId"));
        List<String> skus = new ArrayList<>();
        all(items, "SellerSKU").forEach(e -> skus.add(e.getTextContent()));
        assertEquals(10, skus.size());
        while (child(items, "NextToken") != null) {
            items = m.xml(SELLER_US, "Orders/ListOrderItemsByNextToken", "NextToken", text(items, "NextToken"));
            all(items, "SellerSKU").forEach(e -> skus.add(e.getTextContent()));
        }
        assertEquals(big.items().stream().map(i -> i.listing().sku()).toList(), skus);
        assertError(m.error(SELLER_US, "Orders/ListOrderItems", "AmazonOrderId", "111-0000000-0000000"), 400,
                "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Orders/ListOrderItems"), 400, "MissingParameter");
    }

    @Test
    void totalsAddUpAndStatusesCountItems() {
        for (Order o : m.sim.orders(SELLER_US)) {
            long sum = o.items().stream()
                    .mapToLong(i -> i.itemPrice() + i.shippingPrice() + i.itemTax() - i.promotionDiscount()).sum();
            assertEquals(sum, o.orderTotal());
            int qty = o.items().stream().mapToInt(i -> i.quantityOrdered()).sum();
            if (o.status() == OrderStatus.Shipped) {
                assertEquals(qty, o.numberOfItemsShipped());
                assertEquals(0, o.numberOfItemsUnshipped());
            } else if (o.status() == OrderStatus.Unshipped || o.status() == OrderStatus.Pending) {
                assertEquals(0, o.numberOfItemsShipped());
                assertEquals(qty, o.numberOfItemsUnshipped());
            } else if (o.status() == OrderStatus.PartiallyShipped) {
                assertTrue(o.numberOfItemsShipped() > 0 && o.numberOfItemsUnshipped() > 0);
            }
            assertTrue(o.lastUpdateDate() >= o.purchaseDate());
        }
    }

    /** Every order of a listing, following NextTokens. */
    List<Element> listAll(Map<String, String> query) {
        Element page = m.xml(SELLER_US, "Orders/ListOrders", query);
        List<Element> all = new ArrayList<>(children(child(page, "Orders"), "Order"));
        while (child(page, "NextToken") != null) {
            page = m.xml(SELLER_US, "Orders/ListOrdersByNextToken", "NextToken", text(page, "NextToken"));
            all.addAll(children(child(page, "Orders"), "Order"));
        }
        return all;
    }
}
