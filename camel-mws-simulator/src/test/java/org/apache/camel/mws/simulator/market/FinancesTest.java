package org.apache.camel.mws.simulator.market;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.market.data.OrderStatus;

import static org.apache.camel.mws.simulator.market.Market.SELLER_DE;
import static org.apache.camel.mws.simulator.market.Market.SELLER_US;
import static org.apache.camel.mws.simulator.market.Market.all;
import static org.apache.camel.mws.simulator.market.Market.assertError;
import static org.apache.camel.mws.simulator.market.Market.child;
import static org.apache.camel.mws.simulator.market.Market.children;
import static org.apache.camel.mws.simulator.market.Market.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FinancesTest {

    Market m;

    @BeforeEach
    void setUp() {
        m = new Market(MarketSettings.defaults().withOrdersPerSeller(800).withSettlementPeriod(Duration.ofDays(7)),
                600);
    }

    @AfterEach
    void tearDown() {
        m.close();
    }

    @Test
    void parameterRules() {
        assertError(m.error(SELLER_US, "Finances/ListFinancialEvents"), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Finances/ListFinancialEvents", "PostedAfter", "2024-01-01T00:00:00Z",
                "AmazonOrderId", "111-0000000-0000000"), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Finances/ListFinancialEvents", "PostedAfter", "2024-01-01T00:00:00Z",
                "MaxResultsPerPage", "101"), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Finances/ListFinancialEvents", "PostedAfter", "2024-01-01T00:00:00Z",
                "PostedBefore", m.clock.now().toString()), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Finances/ListFinancialEvents", "FinancialEventGroupId", "nope"), 400,
                "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Finances/ListFinancialEventGroups"), 400, "MissingParameter");
        // a window over 180 days answers nothing
        Element wide = m.xml(SELLER_US, "Finances/ListFinancialEvents", "PostedAfter", "2023-01-01T00:00:00Z");
        assertTrue(all(wide, "ShipmentEvent").isEmpty());
        assertTrue(child(child(wide, "FinancialEvents"), "ShipmentEventList") != null);
    }

    @Test
    void shipmentAndRefundEventsPageThroughAWindow() {
        Instant after = m.clock.now().minus(m.clock.scale(Duration.ofDays(40)));
        Element page = m.xml(SELLER_US, "Finances/ListFinancialEvents", "PostedAfter", after.toString(),
                "MaxResultsPerPage", "50");
        List<String> shipments = new ArrayList<>();
        int refunds = 0;
        Instant last = Instant.MIN;
        while (true) {
            for (Element e : all(child(child(page, "FinancialEvents"), "ShipmentEventList"), "ShipmentEvent")) {
                shipments.add(text(e, "AmazonOrderId"));
                Instant posted = Instant.parse(text(e, "PostedDate"));
                assertFalse(posted.isBefore(after));
                assertFalse(posted.isBefore(last), "events come in posted order");
                last = posted;
                assertTrue(all(e, "ChargeComponent").size() >= 3);
                assertEquals("Commission", text(all(e, "FeeComponent").get(0), "FeeType"));
            }
            refunds += all(child(child(page, "FinancialEvents"), "RefundEventList"), "ShipmentEvent").size();
            if (child(page, "NextToken") == null) {
                break;
            }
            page = m.xml(SELLER_US, "Finances/ListFinancialEventsByNextToken", "NextToken", text(page, "NextToken"));
        }
        Set<String> shipped = new HashSet<>();
        for (Order o : m.sim.orders(SELLER_US)) {
            if (o.status() == OrderStatus.Shipped) {
                shipped.add(o.amazonOrderId());
            }
        }
        assertEquals(shipped, new HashSet<>(shipments), "one shipment event per shipped order");
        assertEquals(shipped.size(), shipments.size());
        assertTrue(refunds > 0, "some orders were refunded");
    }

    @Test
    void groupsFollowSettlementPeriodsAndCarryTheirEvents() {
        Element groups = m.xml(SELLER_DE, "Finances/ListFinancialEventGroups", "FinancialEventGroupStartedAfter",
                "2020-01-01T00:00:00Z", "MaxResultsPerPage", "2");
        List<Element> all = new ArrayList<>(all(groups, "FinancialEventGroup"));
        while (child(groups, "NextToken") != null) {
            groups = m.xml(SELLER_DE, "Finances/ListFinancialEventGroupsByNextToken", "NextToken",
                    text(groups, "NextToken"));
            all.addAll(all(groups, "FinancialEventGroup"));
        }
        // 30 days of history in weekly periods: 4 closed and the open one; DE and FR share EUR
        assertEquals(5, all.size());
        assertEquals("Open", text(all.get(4), "ProcessingStatus"));
        assertNull(text(all.get(4), "FinancialEventGroupEnd"));
        Element closed = all.get(2);
        assertEquals("Closed", text(closed, "ProcessingStatus"));
        assertEquals("EUR", text(closed, "OriginalTotal/CurrencyCode"));
        long total = Math.round(Double.parseDouble(text(closed, "OriginalTotal/CurrencyAmount")) * 100);
        String id = text(closed, "FinancialEventGroupId");
        Element page = m.xml(SELLER_DE, "Finances/ListFinancialEvents", "FinancialEventGroupId", id);
        List<Element> events = new ArrayList<>();
        while (true) {
            events.add(page);
            if (child(page, "NextToken") == null) {
                break;
            }
            page = m.xml(SELLER_DE, "Finances/ListFinancialEventsByNextToken", "NextToken", text(page, "NextToken"));
        }
        assertTrue(events.size() > 1, "the group's events span pages");
        long sum = 0;
        List<Element> posted = new ArrayList<>();
        for (Element p : events) {
            // every charge, fee and promotion amount is money moved for the seller
            for (Element c : all(p, "CurrencyAmount")) {
                sum += Math.round(Double.parseDouble(c.getTextContent()) * 100);
            }
            posted.addAll(all(p, "PostedDate"));
        }
        assertEquals(total, sum, "the group total is the sum of its events");
        Instant start = Instant.parse(text(closed, "FinancialEventGroupStart"));
        Instant end = Instant.parse(text(closed, "FinancialEventGroupEnd"));
        for (Element e : posted) {
            Instant t = Instant.parse(e.getTextContent());
            assertFalse(t.isBefore(start));
            assertTrue(t.isBefore(end));
        }
        assertEquals(1, children(child(events.get(0), "FinancialEvents"), "ShipmentEventList").size());
    }
}
