package org.apache.camel.mws.simulator.market;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.mws.simulator.spi.SimResponse;

import static org.apache.camel.mws.simulator.market.Market.SELLER_DE;
import static org.apache.camel.mws.simulator.market.Market.SELLER_JP;
import static org.apache.camel.mws.simulator.market.Market.SELLER_US;
import static org.apache.camel.mws.simulator.market.Market.US;
import static org.apache.camel.mws.simulator.market.Market.all;
import static org.apache.camel.mws.simulator.market.Market.child;
import static org.apache.camel.mws.simulator.market.Market.children;
import static org.apache.camel.mws.simulator.market.Market.params;
import static org.apache.camel.mws.simulator.market.Market.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeterminismAndVolumeTest {

    private static String page(Market m, String seller, String marketplace) {
        return ((SimResponse.XmlResult) m.call(seller, "Orders/ListOrders", params("CreatedAfter",
                "2020-01-01T00:00:00Z", "MarketplaceId.Id.1", marketplace))).resultInnerXml();
    }

    @Test
    void sameSeedSameDataDifferentSeedDifferentData() {
        MarketSettings s = MarketSettings.defaults().withOrdersPerSeller(300);
        try (Market a = new Market(s, 600); Market b = new Market(s, 600);
                Market c = new Market(s.withSeed(43), 600)) {
            for (String seller : List.of(SELLER_US, SELLER_DE, SELLER_JP)) {
                String mkt = a.sim.marketplaces(seller).get(0).id();
                assertEquals(page(a, seller, mkt), page(b, seller, mkt));
                assertNotEquals(page(a, seller, mkt), page(c, seller, mkt));
                assertEquals(a.sim.inventory(seller), b.sim.inventory(seller));
                assertNotEquals(a.sim.inventory(seller), c.sim.inventory(seller));
            }
            // sellers differ from one another
            assertNotEquals(a.sim.orders(SELLER_US).get(0).amazonOrderId(),
                    a.sim.orders(SELLER_DE).get(0).amazonOrderId());
        }
    }

    @Test
    void textsFollowTheMarketplace() {
        try (Market m = new Market(MarketSettings.defaults().withOrdersPerSeller(200), 600)) {
            Element de = m.xml(SELLER_DE, "Orders/GetOrder", "AmazonOrderId.Id.1",
                    m.sim.orders(SELLER_DE).stream().filter(o -> o.marketplace().code().equals("DE")
                            && !o.status().hidesBuyer()).findFirst().orElseThrow().amazonOrderId());
            Element order = child(child(de, "Orders"), "Order");
            assertEquals("EUR", text(order, "OrderTotal/CurrencyCode"));
            assertEquals("Amazon.de", text(order, "SalesChannel"));
            assertEquals("DE", text(order, "ShippingAddress/CountryCode"));
            boolean umlautTitle = m.sim.orders(SELLER_DE).stream().filter(o -> o.marketplace().code().equals("DE"))
                    .flatMap(o -> o.items().stream()).anyMatch(i -> i.title().matches(".*[äöüßÄÖÜ].*"));
            assertTrue(umlautTitle);
            Order jp = m.sim.orders(SELLER_JP).stream().filter(o -> !o.status().hidesBuyer()).findFirst()
                    .orElseThrow();
            Element jpOrder = child(child(m.xml(SELLER_JP, "Orders/GetOrder", "AmazonOrderId.Id.1",
                    jp.amazonOrderId()), "Orders"), "Order");
            assertEquals("JPY", text(jpOrder, "OrderTotal/CurrencyCode"));
            assertTrue(text(jpOrder, "OrderTotal/Amount").matches("\\d+"), "yen have no decimals");
            assertTrue(text(jpOrder, "ShippingAddress/StateOrRegion").matches(".*[都道府県]"));
            assertTrue(text(jpOrder, "BuyerName").chars().anyMatch(ch -> ch > 0x3000));
            Element items = m.xml(SELLER_JP, "Orders/ListOrderItems", "AmazonOrderId", jp.amazonOrderId());
            assertTrue(text(child(child(items, "OrderItems"), "OrderItem"), "Title").chars()
                    .anyMatch(ch -> ch > 0x3000));
            // XML special characters in generated names are escaped (brands like "Müller & Söhne")
            String raw = ((SimResponse.XmlResult) m.call(SELLER_DE, "Orders/ListOrderItems", params("AmazonOrderId",
                    m.sim.orders(SELLER_DE).stream().filter(o -> o.items().stream()
                            .anyMatch(i -> i.title().contains("&"))).findFirst().orElseThrow().amazonOrderId())))
                    .resultInnerXml();
            assertTrue(raw.contains("&amp;") && !raw.contains("& "));
        }
    }

    @Test
    void participationsListTheSellersMarketplaces() {
        try (Market m = new Market(MarketSettings.defaults().withOrdersPerSeller(10), 600)) {
            Element r = m.xml(SELLER_DE, "Sellers/ListMarketplaceParticipations");
            List<Element> p = all(r, "Participation");
            assertEquals(2, p.size());
            assertEquals(Market.DE, text(p.get(0), "MarketplaceId"));
            assertEquals(SELLER_DE, text(p.get(0), "SellerId"));
            assertEquals("No", text(p.get(0), "HasSellerSuspendedListings"));
            List<Element> mk = all(r, "Marketplace");
            assertEquals("EUR", text(mk.get(1), "DefaultCurrencyCode"));
            assertEquals("fr_FR", text(mk.get(1), "DefaultLanguageCode"));
            assertEquals("www.amazon.fr", text(mk.get(1), "DomainName"));
            Market.assertError(m.error(SELLER_DE, "Sellers/ListMarketplaceParticipationsByNextToken", "NextToken",
                    "+/+/AAAA=="), 400, "NextTokenCorrupted");
        }
    }

    @Test
    void inventorySupplyRules() {
        try (Market m = new Market(MarketSettings.defaults().withOrdersPerSeller(10).withListingsPerSeller(120),
                600)) {
            Market.assertError(m.error(SELLER_US, "FulfillmentInventory/ListInventorySupply"), 400,
                    "InvalidParameterValue");
            Map<String, String> tooMany = params();
            for (int i = 1; i <= 51; i++) {
                tooMany.put("SellerSkus.member." + i, "SKU" + i);
            }
            Market.assertError(m.error(SELLER_US, "FulfillmentInventory/ListInventorySupply", tooMany), 400,
                    "InvalidParameterValue");
            Market.assertError(m.error(SELLER_US, "FulfillmentInventory/ListInventorySupply", "QueryStartDateTime",
                    "2020-01-01T00:00:00Z", "ResponseGroup", "Everything"), 400, "InvalidParameterValue");
            Element page = m.xml(SELLER_US, "FulfillmentInventory/ListInventorySupply", "QueryStartDateTime",
                    "2000-01-01T00:00:00Z");
            int n = children(child(page, "InventorySupplyList"), "member").size();
            while (child(page, "NextToken") != null) {
                page = m.xml(SELLER_US, "FulfillmentInventory/ListInventorySupplyByNextToken", "NextToken",
                        text(page, "NextToken"));
                n += children(child(page, "InventorySupplyList"), "member").size();
            }
            assertEquals(120, n, "every listing has a supply, in pages of 50");
            Element unknown = m.xml(SELLER_US, "FulfillmentInventory/ListInventorySupply", "SellerSkus.member.1",
                    "UNKNOWN");
            assertEquals("0", text(child(child(unknown, "InventorySupplyList"), "member"), "InStockSupplyQuantity"));
        }
    }

    /**
     * A seller with a million orders: nothing per order is held, so a test JVM's default heap serves pages from
     * anywhere in the history, by creation and by last update.
     */
    @Test
    void aMillionOrdersPerSellerFitInMemory() {
        List<SellerAccount> one = List.of(new SellerAccount(SELLER_US, List.of(US)));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long usedBefore = rt.totalMemory() - rt.freeMemory();
        try (Market m = new Market(MarketSettings.defaults().withOrdersPerSeller(1_000_000), 1, one)) {
            assertEquals(1_000_000, m.sim.orderCount(SELLER_US));
            Instant middle = m.clock.now().minus(Duration.ofDays(15));
            Element page = m.xml(SELLER_US, "Orders/ListOrders", "CreatedAfter", middle.toString(),
                    "MarketplaceId.Id.1", US);
            assertEquals(100, children(child(page, "Orders"), "Order").size());
            Instant first = Instant.parse(text(child(child(page, "Orders"), "Order"), "PurchaseDate"));
            assertTrue(!first.isBefore(middle) && first.isBefore(middle.plusSeconds(60)));
            Element next = m.xml(SELLER_US, "Orders/ListOrdersByNextToken", "NextToken", text(page, "NextToken"));
            assertEquals(100, children(child(next, "Orders"), "Order").size());
            Element updated = m.xml(SELLER_US, "Orders/ListOrders", "LastUpdatedAfter",
                    m.clock.now().minus(Duration.ofHours(6)).toString(), "MarketplaceId.Id.1", US);
            assertEquals(100, children(child(updated, "Orders"), "Order").size());
            System.gc();
            long usedAfter = rt.totalMemory() - rt.freeMemory();
            assertTrue(usedAfter - usedBefore < 64L * 1024 * 1024,
                    "retained heap " + (usedAfter - usedBefore) / 1024 / 1024 + " MiB");
        }
    }
}
