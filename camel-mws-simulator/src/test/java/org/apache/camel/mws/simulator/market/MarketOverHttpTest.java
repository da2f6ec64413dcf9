package org.apache.camel.mws.simulator.market;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsTestClient;
import org.apache.camel.mws.simulator.market.data.Listing;
import org.apache.camel.mws.simulator.spi.SellerAccount;

import static org.apache.camel.mws.simulator.MwsTestClient.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The marketplace behind the real HTTP server: raw bodies, their headers and charsets, feeds from the wire. */
class MarketOverHttpTest {

    static final String REPORTS = "/Reports/2009-01-01";
    static MwsSimulator sim;

    @BeforeAll
    static void start() {
        sim = MwsSimulator.builder().httpsPort(-1).sellers(3).seed(7).ordersPerSeller(200).timeScale(600)
                .serverThrottling(false)
                .marketSettings(s -> s.withSettlementPeriod(Duration.ofDays(10))).build().start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static MwsTestClient client(SellerAccount seller) {
        return new MwsTestClient(sim, false, sim.accounts().developerOf(seller.sellerId()), seller.sellerId());
    }

    private static SellerAccount sellerIn(String marketplaceId) {
        return sim.accounts().sellers().stream().filter(s -> s.marketplaceIds().get(0).equals(marketplaceId))
                .findFirst().orElseThrow();
    }

    private static Map<String, String> reports(MwsTestClient c, String action) {
        Map<String, String> p = c.params(action, "2009-01-01");
        p.put("Merchant", p.remove("SellerId"));
        return p;
    }

    private static HttpResponse<byte[]> getReport(MwsTestClient c, String reportId) throws Exception {
        Map<String, String> p = reports(c, "GetReport");
        p.put("ReportId", reportId);
        String form = MwsTestClient.encode(c.sign("POST", c.hostWithPort(), REPORTS, p, null));
        HttpRequest request = HttpRequest.newBuilder(URI.create(c.baseUrl() + REPORTS))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("User-Agent", MwsTestClient.USER_AGENT).POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return c.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String md5(byte[] b) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(b));
    }

    @Test
    void japaneseReportOverHttpCarriesCharsetAndMd5() throws Exception {
        SellerAccount jp = sellerIn(Market.JP);
        MwsTestClient c = client(jp);
        Map<String, String> p = reports(c, "RequestReport");
        p.put("ReportType", "_GET_MERCHANT_LISTINGS_DATA_");
        String requestId = element(c.post(REPORTS, p).body(), "ReportRequestId");
        String reportId = null;
        for (int i = 0; i < 100 && reportId == null; i++) {
            Thread.sleep(50);
            Map<String, String> q = reports(c, "GetReportRequestList");
            q.put("ReportRequestIdList.Id.1", requestId);
            reportId = element(c.post(REPORTS, q).body(), "GeneratedReportId");
        }
        HttpResponse<byte[]> r = getReport(c, reportId);
        assertEquals(200, r.statusCode());
        assertEquals("text/plain;charset=windows-31j", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(md5(r.body()), r.headers().firstValue("Content-MD5").orElseThrow());
        String text = new String(r.body(), Charset.forName("windows-31j"));
        Listing first = sim.market().listings(jp.sellerId()).get(0);
        assertTrue(text.contains(first.title(org.apache.camel.mws.simulator.market.data.Marketplace.byId(Market.JP))));
    }

    @Test
    void settlementReportOverHttpHasNoCharset() throws Exception {
        SellerAccount de = sellerIn(Market.DE);
        MwsTestClient c = client(de);
        Map<String, String> p = reports(c, "GetReportList");
        p.put("ReportTypeList.Type.1", "_GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_");
        String reportId = element(c.post(REPORTS, p).body(), "ReportId");
        HttpResponse<byte[]> r = getReport(c, reportId);
        assertEquals(200, r.statusCode());
        assertEquals("text/plain", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(md5(r.body()), r.headers().firstValue("Content-MD5").orElseThrow());
        assertTrue(new String(r.body(), Charset.forName("windows-1252")).startsWith("settlement-id\t"));
    }

    @Test
    void inventoryFeedOverTheWire() throws Exception {
        SellerAccount us = sim.accounts().firstSeller();
        MwsTestClient c = client(us);
        Listing l = sim.market().listings(us.sellerId()).get(1);
        String feed = "sku\tprice\tquantity\n" + l.sku() + "\t9.99\t77\n";
        byte[] body = feed.getBytes(StandardCharsets.ISO_8859_1);
        Map<String, String> p = c.params("SubmitFeed", "2009-01-01");
        p.put("Merchant", p.remove("SellerId"));
        p.put("FeedType", "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_");
        p.put("ContentMD5Value", md5(body));
        String path = "/Feeds/2009-01-01";
        HttpRequest request = HttpRequest.newBuilder(URI.create(c.baseUrl() + path + "?"
                + MwsTestClient.encode(c.sign("POST", c.hostWithPort(), path, p, null))))
                .header("Content-Type", "text/tab-separated-values; charset=iso-8859-1")
                .header("User-Agent", MwsTestClient.USER_AGENT).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> submitted = c.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, submitted.statusCode(), submitted.body());
        String id = element(submitted.body(), "FeedSubmissionId");
        HttpResponse<String> result = null;
        for (int i = 0; i < 100; i++) {
            Thread.sleep(50);
            Map<String, String> q = c.params("GetFeedSubmissionResult", "2009-01-01");
            q.put("FeedSubmissionId", id);
            result = c.post(path, q);
            if (result.statusCode() == 200) {
                break;
            }
            assertTrue(result.body().contains("FeedProcessingResultNotReady"), result.body());
        }
        assertEquals(200, result.statusCode());
        assertTrue(result.body().contains("Number of records successful\t\t1"), result.body());
        assertEquals(77L, sim.market().inventory(us.sellerId()).get(l.sku()));
        Map<String, String> q = c.params("ListInventorySupply", "2010-10-01");
        q.put("SellerSkus.member.1", l.sku());
        HttpResponse<String> supply = c.post("/FulfillmentInventory/2010-10-01", q);
        assertEquals("77", element(supply.body(), "InStockSupplyQuantity"));
    }
}
