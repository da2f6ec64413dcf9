package org.apache.camel.component.mws;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.mws.support.SimulatorTestSupport;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GetReport against the simulator: streamed to the spool directory, verified against its Content-MD5 and fetched
 * again when corrupted or cut off, decoded from the report's charset (a Japanese report arrives intact), handed over
 * as a stream, a file or rows.
 */
class ReportDownloadTest extends SimulatorTestSupport {

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().httpsPort(-1).sellers(3).seed(11)
            .ordersPerSeller(150).timeScale(600)
            .marketSettings(s -> s.withSettlementPeriod(Duration.ofDays(10))).build();

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String LISTINGS = "_GET_MERCHANT_LISTINGS_DATA_";
    private static final String ORDERS = "_GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_";
    private static final String SETTLEMENT = "_GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_";

    @TempDir
    Path spool;

    @Override
    protected MwsSimulator simulator() {
        return SIM.simulator();
    }

    @BeforeEach
    void resetSimulator() {
        simulator().reset();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:rows").toD("${header.reportUri}").split(body()).streaming().to("mock:row");
            }
        };
    }

    private String getReport(SellerAccount seller, String reportId, String... options) {
        List<String> all = new ArrayList<>(List.of("parameters.ReportId=" + reportId, "spoolDirectory=" + spool));
        all.addAll(Arrays.asList(options));
        return uri(seller, "Reports/GetReport", all.toArray(String[]::new));
    }

    private String settlementOf(SellerAccount seller) {
        return simulator().market().reports().reports(seller.sellerId()).stream()
                .filter(r -> r.reportType().equals(SETTLEMENT)).findFirst().orElseThrow().reportId();
    }

    private static boolean hasJapanese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private String japaneseTitle(SellerAccount jp) {
        return simulator().market().listings(jp.sellerId()).get(0).title(Marketplace.byId(JP));
    }

    @Test
    void aJapaneseReportArrivesAsTheBytesMwsSentWithItsCharsetKnownToCamel() throws Exception {
        SellerAccount jp = sellerIn(JP);
        String reportId = requestReport(jp, LISTINGS, "marketplace=JP");
        byte[] expected = reportBytes(jp, reportId);

        Exchange ex = send(getReport(jp, reportId, "marketplace=JP"));
        assertNull(ex.getException());
        assertEquals("windows-31j", ex.getMessage().getHeader(MwsConstants.REPORT_CHARSET));
        assertEquals("text/plain;charset=windows-31j", ex.getMessage().getHeader(Exchange.CONTENT_TYPE));
        assertEquals(reportId, ex.getMessage().getHeader(MwsConstants.REPORT_ID));
        assertEquals("windows-31j", ex.getProperty(Exchange.CHARSET_NAME));
        // Camel's own conversion decodes the stream with the report's charset
        String text = ex.getMessage().getBody(String.class);
        assertEquals(new String(expected, WINDOWS_31J), text);
        assertTrue(text.contains(japaneseTitle(jp)), "the Japanese titles are intact");
        assertTrue(hasJapanese(japaneseTitle(jp)), "the test data is Japanese");
        assertEquals(0, filesIn(spool), "the spooled report is deleted once read");
    }

    @Test
    void aJapaneseReportDecodedToUtf8InAFile() throws Exception {
        SellerAccount jp = sellerIn(JP);
        String reportId = requestReport(jp, LISTINGS, "marketplace=JP");
        byte[] expected = reportBytes(jp, reportId);

        Exchange ex = send(getReport(jp, reportId, "marketplace=JP", "decodeReport=true", "reportOutput=file"));
        assertNull(ex.getException());
        File file = assertInstanceOf(File.class, ex.getMessage().getBody());
        byte[] utf8 = Files.readAllBytes(file.toPath());
        assertArrayEquals(new String(expected, WINDOWS_31J).getBytes(StandardCharsets.UTF_8), utf8);
        assertTrue(new String(utf8, StandardCharsets.UTF_8).contains(japaneseTitle(jp)));
        assertEquals("windows-31j", ex.getMessage().getHeader(MwsConstants.REPORT_CHARSET));
        assertEquals("text/plain;charset=UTF-8", ex.getMessage().getHeader(Exchange.CONTENT_TYPE));
        assertEquals("UTF-8", ex.getProperty(Exchange.CHARSET_NAME));
        assertEquals(1, filesIn(spool), "the route owns the file");
    }

    @Test
    void aSettlementReportWithoutCharsetFallsBackByMarketplace() throws Exception {
        SellerAccount jp = sellerIn(JP);
        String reportId = settlementOf(jp);
        byte[] expected = reportBytes(jp, reportId);
        String text = new String(expected, WINDOWS_31J);
        assertTrue(text.startsWith("settlement-id\t"));

        Exchange jpEndpoint = send(getReport(jp, reportId, "marketplace=JP", "decodeReport=true"));
        assertNull(jpEndpoint.getException());
        assertEquals("text/plain", simulatorContentType(jpEndpoint));
        assertEquals("windows-31j", jpEndpoint.getMessage().getHeader(MwsConstants.REPORT_CHARSET));
        assertEquals(text, new String(jpEndpoint.getMessage().getBody(InputStream.class).readAllBytes(),
                StandardCharsets.UTF_8));

        Exchange noMarketplace = send(getReport(jp, reportId));
        assertEquals("windows-1252", noMarketplace.getMessage().getHeader(MwsConstants.REPORT_CHARSET));

        Exchange overridden = send(getReport(jp, reportId, "reportCharset=Shift_JIS", "decodeReport=true"));
        assertEquals("Shift_JIS", overridden.getMessage().getHeader(MwsConstants.REPORT_CHARSET));
        assertEquals(new String(expected, Charset.forName("Shift_JIS")),
                overridden.getMessage().getBody(String.class));
    }

    private static String simulatorContentType(Exchange ex) {
        // decoded: the header names UTF-8 in place of the (absent) charset
        String ct = ex.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
        return ct.split(";")[0];
    }

    @Test
    void aCorruptedDownloadIsDiscardedAndFetchedAgain() throws Exception {
        SellerAccount us = sellerIn(US);
        String reportId = settlementOf(us);
        byte[] expected = reportBytes(us, reportId);
        simulator().faults().on("Reports", "GetReport").next(Fault.CORRUPT_CONTENT_MD5, Fault.CORRUPT_CONTENT_MD5);

        Exchange ex = send(getReport(us, reportId, "reportOutput=file"));
        assertNull(ex.getException());
        assertArrayEquals(expected, Files.readAllBytes(ex.getMessage().getBody(File.class).toPath()));
        assertEquals(3, requestsOnceLogged("Reports", "GetReport", 3).size(), "two corrupted downloads, then a good one");
        assertEquals(1, filesIn(spool), "the corrupted downloads were deleted");
    }

    @Test
    void aDownloadCorruptedEveryTimeFailsAfterMaxDownloadRetries() throws Exception {
        SellerAccount us = sellerIn(US);
        String reportId = settlementOf(us);
        simulator().faults().on("Reports", "GetReport").withProbability(Fault.CORRUPT_CONTENT_MD5, 1.0);

        MwsContentMd5MismatchException e = failure(send(getReport(us, reportId, "maxDownloadRetries=2")),
                MwsContentMd5MismatchException.class);
        assertEquals(3, requestsOnceLogged("Reports", "GetReport", 3).size());
        assertNotEquals(e.getExpectedMd5(), e.getActualMd5());
        assertTrue(e.getMessage().contains("each of 3 downloads"), e.getMessage());
        assertNotNullRequestId(e);
        assertEquals(0, filesIn(spool), "nothing corrupted is left behind");
    }

    private static void assertNotNullRequestId(MwsException e) {
        assertFalse(e.getRequestId() == null || e.getRequestId().isBlank(), "the RequestId is kept for support");
    }

    @Test
    void aDownloadCutOffIsFetchedAgain() throws Exception {
        SellerAccount de = sellerIn(DE);
        String reportId = settlementOf(de);
        byte[] expected = reportBytes(de, reportId);
        simulator().faults().on("Reports", "GetReport").next(Fault.CONNECTION_RESET);

        Exchange ex = send(getReport(de, reportId));
        assertNull(ex.getException());
        try (InputStream in = ex.getMessage().getBody(InputStream.class)) {
            assertArrayEquals(expected, in.readAllBytes());
        }
        assertEquals(2, requests("Reports", "GetReport").size());
    }

    @Test
    void anOrdersReportAsRowsForAStreamingSplit() throws Exception {
        SellerAccount us = sellerIn(US);
        String reportId = requestReport(us, ORDERS);
        String[] lines = new String(reportBytes(us, reportId), WINDOWS_1252).split("\n");
        String[] header = lines[0].split("\t", -1);
        assertTrue(lines.length > 10, "the report has rows");

        MockEndpoint rows = getMockEndpoint("mock:row");
        rows.expectedMessageCount(lines.length - 1);
        template.sendBodyAndHeader("direct:rows", null, "reportUri", getReport(us, reportId, "reportOutput=rows"));
        rows.assertIsSatisfied();

        @SuppressWarnings("unchecked")
        Map<String, String> first = rows.getExchanges().get(0).getMessage().getBody(Map.class);
        assertEquals(List.of(header), List.copyOf(first.keySet()));
        String[] values = lines[1].split("\t", -1);
        assertEquals(values[0], first.get("amazon-order-id"));
        assertEquals(values[11], first.get("sku"));
        @SuppressWarnings("unchecked")
        Map<String, String> last = rows.getExchanges().get(lines.length - 2).getMessage().getBody(Map.class);
        assertEquals(lines[lines.length - 1].split("\t", -1)[0], last.get("amazon-order-id"));
        assertEquals(0, filesIn(spool), "the spooled report is deleted after the split");
    }

    @Test
    void aJapaneseListingsReportAsRows() throws Exception {
        SellerAccount jp = sellerIn(JP);
        String reportId = requestReport(jp, LISTINGS, "marketplace=JP");
        String title = japaneseTitle(jp);

        MockEndpoint rows = getMockEndpoint("mock:row");
        rows.expectedMinimumMessageCount(1);
        template.sendBodyAndHeader("direct:rows", null, "reportUri",
                getReport(jp, reportId, "reportOutput=rows", "marketplace=JP"));
        rows.assertIsSatisfied();
        boolean found = rows.getExchanges().stream()
                .anyMatch(e -> title.equals(e.getMessage().getBody(Map.class).get("item-name")));
        assertTrue(found, "a row carries the Japanese item-name " + title);
    }

    @Test
    void anUnknownReportCharsetStopsTheEndpoint() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> context.getEndpoint(getReport(sellerIn(US), "1", "reportCharset=no-such-charset")).start());
        assertTrue(String.valueOf(e.getMessage()).contains("no-such-charset")
                   || String.valueOf(e.getCause()).contains("no-such-charset"), String.valueOf(e));
    }
}
