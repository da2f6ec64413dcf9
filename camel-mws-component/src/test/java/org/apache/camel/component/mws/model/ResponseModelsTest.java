package org.apache.camel.component.mws.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.camel.component.mws.model.feeds.GetFeedSubmissionListResult;
import org.apache.camel.component.mws.model.orders.ListOrderItemsResult;
import org.apache.camel.component.mws.model.orders.ListOrdersResult;
import org.apache.camel.component.mws.model.reports.GetReportListResult;
import org.junit.jupiter.api.Test;

import static org.apache.camel.component.mws.model.Resources.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseModelsTest {

    private final MwsXmlParser parser = new MwsXmlParser();

    /** Every operation the component must return typed (issue 2) and the listings consumers page through. */
    private static final Map<String, List<String>> MODELLED = Map.of(
            "Orders", List.of("ListOrders", "ListOrdersByNextToken", "GetOrder", "ListOrderItems",
                    "ListOrderItemsByNextToken", "GetServiceStatus"),
            "Reports", List.of("RequestReport", "GetReportRequestList", "GetReportRequestListByNextToken",
                    "GetReportRequestCount", "CancelReportRequests", "GetReportList", "GetReportListByNextToken",
                    "GetReportCount", "ManageReportSchedule", "GetReportScheduleList",
                    "GetReportScheduleListByNextToken", "GetReportScheduleCount", "UpdateReportAcknowledgements",
                    "GetServiceStatus"),
            "Feeds", List.of("SubmitFeed", "GetFeedSubmissionList", "GetFeedSubmissionListByNextToken",
                    "GetFeedSubmissionCount", "CancelFeedSubmissions", "GetServiceStatus"),
            "Sellers", List.of("ListMarketplaceParticipations", "ListMarketplaceParticipationsByNextToken",
                    "GetServiceStatus"),
            "Finances", List.of("ListFinancialEvents", "ListFinancialEventsByNextToken", "ListFinancialEventGroups",
                    "ListFinancialEventGroupsByNextToken", "GetServiceStatus"),
            "FulfillmentInventory", List.of("ListInventorySupply", "ListInventorySupplyByNextToken",
                    "GetServiceStatus"));

    @Test
    void everyRequiredOperationHasAModel() {
        MODELLED.forEach((section, actions) -> actions.forEach(action -> {
            assertTrue(parser.hasModel(section, action), section + "/" + action);
            assertTrue(parser.hasModel(section.toUpperCase(), action.toLowerCase()), "case-insensitive");
        }));
    }

    @Test
    void byNextTokenSharesTheResultClassAndListingsArePaged() {
        assertSame(ListOrdersResult.class, parser.resultType("Orders", "ListOrdersByNextToken"));
        assertSame(ListOrderItemsResult.class, parser.resultType("Orders", "ListOrderItemsByNextToken"));
        assertSame(GetReportListResult.class, parser.resultType("Reports", "GetReportListByNextToken"));
        assertSame(GetFeedSubmissionListResult.class, parser.resultType("Feeds", "GetFeedSubmissionListByNextToken"));
        MODELLED.forEach((section, actions) -> actions.stream()
                .filter(a -> a.startsWith("List") || a.endsWith("List") || a.endsWith("ByNextToken"))
                .forEach(a -> assertTrue(PagedResult.class.isAssignableFrom(parser.resultType(section, a)),
                        section + "/" + a + " is a PagedResult")));
    }

    @Test
    void recordsOfEveryListingHaveIds() {
        Object[][] listings = {
                { "Orders", "ListOrders", "orders/ListOrdersResponse.xml", "902-3159896-1390916" },
                { "Orders", "ListOrderItems", "orders/ListOrderItemsResponse.xml", "68828574383266" },
                { "Reports", "GetReportRequestList", "reports/GetReportRequestListResponse.xml", "2291326454" },
                { "Reports", "GetReportList", "reports/GetReportListResponse.xml", "898899473" },
                { "Reports", "GetReportScheduleList", "reports/GetReportScheduleListResponse.xml",
                        "_GET_ORDERS_DATA_/_30_DAYS_" },
                { "Feeds", "GetFeedSubmissionList", "feeds/GetFeedSubmissionListResponse.xml", "2291326430" },
                { "Sellers", "ListMarketplaceParticipations", "sellers/ListMarketplaceParticipationsResponse.xml",
                        "ATVPDKIKX0DER/A135KKEKWF1J56" },
                { "Finances", "ListFinancialEventGroups", "finances/ListFinancialEventGroupsResponse.xml",
                        "22YgYW55IGNhcm5hbCBwbGVhc3VyZS4" },
                { "FulfillmentInventory", "ListInventorySupply", "inventory/ListInventorySupplyResponse.xml",
                        "SampleSKU1" } };
        for (Object[] l : listings) {
            PagedResult page = (PagedResult) parser.parse((String) l[0], (String) l[1], bytes((String) l[2])).result();
            MwsRecord first = (MwsRecord) page.records().get(0);
            assertEquals(l[3], first.recordId(), (String) l[1]);
            java.util.Set<String> ids = new java.util.HashSet<>();
            page.records().forEach(r -> ids.add(((MwsRecord) r).recordId()));
            assertEquals(page.records().size(), ids.size(), "distinct ids in " + l[1]);
        }
    }

    @Test
    void unmodelledOperations() {
        assertFalse(parser.hasModel("Reports", "GetReport"));
        assertFalse(parser.hasModel("Feeds", "GetFeedSubmissionResult"));
        assertFalse(parser.hasModel("Products", "GetMatchingProductForId"));
        assertFalse(parser.hasModel("Orders", "ListReports"));
        assertFalse(parser.hasModel(null, "ListOrders"));
        assertNull(parser.resultType("Orders", null));
    }

    @Test
    void appendRefusesAnotherKindOfPage() {
        ListOrdersResult orders = new ListOrdersResult();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> orders.append(new GetReportListResult()));
        assertTrue(e.getMessage().contains("GetReportListResult"), e.getMessage());
    }

    @Test
    void blankNextTokenMeansNoMorePages() {
        ListOrdersResult page = new ListOrdersResult();
        page.setNextToken("  \n ");
        assertNull(page.getNextToken());
        assertFalse(page.hasMorePages());
        page.setNextToken("\n abc= \n");
        assertEquals("abc=", page.getNextToken());
        assertTrue(page.hasMorePages());
        page.setHasNext(false);
        assertFalse(page.hasMorePages());
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                futures.add(pool.submit((Callable<Void>) () -> {
                    if (n % 3 == 0) {
                        ListOrdersResult r = (ListOrdersResult) parser
                                .parse("Orders", "ListOrders", bytes("orders/ListOrdersResponse.xml")).result();
                        assertEquals(3, r.records().size());
                    } else if (n % 3 == 1) {
                        GetReportListResult r = (GetReportListResult) parser
                                .parse("Reports", "GetReportList", bytes("reports/GetReportListResponse.xml")).result();
                        assertEquals("898899473", r.records().get(0).getReportId());
                    } else {
                        assertEquals("RequestThrottled",
                                parser.parseError(bytes("errors/ErrorResponse-RequestId.xml")).getCode());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
