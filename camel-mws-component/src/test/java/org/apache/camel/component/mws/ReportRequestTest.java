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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.component.mws.model.reports.CancelReportRequestsResult;
import org.apache.camel.component.mws.model.reports.RequestReportResult;
import org.apache.camel.component.mws.support.SimulatorTestSupport;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.market.reports.Reports;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RequestReport with and without awaitReport against the simulator: the report requested, awaited within its
 * quota and downloaded; _DONE_NO_DATA_, _CANCELLED_ and the timeout.
 */
class ReportRequestTest extends SimulatorTestSupport {

    /** Reports take 10 MWS minutes: one real second at this time scale, long enough to cancel one. */
    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().httpsPort(-1).sellers(3).seed(5)
            .ordersPerSeller(120).timeScale(600)
            .marketSettings(s -> s.withReportProcessingTime(Duration.ofMinutes(10))).build();

    private static final String ORDERS = "_GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_";
    private static final String LISTINGS = "_GET_MERCHANT_LISTINGS_DATA_";

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

    private String requestReportUri(SellerAccount seller, String reportType, String... options) {
        List<String> all = new ArrayList<>(List.of("reportType=" + reportType, "spoolDirectory=" + spool,
                "awaitReport=true", "awaitInterval=100"));
        all.addAll(Arrays.asList(options));
        return uri(seller, "Reports/RequestReport", all.toArray(String[]::new));
    }

    private Reports.RequestView requestInSimulator(SellerAccount seller, String reportRequestId) {
        return simulator().market().reports().requests(seller.sellerId()).stream()
                .filter(r -> r.reportRequestId().equals(reportRequestId)).findFirst().orElseThrow();
    }

    @Test
    void withoutAwaitReportTheRequestInfoComesBack() {
        SellerAccount us = sellerIn(US);
        Exchange ex = send(uri(us, "Reports/RequestReport", "reportType=" + ORDERS));
        assertNull(ex.getException());
        RequestReportResult result = assertInstanceOf(RequestReportResult.class, ex.getMessage().getBody());
        assertEquals("_SUBMITTED_", result.getReportRequestInfo().getReportProcessingStatus());
        String id = result.getReportRequestInfo().getReportRequestId();
        assertEquals(id, ex.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID));
        assertEquals("_SUBMITTED_", ex.getMessage().getHeader(MwsConstants.PROCESSING_STATUS));
        assertEquals(ORDERS, requestInSimulator(us, id).reportType());
    }

    @Test
    void awaitReportRequestsPollsAndDownloadsTheReport() throws Exception {
        SellerAccount us = sellerIn(US);
        Exchange ex = send(requestReportUri(us, ORDERS));
        assertNull(ex.getException());
        String requestId = ex.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID, String.class);
        String reportId = ex.getMessage().getHeader(MwsConstants.REPORT_ID, String.class);
        assertEquals("_DONE_", ex.getMessage().getHeader(MwsConstants.PROCESSING_STATUS));
        assertEquals(reportId, requestInSimulator(us, requestId).generatedReportId());
        try (InputStream in = ex.getMessage().getBody(InputStream.class)) {
            assertArrayEquals(reportBytes(us, reportId), in.readAllBytes());
        }
        assertEquals(1, requests("Reports", "RequestReport").size());
        assertTrue(requests("Reports", "GetReportRequestList").size() >= 2, "polled until done");
        assertEquals(1, requests("Reports", "GetReport").size());
        assertTrue(requests("Reports", "GetReportRequestList").stream().allMatch(r -> r.succeeded()),
                "no status request was throttled");
    }

    @Test
    void aJapaneseReportAwaitedAndDecodedToAUtf8File() throws Exception {
        SellerAccount jp = sellerIn(JP);
        Exchange ex = send(requestReportUri(jp, LISTINGS, "marketplace=JP", "decodeReport=true",
                "reportOutput=file"));
        assertNull(ex.getException());
        String reportId = ex.getMessage().getHeader(MwsConstants.REPORT_ID, String.class);
        File file = assertInstanceOf(File.class, ex.getMessage().getBody());
        String expected = new String(reportBytes(jp, reportId), Charset.forName("windows-31j"));
        assertEquals(expected, Files.readString(file.toPath(), StandardCharsets.UTF_8));
        assertEquals("windows-31j", ex.getMessage().getHeader(MwsConstants.REPORT_CHARSET));
    }

    @Test
    void doneNoDataGivesAnEmptyBodyAndSaysSo() throws Exception {
        SellerAccount us = sellerIn(US);
        String[] window = { "parameters.StartDate=2001-01-01T00:00:00Z", "parameters.EndDate=2001-01-02T00:00:00Z" };
        Exchange stream = send(requestReportUri(us, ORDERS, window));
        assertNull(stream.getException());
        assertEquals("_DONE_NO_DATA_", stream.getMessage().getHeader(MwsConstants.PROCESSING_STATUS));
        assertNull(stream.getMessage().getHeader(MwsConstants.REPORT_ID));
        assertEquals(0, stream.getMessage().getBody(InputStream.class).readAllBytes().length);
        assertEquals(0, requests("Reports", "GetReport").size(), "there is no report to download");

        Exchange rows = send(requestReportUri(us, ORDERS, window[0], window[1], "reportOutput=rows"));
        assertFalse(rows.getMessage().getBody(ReportRows.class).hasNext());
    }

    @Test
    void aCancelledRequestFailsTheExchange() throws Exception {
        SellerAccount de = sellerIn(DE);
        CompletableFuture<Exchange> awaiting = template.asyncSend(requestReportUri(de, ORDERS), e -> {
        });
        String requestId = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (requestId == null && System.nanoTime() < deadline) {
            requestId = simulator().market().reports().requests(de.sellerId()).stream()
                    .filter(r -> "_SUBMITTED_".equals(r.status()) || "_IN_PROGRESS_".equals(r.status()))
                    .map(Reports.RequestView::reportRequestId).findFirst().orElse(null);
            Thread.sleep(10);
        }
        Exchange cancel = send(uri(de, "Reports/CancelReportRequests"),
                Map.of("ReportRequestIdList.Id.1", requestId), null);
        assertNull(cancel.getException());
        assertEquals(1, cancel.getMessage().getBody(CancelReportRequestsResult.class).getCount());

        Exchange ex = awaiting.get(10, TimeUnit.SECONDS);
        MwsProcessingCancelledException e = failure(ex, MwsProcessingCancelledException.class);
        assertEquals(requestId, e.getProcessingId());
        assertTrue(e.getMessage().contains(requestId), e.getMessage());
        assertEquals(requestId, ex.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID));
        assertEquals("_CANCELLED_", ex.getMessage().getHeader(MwsConstants.PROCESSING_STATUS));
    }

    @Test
    void aReportNotDoneWithinAwaitTimeoutFailsWithItsRequestId() {
        SellerAccount us = sellerIn(US);
        Exchange ex = send(requestReportUri(us, ORDERS, "awaitTimeout=250"));
        MwsProcessingTimeoutException e = failure(ex, MwsProcessingTimeoutException.class);
        String requestId = ex.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID, String.class);
        assertEquals(requestId, e.getProcessingId());
        assertTrue(List.of("_SUBMITTED_", "_IN_PROGRESS_").contains(e.getLastStatus()), e.getLastStatus());
        assertTrue(e.getMessage().contains("awaitTimeout"), e.getMessage());
    }
}
