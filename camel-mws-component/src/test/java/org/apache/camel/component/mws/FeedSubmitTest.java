package org.apache.camel.component.mws;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.model.feeds.ProcessingReport;
import org.apache.camel.component.mws.model.feeds.ProcessingResult;
import org.apache.camel.component.mws.model.feeds.SubmitFeedResult;
import org.apache.camel.component.mws.support.SimulatorTestSupport;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.market.feeds.Feeds;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SubmitFeed against the simulator: the feed's effect visible in the marketplace, the processing report awaited and
 * typed (errors per SKU, for XML and flat-file feeds), a wrong MD5 rejected, and a feed never submitted twice for one
 * exchange, whatever fails after it was sent.
 */
class FeedSubmitTest extends SimulatorTestSupport {

    /**
     * Feeds take 20 MWS minutes: two real seconds at this time scale, long enough to cancel one even when the cancel
     * waits for its throttling permit on a busy machine.
     */
    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().httpsPort(-1).sellers(3).seed(23)
            .ordersPerSeller(50).timeScale(600)
            .marketSettings(s -> s.withFeedProcessingTime(Duration.ofMinutes(20))).build();

    private static final String INVENTORY = "_POST_INVENTORY_AVAILABILITY_DATA_";
    private static final String PRICE_AND_QUANTITY = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";

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
                from("direct:redelivered").errorHandler(defaultErrorHandler().maximumRedeliveries(2)
                        .redeliveryDelay(10)).toD("${header.feedUri}");
            }
        };
    }

    private String submitFeed(SellerAccount seller, String feedType, String... options) {
        List<String> all = new ArrayList<>(List.of("feedType=" + feedType, "awaitInterval=100"));
        all.addAll(Arrays.asList(options));
        return uri(seller, "Feeds/SubmitFeed", all.toArray(String[]::new));
    }

    private static String envelope(String seller, String messages) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AmazonEnvelope><Header><DocumentVersion>1.01"
               + "</DocumentVersion><MerchantIdentifier>" + seller + "</MerchantIdentifier></Header>"
               + "<MessageType>Inventory</MessageType>" + messages + "</AmazonEnvelope>";
    }

    private static String inventory(int id, String sku, long quantity) {
        return "<Message><MessageID>" + id + "</MessageID><OperationType>Update</OperationType><Inventory><SKU>" + sku
               + "</SKU><Quantity>" + quantity + "</Quantity></Inventory></Message>";
    }

    private String sku(SellerAccount seller, int index) {
        return simulator().market().listings(seller.sellerId()).get(index).sku();
    }

    private long quantity(SellerAccount seller, String sku) {
        return simulator().market().inventory(seller.sellerId()).get(sku);
    }

    private List<Feeds.FeedView> submissions(SellerAccount seller) {
        return simulator().market().feeds().submissions(seller.sellerId());
    }

    @Test
    void anXmlFeedIsAppliedAndItsProcessingReportTypedWithErrorsPerSku() {
        SellerAccount us = sellerIn(US);
        String sku = sku(us, 1);
        String feed = envelope(us.sellerId(), inventory(1, sku, 77) + inventory(2, "NO-SUCH-SKU", 5));

        Exchange ex = send(submitFeed(us, INVENTORY, "awaitResult=true"), feed, null);
        assertNull(ex.getException());
        ProcessingReport report = assertInstanceOf(ProcessingReport.class, ex.getMessage().getBody());
        String id = ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class);
        assertEquals(id, submissions(us).get(0).feedSubmissionId());
        assertEquals("_DONE_", ex.getMessage().getHeader(MwsConstants.PROCESSING_STATUS));
        assertEquals(id, report.getDocumentTransactionID());
        assertEquals(2, report.getProcessingSummary().getMessagesProcessed());
        assertEquals(1, report.getProcessingSummary().getMessagesSuccessful());
        assertEquals(1, report.getProcessingSummary().getMessagesWithError());
        ProcessingResult error = report.getErrors().get(0);
        assertEquals(2L, error.getMessageID());
        assertEquals("NO-SUCH-SKU", error.getAdditionalInfo().getSKU());
        assertTrue(error.getResultDescription().contains("NO-SUCH-SKU"));
        assertEquals(77L, quantity(us, sku), "the feed's effect is visible in the marketplace");
        assertEquals(1, requests("Feeds", "SubmitFeed").size());
        assertTrue(requests("Feeds", "GetFeedSubmissionList").size() >= 2, "polled until done");
        assertEquals(1, requests("Feeds", "GetFeedSubmissionResult").size());
    }

    @Test
    void withoutAwaitResultTheSubmissionInfoComesBack() {
        SellerAccount de = sellerIn(DE);
        Exchange ex = send(submitFeed(de, INVENTORY), envelope(de.sellerId(), inventory(1, sku(de, 2), 3)), null);
        assertNull(ex.getException());
        SubmitFeedResult result = assertInstanceOf(SubmitFeedResult.class, ex.getMessage().getBody());
        assertEquals("_SUBMITTED_", result.getFeedSubmissionInfo().getFeedProcessingStatus());
        assertEquals(result.getFeedSubmissionInfo().getFeedSubmissionId(),
                ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID));
        assertEquals(0, requests("Feeds", "GetFeedSubmissionList").size());
    }

    @Test
    void aFlatFileFeedGetsATypedReportFromItsTextSummary() {
        SellerAccount us = sellerIn(US);
        String sku = sku(us, 3);
        String feed = "sku\tprice\tquantity\n" + sku + "\t19.99\t42\nUNKNOWN-1\t5.00\t1\n" + sku + "\tabc\t1\n";

        Exchange ex = send(submitFeed(us, PRICE_AND_QUANTITY, "awaitResult=true"), feed, null);
        assertNull(ex.getException());
        ProcessingReport report = assertInstanceOf(ProcessingReport.class, ex.getMessage().getBody());
        assertEquals(3, report.getProcessingSummary().getMessagesProcessed());
        assertEquals(1, report.getProcessingSummary().getMessagesSuccessful());
        assertEquals(2, report.getProcessingSummary().getMessagesWithError());
        assertEquals(List.of("UNKNOWN-1", sku),
                report.getErrors().stream().map(r -> r.getAdditionalInfo().getSKU()).toList());
        assertTrue(report.getErrors().get(1).getResultDescription().contains("abc"));
        assertEquals(42L, quantity(us, sku));
    }

    @Test
    void failOnFeedErrorsCarriesTheReport() {
        SellerAccount us = sellerIn(US);
        String feed = envelope(us.sellerId(), inventory(1, sku(us, 4), 8) + inventory(2, "GONE-SKU", 1));

        Exchange ex = send(submitFeed(us, INVENTORY, "awaitResult=true", "failOnFeedErrors=true"), feed, null);
        MwsFeedProcessingException e = failure(ex, MwsFeedProcessingException.class);
        String id = ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class);
        assertEquals(id, e.getFeedSubmissionId());
        assertEquals(1, e.getProcessingReport().getErrorCount());
        assertEquals("GONE-SKU", e.getProcessingReport().getErrors().get(0).getAdditionalInfo().getSKU());
        assertTrue(e.getMessage().contains("SKU GONE-SKU"), e.getMessage());
        assertTrue(e.getMessage().contains("1 of 2 messages with errors"), e.getMessage());
        assertEquals(8L, quantity(us, sku(us, 4)), "the messages without errors were applied");
    }

    @Test
    void aWrongContentMd5IsRejectedAndNoFeedIsCreated() {
        SellerAccount us = sellerIn(US);
        int before = submissions(us).size();
        Exchange ex = send(submitFeed(us, INVENTORY, "parameters.ContentMD5Value=1B2M2Y8AsgTpgAmY7PhCfg=="),
                envelope(us.sellerId(), inventory(1, sku(us, 1), 1)), null);
        MwsContentMd5MismatchException e = failure(ex, MwsContentMd5MismatchException.class);
        assertEquals("ContentMD5DoesNotMatch", e.getCode());
        assertEquals(before, submissions(us).size());
    }

    @Test
    void textACharsetCannotCarryIsRefusedBeforeSending() {
        SellerAccount us = sellerIn(US);
        Exchange ex = send(submitFeed(us, PRICE_AND_QUANTITY), "sku\tprice\nA-1\t1.00\nB-\u0141\t2.00\n", null);
        IllegalArgumentException e = failure(ex, IllegalArgumentException.class);
        assertTrue(e.getMessage().contains("U+0141") && e.getMessage().contains("line 3"), e.getMessage());
        assertEquals(0, requests("Feeds", "SubmitFeed").size());
    }

    @Test
    void aFailureWhileAwaitingNeverResubmitsOnRedelivery() {
        SellerAccount us = sellerIn(US);
        String sku = sku(us, 6);
        simulator().faults().on("Feeds", "GetFeedSubmissionResult").withProbability(Fault.CORRUPT_CONTENT_MD5, 1.0);

        Exchange ex = template.request("direct:redelivered", e -> {
            e.getMessage().setHeader("feedUri", submitFeed(us, INVENTORY, "awaitResult=true", "maxDownloadRetries=0"));
            e.getMessage().setBody(envelope(us.sellerId(), inventory(1, sku, 31)));
        });
        failure(ex, MwsContentMd5MismatchException.class);
        assertEquals(1, requests("Feeds", "SubmitFeed").size(), "submitted once");
        assertEquals(3, requests("Feeds", "GetFeedSubmissionResult").size(), "each delivery awaited the same feed");
        assertEquals(submissions(us).get(0).feedSubmissionId(),
                ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID));
        assertEquals(31L, quantity(us, sku));
    }

    @Test
    void anUncertainSubmissionIsNeverSentAgainOnRedelivery() {
        SellerAccount de = sellerIn(DE);
        simulator().faults().on("Feeds", "SubmitFeed").next(Fault.CONNECTION_RESET);

        Exchange ex = template.request("direct:redelivered", e -> {
            e.getMessage().setHeader("feedUri", submitFeed(de, INVENTORY, "awaitResult=true"));
            e.getMessage().setBody(envelope(de.sellerId(), inventory(1, sku(de, 1), 2)));
        });
        MwsSubmissionUncertainException e = failure(ex, MwsSubmissionUncertainException.class);
        assertEquals(1, requests("Feeds", "SubmitFeed").size(), "the feed reached MWS once and is not sent again");
        assertTrue(e.getMessage().contains("earlier attempt"), e.getMessage());
    }

    @Test
    void aRefusedSubmissionMayBeRedelivered() {
        SellerAccount us = sellerIn(US);
        simulator().faults().on("Feeds", "SubmitFeed").next(Fault.SERVICE_UNAVAILABLE);

        Exchange ex = template.request("direct:redelivered", e -> {
            e.getMessage().setHeader("feedUri", submitFeed(us, INVENTORY, "maxRetries=0"));
            e.getMessage().setBody(envelope(us.sellerId(), inventory(1, sku(us, 2), 12)));
        });
        assertNull(ex.getException());
        assertEquals(2, requests("Feeds", "SubmitFeed").size(), "503 ServiceUnavailable: MWS did not take it");
        assertEquals(1, submissions(us).stream().filter(f -> f.feedSubmissionId()
                .equals(ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID))).count());
    }

    @Test
    void theSameExchangeMaySubmitTwoDifferentFeeds() {
        SellerAccount us = sellerIn(US);
        String uri = submitFeed(us, INVENTORY);
        Exchange ex = template.request(uri, e -> e.getMessage().setBody(envelope(us.sellerId(),
                inventory(1, sku(us, 7), 1))));
        String first = ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class);
        ex.getMessage().setBody(envelope(us.sellerId(), inventory(1, sku(us, 8), 2)));
        template.send(uri, ex);
        assertNull(ex.getException());
        String second = ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class);
        assertEquals(2, requests("Feeds", "SubmitFeed").size());
        assertTrue(!first.equals(second), first + " " + second);
    }

    @Test
    void aCancelledFeedFailsTheAwaitingExchange() throws Exception {
        SellerAccount jp = sellerIn(JP);
        CompletableFuture<Exchange> awaiting = template.asyncSend(submitFeed(jp, INVENTORY, "awaitResult=true"),
                e -> e.getMessage().setBody(envelope(jp.sellerId(), inventory(1, sku(jp, 1), 4))));
        String id = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (id == null && System.nanoTime() < deadline) {
            id = submissions(jp).stream().filter(f -> !"_DONE_".equals(f.status()))
                    .map(Feeds.FeedView::feedSubmissionId).findFirst().orElse(null);
            Thread.sleep(10);
        }
        Exchange cancel = send(uri(jp, "Feeds/CancelFeedSubmissions"), Map.of("FeedSubmissionIdList.Id.1", id), null);
        assertNull(cancel.getException());

        Exchange ex = awaiting.get(10, TimeUnit.SECONDS);
        MwsProcessingCancelledException e = failure(ex, MwsProcessingCancelledException.class);
        assertEquals(id, e.getProcessingId());
        assertEquals(id, ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID));
    }

    @Test
    void aFeedNotProcessedWithinAwaitTimeout() {
        SellerAccount us = sellerIn(US);
        Exchange ex = send(submitFeed(us, INVENTORY, "awaitResult=true", "awaitTimeout=150"),
                envelope(us.sellerId(), inventory(1, sku(us, 9), 9)).getBytes(StandardCharsets.UTF_8), null);
        MwsProcessingTimeoutException e = failure(ex, MwsProcessingTimeoutException.class);
        assertEquals(ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID), e.getProcessingId());
        assertEquals(1, requests("Feeds", "SubmitFeed").size());
    }
}
