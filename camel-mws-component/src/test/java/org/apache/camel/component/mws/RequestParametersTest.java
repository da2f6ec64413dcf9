package org.apache.camel.component.mws;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.MwsCatalog;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestParametersTest {

    private static final MwsCatalog CATALOG = MwsCatalog.getDefault();
    private static final Action LIST_ORDERS = CATALOG.action("Orders", "ListOrders");

    @Test
    void javaListsBecomeNameMemberN() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("OrderStatus", List.of("Unshipped", "PartiallyShipped"));
        header.put("FulfillmentChannel", new String[] { "AFN" });
        header.put("PaymentMethod", List.of("COD"));
        header.put("SellerSkus", List.of("A", "B"));
        header.put("ReportTypeList", List.of("_X_"));
        header.put("IdList", List.of("B00"));
        header.put("SellerSKUList", List.of("S1"));
        header.put("ASINList", List.of("B01"));
        header.put("FeedProcessingStatusList", List.of("_DONE_"));
        header.put("Custom.Thing", List.of("x", "y"));
        header.put("UnknownList", List.of("z"));
        Map<String, String> p = RequestParameters.assemble(LIST_ORDERS, List.of(), header);
        assertEquals("Unshipped", p.get("OrderStatus.Status.1"));
        assertEquals("PartiallyShipped", p.get("OrderStatus.Status.2"));
        assertEquals("AFN", p.get("FulfillmentChannel.Channel.1"));
        assertEquals("COD", p.get("PaymentMethod.Method.1"));
        assertEquals("B", p.get("SellerSkus.member.2"));
        assertEquals("_X_", p.get("ReportTypeList.Type.1"));
        assertEquals("B00", p.get("IdList.Id.1"));
        assertEquals("S1", p.get("SellerSKUList.SellerSKU.1"));
        assertEquals("B01", p.get("ASINList.ASIN.1"));
        assertEquals("_DONE_", p.get("FeedProcessingStatusList.Status.1"));
        assertEquals("y", p.get("Custom.Thing.2"), "a key with a member is used as given");
        assertEquals("z", p.get("UnknownList.member.1"));
        assertFalse(p.containsKey("OrderStatus"));
    }

    @Test
    void valuesAreWrittenTheMwsWay() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("CreatedAfter", Instant.parse("2017-01-01T00:00:00Z"));
        header.put("CreatedBefore", ZonedDateTime.of(2017, 1, 2, 1, 0, 0, 0, ZoneOffset.ofHours(1)));
        header.put("LastUpdatedAfter", Date.from(Instant.parse("2017-01-03T00:00:00.250Z")));
        header.put("MaxResultsPerPage", 50);
        header.put("Acknowledged", Boolean.FALSE);
        header.put("Address", Map.of("City", "Seattle"));
        Map<String, String> p = RequestParameters.assemble(LIST_ORDERS, List.of(), header);
        assertEquals("2017-01-01T00:00:00Z", p.get("CreatedAfter"));
        assertEquals("2017-01-02T00:00:00Z", p.get("CreatedBefore"));
        assertEquals("2017-01-03T00:00:00.250Z", p.get("LastUpdatedAfter"));
        assertEquals("50", p.get("MaxResultsPerPage"));
        assertEquals("false", p.get("Acknowledged"));
        assertEquals("Seattle", p.get("Address.City"));
    }

    @Test
    void laterSourcesWinAndNullRemoves() {
        Map<String, Object> uri = new LinkedHashMap<>();
        uri.put("MaxResultsPerPage", "10");
        uri.put("BuyerEmail", "a@example.com");
        uri.put("OrderStatus.Status.1", "Pending");
        Map<String, Object> header = new HashMap<>();
        header.put("MaxResultsPerPage", 20);
        header.put("BuyerEmail", null);
        header.put("OrderStatus", List.of("Shipped"));
        Map<String, String> p = RequestParameters.assemble(LIST_ORDERS, List.of(), uri, null, header);
        assertEquals("20", p.get("MaxResultsPerPage"));
        assertFalse(p.containsKey("BuyerEmail"));
        assertEquals("Shipped", p.get("OrderStatus.Status.1"));
        assertEquals(1, p.keySet().stream().filter(k -> k.startsWith("OrderStatus")).count());
    }

    @Test
    void marketplacesFillTheActionsParameterUnlessSet() {
        Map<String, String> orders = RequestParameters.assemble(LIST_ORDERS, List.of("A1", "A2"), Map.of());
        assertEquals("A1", orders.get("MarketplaceId.Id.1"));
        assertEquals("A2", orders.get("MarketplaceId.Id.2"));

        Map<String, String> reports = RequestParameters.assemble(CATALOG.action("Reports", "RequestReport"),
                List.of("A1"), Map.of());
        assertEquals("A1", reports.get("MarketplaceIdList.Id.1"));

        Map<String, String> products = RequestParameters.assemble(CATALOG.action("Products", "ListMatchingProducts"),
                List.of("A1"), Map.of());
        assertEquals("A1", products.get("MarketplaceId"));

        Map<String, String> own = RequestParameters.assemble(LIST_ORDERS, List.of("A1", "A2"),
                Map.of("MarketplaceId", List.of("B9")));
        assertEquals("B9", own.get("MarketplaceId.Id.1"));
        assertFalse(own.containsKey("MarketplaceId.Id.2"));

        assertTrue(RequestParameters.assemble(CATALOG.action("Orders", "GetOrder"), List.of("A1"), Map.of())
                .isEmpty());
    }

    @Test
    void aSingleMarketplaceParameterRefusesSeveralMarketplaces() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RequestParameters.assemble(CATALOG.action("Products", "GetMyPriceForSKU"), List.of("A1", "A2"),
                        Map.of()));
        assertTrue(e.getMessage().contains("single MarketplaceId"), e.getMessage());
        assertEquals("A2", RequestParameters.assemble(CATALOG.action("Products", "GetMyPriceForSKU"),
                List.of("A1", "A2"), Map.of("MarketplaceId", "A2")).get("MarketplaceId"));
    }
}
