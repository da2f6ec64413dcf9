package org.apache.camel.mws.simulator.market;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.apache.camel.mws.simulator.market.data.Order;

import static org.apache.camel.mws.simulator.market.Market.SELLER_DE;
import static org.apache.camel.mws.simulator.market.Market.child;
import static org.apache.camel.mws.simulator.market.Market.children;
import static org.apache.camel.mws.simulator.market.Market.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the component's ListOrders consumer does: windows by LastUpdatedAfter, each starting at the
 * LastUpdatedBefore the previous one echoed, while orders keep arriving and changing. At the end every order
 * whose last update precedes the checkpoint is held in its current state: nothing skipped, nothing stale.
 */
class IncrementalSyncTest {

    @Test
    void windowsFromTheEchoedBeforeLoseNothing() {
        try (Market m = new Market(MarketSettings.defaults().withOrdersPerSeller(400).withNewOrdersPerHour(240),
                600)) {
            Map<String, String[]> db = new HashMap<>(); // id -> {status, lastUpdate}
            String checkpoint = m.clock.now().minus(m.clock.scale(Duration.ofDays(40))).toString();
            int windows = 0;
            for (int poll = 0; poll < 30; poll++) {
                Element page = m.xml(SELLER_DE, "Orders/ListOrders", "LastUpdatedAfter", checkpoint,
                        "MarketplaceId.Id.1", Market.DE, "MarketplaceId.Id.2", Market.FR, "MaxResultsPerPage", "50");
                String echoed = text(page, "LastUpdatedBefore");
                while (true) {
                    for (Element o : children(child(page, "Orders"), "Order")) {
                        String[] row = { text(o, "OrderStatus"), text(o, "LastUpdateDate") };
                        String[] old = db.get(text(o, "AmazonOrderId"));
                        assertTrue(old == null || Instant.parse(old[1]).isBefore(Instant.parse(row[1])),
                                "an order comes again only with a later LastUpdateDate");
                        db.put(text(o, "AmazonOrderId"), row);
                    }
                    if (child(page, "NextToken") == null) {
                        break;
                    }
                    m.clock.advanceMws(Duration.ofMinutes(1));
                    page = m.xml(SELLER_DE, "Orders/ListOrdersByNextToken", "NextToken", text(page, "NextToken"));
                }
                checkpoint = echoed;
                windows++;
                m.clock.advanceMws(Duration.ofMinutes(45));
            }
            List<Order> expected = m.sim.ordersLastUpdatedBefore(SELLER_DE, Instant.parse(checkpoint));
            assertFalse(expected.isEmpty());
            assertEquals(30, windows);
            for (Order o : expected) {
                String[] row = db.get(o.amazonOrderId());
                assertTrue(row != null, "order " + o.amazonOrderId() + " was synced");
                assertEquals(o.status().name(), row[0], o.amazonOrderId());
                assertEquals(Instant.ofEpochMilli(o.lastUpdateDate()), Instant.parse(row[1]), o.amazonOrderId());
            }
            assertTrue(db.size() >= expected.size());
        }
    }

    @Test
    void listMatchingProductsFindsListingsByTitleWords() {
        try (Market m = new Market(MarketSettings.defaults().withOrdersPerSeller(10), 600)) {
            var listing = m.sim.listings(SELLER_DE).get(0);
            String title = listing.title(org.apache.camel.mws.simulator.market.data.Marketplace.byId(Market.DE));
            String word = title.split(" ")[title.split(" ").length - 1];
            Element r = m.xml(SELLER_DE, "Products/ListMatchingProducts", "MarketplaceId", Market.DE, "Query",
                    listing.asin());
            List<Element> products = Market.all(r, "Product");
            assertEquals(1, products.size());
            assertEquals(listing.asin(), text(products.get(0), "Identifiers/MarketplaceASIN/ASIN"));
            assertEquals(title, Market.all(r, "ns2:Title").get(0).getTextContent());
            Element many = m.xml(SELLER_DE, "Products/ListMatchingProducts", "MarketplaceId", Market.DE, "Query", word);
            assertTrue(Market.all(many, "Product").size() >= 1 && Market.all(many, "Product").size() <= 10);
            Market.assertError(m.error(SELLER_DE, "Products/ListMatchingProducts", "MarketplaceId", Market.DE), 400,
                    "MissingParameter");
        }
    }
}
