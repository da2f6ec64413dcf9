package org.apache.camel.component.mws.catalog;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.apache.camel.component.mws.support.SharedSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MwsCatalogTest {

    private final MwsCatalog catalog = MwsCatalog.getDefault();

    @ParameterizedTest
    @ValueSource(strings = { "sections.csv", "operations.csv", "marketplaces.csv" })
    void bundledTablesAreCopiesOfTheProtocolReference(String name) throws Exception {
        String shared = Files.readString(SharedSpecs.file(name));
        try (InputStream in = MwsCatalog.class.getResourceAsStream(name)) {
            assertEquals(shared, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    name + " bundled with the component differs from ../shared/mws/" + name);
        }
    }

    @Test
    void everySectionOfTheReferenceIsKnownWithPathVersionAndSellerParameter() throws Exception {
        List<String> rows = Files.readAllLines(SharedSpecs.file("sections.csv")).stream()
                .filter(l -> !l.startsWith("#") && !l.startsWith("section,") && !l.isBlank()).toList();
        assertEquals(16, rows.size());
        for (String row : rows) {
            String[] c = row.split(",");
            Section s = catalog.section(c[0].toLowerCase());
            assertEquals(c[0], s.name());
            assertEquals(c[1], s.path());
            assertEquals(c[2], s.version());
            assertEquals(c[3], s.namespace());
            assertEquals(c[4], s.sellerParameter());
            assertEquals("yes".equals(c[5]), s.sendsQuotaHeaders());
            assertTrue(s.findAction("GetServiceStatus").isPresent(), c[0] + " has GetServiceStatus");
            assertTrue(s.actions().size() >= 3, c[0] + " lists its actions");
        }
        assertEquals("Merchant", catalog.section("FEEDS").sellerParameter());
        assertEquals("Merchant", catalog.section("reports").sellerParameter());
    }

    @Test
    void everyOperationOfTheReferenceHasItsActionWithQuotaAndPaging() throws Exception {
        for (String line : Files.readAllLines(SharedSpecs.file("operations.csv"))) {
            if (line.startsWith("#") || line.startsWith("section,") || line.isBlank()) {
                continue;
            }
            String[] c = line.split(",", -1);
            List<String> sections = "*".equals(c[0]) ? List.copyOf(catalog.sections().keySet()) : List.of(c[0]);
            for (String section : sections) {
                Operation op = catalog.operation(section, c[1]).orElseThrow(
                        () -> new AssertionError("no operation for " + section + "/" + c[1]));
                assertEquals(c[2].replace("<section>", section), op.bucket());
                assertEquals(Integer.parseInt(c[3]), op.maxQuota());
            }
        }
    }

    @Test
    void operationsCarryBucketsQuotasAndPaging() {
        Operation listOrders = catalog.operation("orders", "listorders").orElseThrow();
        Operation twin = catalog.operation("Orders", "ListOrdersByNextToken").orElseThrow();
        assertEquals("Orders.ListOrders", listOrders.bucket());
        assertEquals(listOrders.bucket(), twin.bucket(), "ListOrders shares its bucket with its ByNextToken twin");
        assertEquals(6, listOrders.maxQuota());
        assertEquals(Duration.ofMinutes(1), listOrders.restorePeriod());
        assertEquals(PagingStyle.NT, listOrders.paging());
        assertEquals("ListOrdersByNextToken", listOrders.nextTokenAction());
        assertFalse(listOrders.hasHourlyQuota());

        Operation reportList = catalog.operation("Reports", "GetReportList").orElseThrow();
        assertEquals(PagingStyle.HN, reportList.paging());
        assertEquals(60, reportList.hourlyQuota());
        assertEquals("Reports.GetReportListByNextToken",
                catalog.operation("Reports", "GetReportListByNextToken").orElseThrow().bucket(),
                "GetReportListByNextToken has its own bucket");

        Operation byId = catalog.operation("Products", "GetMatchingProductForId").orElseThrow();
        assertTrue(byId.perItem());
        assertEquals(5.0, byId.restoreAmount());

        assertEquals(PagingStyle.MRA, catalog.operation("CustomerInformation", "ListCustomers").orElseThrow().paging());
        assertEquals("Sellers.GetServiceStatus", catalog.operation("Sellers", "GetServiceStatus").orElseThrow().bucket());
        assertEquals(Duration.ofMinutes(5),
                catalog.operation("Feeds", "GetServiceStatus").orElseThrow().restorePeriod());
        assertEquals(PagingStyle.NONE, catalog.action("Orders", "GetOrder").paging());
        assertNull(catalog.action("MerchantFulfillment", "CreateShipment").operation(),
                "no published quota for that action");
    }

    @Test
    void unknownSectionNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.section("Ordres"));
        assertTrue(e.getMessage().contains("Ordres"), e.getMessage());
        for (String s : catalog.sections().keySet()) {
            assertTrue(e.getMessage().contains(s), "lists " + s + ": " + e.getMessage());
        }
    }

    @Test
    void unknownActionNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> catalog.action("Orders", "ListOrder"));
        assertTrue(e.getMessage().contains("ListOrder'"), e.getMessage());
        assertTrue(e.getMessage().contains("ListOrders, ListOrdersByNextToken, GetOrder, ListOrderItems,"
                                           + " ListOrderItemsByNextToken, GetServiceStatus"),
                e.getMessage());
    }

    @Test
    void lookupsIgnoreCaseAndReturnCanonicalNames() {
        Action a = catalog.action("fulfillmentinventory", "LISTINVENTORYSUPPLY");
        assertEquals("FulfillmentInventory", a.section());
        assertEquals("ListInventorySupply", a.name());
        assertTrue(catalog.action("Feeds", "submitfeed").isSubmitFeed());
        assertTrue(catalog.action("Reports", "getreport").returnsRawBody());
        assertTrue(catalog.action("Feeds", "GetFeedSubmissionResult").returnsRawBody());
    }

    @Test
    void marketplaceParametersPerSection() {
        assertEquals("MarketplaceId.Id.N", catalog.action("Orders", "ListOrders").marketplaceParameter().toString());
        assertEquals("MarketplaceIdList.Id.N",
                catalog.action("Reports", "RequestReport").marketplaceParameter().toString());
        assertEquals("MarketplaceIdList.Id.N", catalog.action("Feeds", "SubmitFeed").marketplaceParameter().toString());
        assertEquals("MarketplaceId",
                catalog.action("Products", "ListMatchingProducts").marketplaceParameter().toString());
        assertEquals("MarketplaceId",
                catalog.action("FulfillmentInventory", "ListInventorySupply").marketplaceParameter().toString());
        assertNull(catalog.action("Orders", "ListOrdersByNextToken").marketplaceParameter());
        assertNull(catalog.action("Orders", "GetServiceStatus").marketplaceParameter());
    }

    @Test
    void marketplacesByCodeOrIdChooseOneHost() {
        MarketplaceSelection eu = catalog.selectMarketplaces("de, FR,UK,A1RKKUPIHCS9HS");
        assertEquals(List.of("A1PA6795UKMFR9", "A13V1IB3VIYZZH", "A1F83G8C2ARO7P", "A1RKKUPIHCS9HS"),
                eu.marketplaceIds());
        assertEquals("mws-eu.amazonservices.com", eu.host());
        assertEquals("mws.amazonservices.com", catalog.selectMarketplaces("US,BR").host());
        assertEquals("mws.amazonservices.jp", catalog.selectMarketplaces("JP").host());
        assertEquals("A1F83G8C2ARO7P", catalog.selectMarketplaces("GB").marketplaceIds().get(0), "GB is UK");
        assertSame(MarketplaceSelection.NONE, catalog.selectMarketplaces(" "));
        assertEquals("https://mws.amazonservices.ca", catalog.findMarketplace("CA").orElseThrow().baseUrl());
    }

    @Test
    void marketplacesOnDifferentHostsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> catalog.selectMarketplaces("US,DE"));
        assertTrue(e.getMessage().contains("US on mws.amazonservices.com"), e.getMessage());
        assertTrue(e.getMessage().contains("DE on mws-eu.amazonservices.com"), e.getMessage());
    }

    @Test
    void unknownMarketplaceIdsHaveNoHostAndBadCodesAreRefused() {
        MarketplaceSelection custom = catalog.selectMarketplaces("ASIMULATED123");
        assertEquals(List.of("ASIMULATED123"), custom.marketplaceIds());
        assertNull(custom.host());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.selectMarketplaces("XX"));
        assertTrue(e.getMessage().contains("'XX'") && e.getMessage().contains("US, BR, CA"), e.getMessage());
    }
}
