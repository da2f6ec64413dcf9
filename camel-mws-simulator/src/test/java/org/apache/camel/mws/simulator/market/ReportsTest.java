package org.apache.camel.mws.simulator.market;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.apache.camel.mws.simulator.spi.SimResponse;

import static org.apache.camel.mws.simulator.market.Market.JP;
import static org.apache.camel.mws.simulator.market.Market.SELLER_DE;
import static org.apache.camel.mws.simulator.market.Market.SELLER_JP;
import static org.apache.camel.mws.simulator.market.Market.SELLER_US;
import static org.apache.camel.mws.simulator.market.Market.assertError;
import static org.apache.camel.mws.simulator.market.Market.child;
import static org.apache.camel.mws.simulator.market.Market.children;
import static org.apache.camel.mws.simulator.market.Market.params;
import static org.apache.camel.mws.simulator.market.Market.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsTest {

    static final String ORDERS = "_GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_";
    static final String LISTINGS = "_GET_MERCHANT_LISTINGS_DATA_";
    static final String SETTLEMENT = "_GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_";

    Market m;

    Market market(MarketSettings s) {
        m = new Market(s, 600);
        return m;
    }

    Market market() {
        return market(MarketSettings.defaults().withOrdersPerSeller(300));
    }

    @AfterEach
    void tearDown() {
        if (m != null) {
            m.close();
        }
    }

    private Element request(String seller, String... kv) {
        return child(m.xml(seller, "Reports/RequestReport", kv), "ReportRequestInfo");
    }

    private Element status(String seller, String requestId) {
        return child(m.xml(seller, "Reports/GetReportRequestList", "ReportRequestIdList.Id.1", requestId),
                "ReportRequestInfo");
    }

    private void processReports() {
        m.clock.advanceMws(m.sim.settings().reportProcessingTime().plusSeconds(1));
    }

    private static byte[] verified(SimResponse.RawBody raw) throws Exception {
        byte[] body = Market.body(raw);
        assertEquals(raw.contentLength(), body.length, "Content-Length");
        String md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        assertEquals(md5, raw.contentMd5(), "Content-MD5 of the bytes written");
        assertArrayEquals(body, Market.body(raw), "a second write yields the same bytes");
        return body;
    }

    @Test
    void requestValidation() {
        market();
        assertError(m.error(SELLER_US, "Reports/RequestReport", "ReportType", "_GET_NOTHING_"), 400,
                "InvalidReportType");
        assertError(m.error(SELLER_US, "Reports/RequestReport", "ReportType", SETTLEMENT), 400, "InvalidReportType");
        assertError(m.error(SELLER_US, "Reports/RequestReport"), 400, "MissingParameter");
        assertError(m.error(SELLER_US, "Reports/RequestReport", "ReportType", ORDERS, "MarketplaceIdList.Id.1", JP),
                400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Reports/RequestReport", "ReportType", ORDERS, "StartDate",
                "2024-02-01T00:00:00Z", "EndDate", "2024-01-01T00:00:00Z"), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Reports/RequestReport", "ReportType", ORDERS, "StartDate",
                "2030-01-01T00:00:00Z"), 400, "InvalidParameterValue");
    }

    @Test
    void stateMachineToDoneAndDownload() throws Exception {
        market();
        Element info = request(SELLER_US, "ReportType", ORDERS, "StartDate", "2020-01-01T00:00:00Z");
        assertEquals("_SUBMITTED_", text(info, "ReportProcessingStatus"));
        assertEquals("false", text(info, "Scheduled"));
        assertTrue(text(info, "SubmittedDate").endsWith("+00:00"));
        String id = text(info, "ReportRequestId");
        assertEquals("_SUBMITTED_", text(status(SELLER_US, id), "ReportProcessingStatus"));
        m.clock.advanceMws(m.sim.settings().reportProcessingTime().dividedBy(2));
        Element progress = status(SELLER_US, id);
        assertEquals("_IN_PROGRESS_", text(progress, "ReportProcessingStatus"));
        assertNotNull(text(progress, "StartedProcessingDate"));
        assertNull(text(progress, "GeneratedReportId"));
        processReports();
        Element done = status(SELLER_US, id);
        assertEquals("_DONE_", text(done, "ReportProcessingStatus"));
        String reportId = text(done, "GeneratedReportId");
        assertNotNull(reportId);
        assertNotNull(text(done, "CompletedDate"));

        Element list = m.xml(SELLER_US, "Reports/GetReportList", "ReportTypeList.Type.1", ORDERS);
        assertEquals(reportId, text(child(list, "ReportInfo"), "ReportId"));
        assertEquals("false", text(child(list, "ReportInfo"), "Acknowledged"));

        SimResponse.RawBody raw = (SimResponse.RawBody) m.call(SELLER_US, "Reports/GetReport",
                params("ReportId", reportId));
        assertEquals("text/plain;charset=windows-1252", raw.contentType());
        String text = new String(verified(raw), Charset.forName("windows-1252"));
        String[] lines = text.split("\n");
        assertTrue(lines[0].startsWith("amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date"));
        Set<String> orderIds = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            orderIds.add(lines[i].split("\t", -1)[0]);
        }
        // every order updated in the window (all of them: the window starts before the history) is in the file
        Set<String> expected = new HashSet<>();
        m.sim.orders(SELLER_US).forEach(o -> expected.add(o.amazonOrderId()));
        assertTrue(expected.containsAll(orderIds));
        assertTrue(orderIds.size() > expected.size() * 9 / 10, orderIds.size() + " of " + expected.size());
    }

    @Test
    void noDataCancelAndReportErrors() {
        market(MarketSettings.defaults().withOrdersPerSeller(300).withReportRetention(Duration.ofDays(2)));
        String empty = text(request(SELLER_US, "ReportType", ORDERS, "StartDate", "2001-01-01T00:00:00Z",
                "EndDate", "2001-02-01T00:00:00Z"), "ReportRequestId");
        String cancelled = text(request(SELLER_US, "ReportType", LISTINGS), "ReportRequestId");
        Element c = m.xml(SELLER_US, "Reports/CancelReportRequests", "ReportRequestIdList.Id.1", cancelled);
        assertEquals("1", text(c, "Count"));
        assertEquals("_CANCELLED_", text(child(c, "ReportRequestInfo"), "ReportProcessingStatus"));
        // GetReport of a report still in progress: not ready; after cancellation: invalid
        String early = text(request(SELLER_US, "ReportType", LISTINGS), "ReportRequestId");
        String earlyReportId = Long.toString(100_000_000_000L + Long.parseLong(early));
        assertError(m.error(SELLER_US, "Reports/GetReport", "ReportId", earlyReportId), 400, "ReportNotReady");
        processReports();
        assertEquals("_DONE_NO_DATA_", text(status(SELLER_US, empty), "ReportProcessingStatus"));
        assertNull(text(status(SELLER_US, empty), "GeneratedReportId"));
        assertEquals("_CANCELLED_", text(status(SELLER_US, cancelled), "ReportProcessingStatus"));
        assertEquals("0", text(m.xml(SELLER_US, "Reports/CancelReportRequests", "ReportRequestIdList.Id.1", early),
                "Count"), "a done request cannot be cancelled");
        String cancelledReportId = Long.toString(100_000_000_000L + Long.parseLong(cancelled));
        assertError(m.error(SELLER_US, "Reports/GetReport", "ReportId", cancelledReportId), 400, "InvalidReportId");
        assertError(m.error(SELLER_US, "Reports/GetReport", "ReportId", "123"), 400, "InvalidReportId");
        assertError(m.error(SELLER_US, "Reports/GetReport", "ReportId", "abc"), 400, "InvalidReportId");
        String reportId = text(status(SELLER_US, early), "GeneratedReportId");
        // another seller cannot read it
        assertError(m.error(SELLER_DE, "Reports/GetReport", "ReportId", reportId), 400, "InvalidReportId");
        assertTrue(m.call(SELLER_US, "Reports/GetReport", params("ReportId", reportId))
                instanceof SimResponse.RawBody);
        m.clock.advanceMws(Duration.ofDays(3));
        assertError(m.error(SELLER_US, "Reports/GetReport", "ReportId", reportId), 400, "ReportNoLongerAvailable");
        Element counts = m.xml(SELLER_US, "Reports/GetReportRequestCount", "ReportProcessingStatusList.Status.1",
                "_CANCELLED_");
        assertEquals("1", text(counts, "Count"));
    }

    @Test
    void japaneseReportArrivesIntactInWindows31j() throws Exception {
        market();
        String id = text(request(SELLER_JP, "ReportType", LISTINGS), "ReportRequestId");
        processReports();
        String reportId = text(status(SELLER_JP, id), "GeneratedReportId");
        SimResponse.RawBody raw = (SimResponse.RawBody) m.call(SELLER_JP, "Reports/GetReport",
                params("ReportId", reportId));
        assertEquals("text/plain;charset=windows-31j", raw.contentType());
        String text = new String(verified(raw), Charset.forName("windows-31j"));
        String title = m.sim.listings(SELLER_JP).get(0).title(
                org.apache.camel.mws.simulator.market.data.Marketplace.byId(JP));
        assertTrue(title.chars().anyMatch(ch -> ch > 0x3000), "a Japanese title: " + title);
        assertTrue(text.contains(title), "the Japanese title survives the round trip");
        assertFalse(text.contains("?"), "nothing was unmappable");

        String orders = text(request(SELLER_JP, "ReportType", "_GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_",
                "StartDate", "2020-01-01T00:00:00Z"), "ReportRequestId");
        processReports();
        SimResponse.RawBody ordersRaw = (SimResponse.RawBody) m.call(SELLER_JP, "Reports/GetReport",
                params("ReportId", text(status(SELLER_JP, orders), "GeneratedReportId")));
        String ordersText = new String(verified(ordersRaw), Charset.forName("windows-31j"));
        assertTrue(ordersText.contains("JPY"));
        assertTrue(ordersText.contains("東京都") || ordersText.contains("大阪府") || ordersText.contains("京都府"));
    }

    @Test
    void germanReportKeepsUmlauts() throws Exception {
        market();
        String id = text(request(SELLER_DE, "ReportType", "_GET_MERCHANT_LISTINGS_ALL_DATA_"), "ReportRequestId");
        processReports();
        SimResponse.RawBody raw = (SimResponse.RawBody) m.call(SELLER_DE, "Reports/GetReport",
                params("ReportId", text(status(SELLER_DE, id), "GeneratedReportId")));
        byte[] body = verified(raw);
        String text = new String(body, Charset.forName("windows-1252"));
        assertTrue(text.matches("(?s).*[äöüßÄÖÜ].*"), "umlauts present");
        assertTrue(text.split("\n")[0].endsWith("\tstatus"));
        // in windows-1252, not UTF-8: no multi-byte sequences for the umlauts
        assertFalse(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Ã"));
    }

    @Test
    void settlementsAppearOverTimeWithoutCharset() throws Exception {
        market(MarketSettings.defaults().withOrdersPerSeller(400).withSettlementPeriod(Duration.ofDays(7)));
        List<Element> initial = settlements(SELLER_DE);
        // 30 days of history with weekly periods: 4 closed periods, DE and FR share EUR
        assertEquals(4, initial.size());
        Element newest = initial.get(0);
        SimResponse.RawBody raw = (SimResponse.RawBody) m.call(SELLER_DE, "Reports/GetReport",
                params("ReportId", text(newest, "ReportId")));
        assertEquals("text/plain", raw.contentType());
        String[] lines = new String(verified(raw), Charset.forName("windows-1252")).split("\n");
        assertTrue(lines[0].startsWith("settlement-id\tsettlement-start-date"));
        String[] summary = lines[1].split("\t", -1);
        assertEquals("EUR", summary[5]);
        long total = 0;
        for (int i = 2; i < lines.length; i++) {
            total += Math.round(Double.parseDouble(lines[i].split("\t", -1)[14]) * 100);
        }
        assertEquals(Math.round(Double.parseDouble(summary[4]) * 100), total, "total is the sum of the amounts");
        assertTrue(lines.length > 5);
        // a new period closes as (scaled) time passes
        m.clock.advanceMws(Duration.ofDays(8));
        assertEquals(5, settlements(SELLER_DE).size());
        // a US seller selling in the US and Canada settles USD and CAD separately
        assertEquals(10, settlements(SELLER_US).size());
    }

    private List<Element> settlements(String seller) {
        Element list = m.xml(seller, "Reports/GetReportList", "ReportTypeList.Type.1", SETTLEMENT, "MaxCount",
                "100");
        return children(list, "ReportInfo");
    }

    @Test
    void reportListPagingFiltersAndAcknowledgements() {
        market(MarketSettings.defaults().withOrdersPerSeller(100).withSettlementPeriod(Duration.ofDays(1)));
        for (int i = 0; i < 5; i++) {
            request(SELLER_DE, "ReportType", LISTINGS);
        }
        processReports();
        Element count = m.xml(SELLER_DE, "Reports/GetReportCount");
        int total = Integer.parseInt(text(count, "Count"));
        assertEquals(30 + 5, total, "30 daily settlements and 5 listings reports");
        List<String> seen = new ArrayList<>();
        Element page = m.xml(SELLER_DE, "Reports/GetReportList", "MaxCount", "4");
        seen.addAll(children(page, "ReportInfo").stream().map(e -> text(e, "ReportId")).toList());
        assertEquals("true", text(page, "HasNext"));
        int pages = 1;
        while ("true".equals(text(page, "HasNext"))) {
            // acknowledging while paging does not shift pages
            m.xml(SELLER_DE, "Reports/UpdateReportAcknowledgements", "ReportIdList.Id.1", seen.get(0));
            page = m.xml(SELLER_DE, "Reports/GetReportListByNextToken", "NextToken", text(page, "NextToken"));
            seen.addAll(children(page, "ReportInfo").stream().map(e -> text(e, "ReportId")).toList());
            pages++;
        }
        assertEquals(9, pages);
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size());

        Element acked = m.xml(SELLER_DE, "Reports/UpdateReportAcknowledgements", "ReportIdList.Id.1", seen.get(1),
                "ReportIdList.Id.2", seen.get(2), "ReportIdList.Id.3", "999", "Acknowledged", "true");
        assertEquals("2", text(acked, "Count"));
        assertEquals("true", text(child(acked, "ReportInfo"), "Acknowledged"));
        assertNotNull(text(child(acked, "ReportInfo"), "AcknowledgedDate"));
        assertEquals(Integer.toString(total - 3),
                text(m.xml(SELLER_DE, "Reports/GetReportCount", "Acknowledged", "false"), "Count"));
        Element unacked = m.xml(SELLER_DE, "Reports/GetReportList", "Acknowledged", "false", "MaxCount", "100");
        assertFalse(children(unacked, "ReportInfo").stream().anyMatch(e -> text(e, "ReportId").equals(seen.get(0))));
        assertEquals(3, m.sim.reports().reports(SELLER_DE).stream().filter(r -> r.acknowledged()).count());
        assertEquals(Integer.toString(5), text(m.xml(SELLER_DE, "Reports/GetReportCount", "ReportTypeList.Type.1",
                LISTINGS), "Count"));
        assertError(m.error(SELLER_DE, "Reports/GetReportList", "MaxCount", "101"), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_DE, "Reports/GetReportList", "Acknowledged", "maybe"), 400,
                "InvalidParameterValue");
        assertError(m.error(SELLER_DE, "Reports/UpdateReportAcknowledgements"), 400, "MissingParameter");
        // a request list token is not a report list token, nor another seller's
        Element requests = m.xml(SELLER_DE, "Reports/GetReportRequestList", "MaxCount", "2");
        assertEquals("true", text(requests, "HasNext"));
        assertError(m.error(SELLER_DE, "Reports/GetReportListByNextToken", "NextToken", text(requests, "NextToken")),
                400, "NextTokenCorrupted");
        assertError(m.error(SELLER_US, "Reports/GetReportRequestListByNextToken", "NextToken",
                text(requests, "NextToken")), 400, "NextTokenCorrupted");
        Element rest = m.xml(SELLER_DE, "Reports/GetReportRequestListByNextToken", "NextToken",
                text(requests, "NextToken"));
        assertEquals(2, children(rest, "ReportRequestInfo").size(), "pages keep the listing's MaxCount");
        assertEquals("true", text(rest, "HasNext"));
        Element last = m.xml(SELLER_DE, "Reports/GetReportRequestListByNextToken", "NextToken",
                text(rest, "NextToken"));
        assertEquals(1, children(last, "ReportRequestInfo").size());
        assertEquals("false", text(last, "HasNext"));
        assertNull(child(last, "NextToken"));
    }

    @Test
    void schedulesCreateReportsOverTime() {
        market();
        assertError(m.error(SELLER_US, "Reports/ManageReportSchedule", "ReportType", LISTINGS, "Schedule",
                "_3_MINUTES_"), 400, "InvalidParameterValue");
        assertError(m.error(SELLER_US, "Reports/ManageReportSchedule", "ReportType", SETTLEMENT, "Schedule",
                "_1_DAY_"), 400, "InvalidReportType");
        Element r = m.xml(SELLER_US, "Reports/ManageReportSchedule", "ReportType", ORDERS, "Schedule", "_1_HOUR_");
        assertEquals("1", text(r, "Count"));
        assertEquals("_1_HOUR_", text(child(r, "ReportSchedule"), "Schedule"));
        assertEquals("1", text(m.xml(SELLER_US, "Reports/GetReportScheduleCount"), "Count"));
        m.clock.advanceMws(Duration.ofHours(3).plusMinutes(30));
        List<Element> scheduled = children(m.xml(SELLER_US, "Reports/GetReportRequestList", "ReportTypeList.Type.1",
                ORDERS, "MaxCount", "100"), "ReportRequestInfo");
        assertEquals(4, scheduled.size(), "fired at 0h, 1h, 2h and 3h");
        for (Element e : scheduled) {
            assertEquals("true", text(e, "Scheduled"));
            assertTrue(text(e, "ReportProcessingStatus").startsWith("_DONE"));
        }
        Element list = m.xml(SELLER_US, "Reports/GetReportScheduleList");
        assertEquals(ORDERS, text(child(list, "ReportSchedule"), "ReportType"));
        assertEquals("false", text(list, "HasNext"));
        Element never = m.xml(SELLER_US, "Reports/ManageReportSchedule", "ReportType", ORDERS, "Schedule", "_NEVER_");
        assertEquals("1", text(never, "Count"));
        assertEquals("0", text(m.xml(SELLER_US, "Reports/GetReportScheduleCount"), "Count"));
        m.clock.advanceMws(Duration.ofHours(3));
        assertEquals(4, children(m.xml(SELLER_US, "Reports/GetReportRequestList", "ReportTypeList.Type.1", ORDERS,
                "MaxCount", "100"), "ReportRequestInfo").size());
    }

    @Test
    void paddedReportIsStreamedWithMatchingDigest() throws Exception {
        market(MarketSettings.defaults().withOrdersPerSeller(50).withReportMinBytes(3_000_000));
        String id = text(request(SELLER_DE, "ReportType", ORDERS, "StartDate", "2020-01-01T00:00:00Z"),
                "ReportRequestId");
        String listings = text(request(SELLER_DE, "ReportType", "_GET_FLAT_FILE_OPEN_LISTINGS_DATA_"),
                "ReportRequestId");
        processReports();
        for (String requestId : List.of(id, listings)) {
            SimResponse.RawBody raw = (SimResponse.RawBody) m.call(SELLER_DE, "Reports/GetReport",
                    params("ReportId", text(status(SELLER_DE, requestId), "GeneratedReportId")));
            byte[] body = verified(raw);
            assertTrue(body.length >= 3_000_000 && body.length < 3_100_000, "size " + body.length);
            String[] lines = new String(body, Charset.forName("windows-1252")).split("\n");
            int columns = lines[0].split("\t", -1).length;
            for (String line : lines) {
                assertEquals(columns, line.split("\t", -1).length, line);
            }
        }
    }
}
