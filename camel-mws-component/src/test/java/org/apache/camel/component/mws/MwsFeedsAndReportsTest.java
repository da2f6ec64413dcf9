package org.apache.camel.component.mws;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.component.mws.model.feeds.SubmitFeedResult;
import org.apache.camel.component.mws.support.IndependentSigner;
import org.apache.camel.component.mws.support.MwsTestSupport;
import org.apache.camel.component.mws.support.StubMwsServer.RecordedRequest;
import org.apache.camel.component.mws.support.StubResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SubmitFeed (parameters in the query string, the feed as the body, never sent twice) and raw downloads streamed to
 * a spool file with their Content-MD5 checked.
 */
class MwsFeedsAndReportsTest extends MwsTestSupport {

    private static final String FEED = "<?xml version=\"1.0\"?><AmazonEnvelope><Message/></AmazonEnvelope>";

    @TempDir
    Path spool;

    private static StubResponse submitted() {
        return StubResponse.success("SubmitFeed", StubResponse.REPORTS_NS,
                "<FeedSubmissionInfo><FeedSubmissionId>2291326430</FeedSubmissionId>"
                                                                         + "<FeedType>_POST_PRODUCT_DATA_</FeedType>"
                                                                         + "<SubmittedDate>2017-02-01T12:00:00+00:00</SubmittedDate>"
                                                                         + "<FeedProcessingStatus>_SUBMITTED_</FeedProcessingStatus>"
                                                                         + "</FeedSubmissionInfo>",
                "rid-feed");
    }

    private static String md5(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
    }

    @Test
    void submitFeedSendsParametersInTheQueryAndTheFeedAsBody() throws Exception {
        stub.enqueue(submitted());
        Exchange ex = send(uri("Feeds/SubmitFeed", "marketplace=DE,FR", "feedType=_POST_PRODUCT_DATA_",
                "spoolDirectory=" + spool), FEED, null);
        assertNull(ex.getException());
        RecordedRequest r = stub.lastRequest();
        assertEquals("POST", r.method());
        assertEquals("/Feeds/2009-01-01", r.path());
        assertEquals("text/xml", r.header("Content-Type"));
        assertArrayEquals(FEED.getBytes(StandardCharsets.UTF_8), r.body());

        Map<String, String> p = r.parameters();
        assertEquals("SubmitFeed", p.get("Action"));
        assertEquals(SELLER, p.get("Merchant"));
        assertEquals("_POST_PRODUCT_DATA_", p.get("FeedType"));
        assertEquals("A1PA6795UKMFR9", p.get("MarketplaceIdList.Id.1"));
        assertEquals("A13V1IB3VIYZZH", p.get("MarketplaceIdList.Id.2"));
        assertEquals(md5(FEED.getBytes(StandardCharsets.UTF_8)), p.get("ContentMD5Value"));
        Map<String, String> unsigned = new LinkedHashMap<>(p);
        unsigned.remove("Signature");
        assertEquals(IndependentSigner.expectedBody(hostOfStub(), r.path(), unsigned, SECRET, "HmacSHA256"),
                r.rawQuery(), "the query string is the signed canonical query");

        SubmitFeedResult result = assertInstanceOf(SubmitFeedResult.class, ex.getMessage().getBody());
        assertEquals("2291326430", result.getFeedSubmissionInfo().getFeedSubmissionId());
        assertEquals("2291326430", ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID));
        assertEquals("_SUBMITTED_", ex.getMessage().getHeader(MwsConstants.PROCESSING_STATUS));
        try (var files = Files.list(spool)) {
            assertEquals(0, files.count(), "the spooled copy of the feed is deleted after the exchange");
        }
    }

    @Test
    void aFlatFileFromAFileIsSentAsItIsWithItsContentType() throws Exception {
        Path feed = spool.resolve("prices.txt");
        Files.writeString(feed, "sku\tprice\nA\t1.00\n", StandardCharsets.ISO_8859_1);
        stub.enqueue(submitted());
        Exchange ex = send(uri("Feeds/SubmitFeed", "marketplace=US",
                "parameters.FeedType=_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_"), feed.toFile(), null);
        assertNull(ex.getException());
        assertEquals("text/tab-separated-values; charset=iso-8859-1", stub.lastRequest().header("Content-Type"));
        assertArrayEquals(Files.readAllBytes(feed), stub.lastRequest().body());
        assertTrue(Files.exists(feed), "the caller's file is left alone");
    }

    @Test
    void aFeedOfManyBlocksArrivesWholeFromAStreamAndFromAFile() throws Exception {
        // larger than the spooling and sending blocks (256 KiB), and not a multiple of them
        byte[] bytes = new byte[3 * 256 * 1024 + 12345];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 's'; // not '<': a flat file
        Path feed = spool.resolve("big-feed.txt");
        Files.write(feed, bytes);
        String uri = uri("Feeds/SubmitFeed", "marketplace=US", "feedType=_POST_FLAT_FILE_INVLOADER_DATA_",
                "spoolDirectory=" + spool);

        stub.enqueue(submitted());
        assertNull(send(uri, new java.io.ByteArrayInputStream(bytes), null).getException());
        assertArrayEquals(bytes, stub.lastRequest().body(), "spooled from a stream and sent whole");
        assertEquals(md5(bytes), stub.lastRequest().parameters().get("ContentMD5Value"));

        stub.enqueue(submitted());
        assertNull(send(uri, feed.toFile(), null).getException());
        assertArrayEquals(bytes, stub.lastRequest().body(), "sent whole from the file");
        assertEquals(md5(bytes), stub.lastRequest().parameters().get("ContentMD5Value"));
        try (var files = Files.list(spool)) {
            assertEquals(List.of(feed), files.toList(), "only the caller's file is left: the spooled copy is deleted");
        }
    }

    @Test
    void aFeedOf2GiBIsRefusedBeforeSending() throws Exception {
        Path feed = spool.resolve("huge-feed.txt");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(feed.toFile(), "rw")) {
            sparse.setLength(2L * 1024 * 1024 * 1024); // sparse: no disk space used
        }
        IllegalArgumentException e = failure(send(uri("Feeds/SubmitFeed", "feedType=_POST_FLAT_FILE_INVLOADER_DATA_"),
                feed.toFile(), null), IllegalArgumentException.class);
        assertTrue(e.getMessage().contains("The feed is 2147483648 bytes; MWS takes feeds under 2 GiB"),
                e.getMessage());
        assertEquals(0, stub.requests().size(), "nothing sent");
    }

    @Test
    void feedTextIsWrittenInTheCharsetItsContentTypeDeclares() throws Exception {
        String flat = "sku\titem-note\nA-1\tGrüße – 5 €\n";
        stub.enqueue(submitted());
        assertNull(send(uri("Feeds/SubmitFeed", "marketplace=DE", "feedType=_POST_FLAT_FILE_INVLOADER_DATA_"), flat,
                null).getException());
        assertEquals("text/tab-separated-values; charset=iso-8859-1", stub.lastRequest().header("Content-Type"));
        // MWS read iso-8859-1 feeds as windows-1252, which carries the dash and the euro sign
        assertArrayEquals(flat.getBytes("windows-1252"), stub.lastRequest().body());
        assertEquals(md5(flat.getBytes("windows-1252")), stub.lastRequest().parameters().get("ContentMD5Value"));

        String japanese = "sku\titem-name\nJ-1\t日本語の商品 ①\n";
        stub.enqueue(submitted());
        assertNull(send(uri("Feeds/SubmitFeed", "marketplace=JP", "feedType=_POST_FLAT_FILE_INVLOADER_DATA_"),
                japanese, null).getException());
        assertEquals("text/tab-separated-values; charset=Shift_JIS", stub.lastRequest().header("Content-Type"));
        assertArrayEquals(japanese.getBytes("windows-31j"), stub.lastRequest().body());

        String latin1Xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><AmazonEnvelope><Note>Grüße</Note>"
                           + "</AmazonEnvelope>";
        stub.enqueue(submitted());
        assertNull(send(uri("Feeds/SubmitFeed", "feedType=_POST_PRODUCT_DATA_"), latin1Xml, null).getException());
        assertEquals("text/xml", stub.lastRequest().header("Content-Type"));
        assertArrayEquals(latin1Xml.getBytes(StandardCharsets.ISO_8859_1), stub.lastRequest().body(),
                "an XML feed is written in the encoding it declares");
    }

    @Test
    void submitFeedIsNeverSentAgainAfterAServerError() {
        stub.respondWith(r -> StubResponse.error(500, "Receiver", "InternalError", "internal error"));
        MwsSubmissionUncertainException e = failure(send(uri("Feeds/SubmitFeed", "feedType=_POST_PRODUCT_DATA_",
                "maxRetries=3"), FEED, null), MwsSubmissionUncertainException.class);
        assertEquals(1, stub.requests().size());
        assertTrue(e.getMessage().contains("not sent again"), e.getMessage());
    }

    @Test
    void submitFeedIsNeverSentAgainAfterTheConnectionDropped() {
        stub.respondWith(r -> StubResponse.of(200, null, "").withFault(StubResponse.Fault.DROP_CONNECTION));
        MwsSubmissionUncertainException e = failure(send(uri("Feeds/SubmitFeed", "feedType=_POST_PRODUCT_DATA_",
                "maxRetries=3"), FEED, null), MwsSubmissionUncertainException.class);
        assertEquals(1, stub.requests().size());
        assertEquals(0, e.getHttpStatus());
    }

    @Test
    void submitFeedIsNotRetriedOnServiceUnavailableEither() {
        stub.respondWith(r -> StubResponse.error(503, "Receiver", "ServiceUnavailable", "unavailable"));
        failure(send(uri("Feeds/SubmitFeed", "feedType=_POST_PRODUCT_DATA_", "maxRetries=3"), FEED, null),
                MwsServiceUnavailableException.class);
        assertEquals(1, stub.requests().size());
    }

    @Test
    void submitFeedNeedsAFeedTypeAndABody() {
        assertTrue(failure(send(uri("Feeds/SubmitFeed"), FEED, null), IllegalArgumentException.class).getMessage()
                .contains("FeedType"));
        assertTrue(failure(send(uri("Feeds/SubmitFeed", "feedType=_X_"), null, null), IllegalArgumentException.class)
                .getMessage().contains("message body"));
        assertEquals(0, stub.requests().size());
    }

    @Test
    void getReportIsStreamedToASpoolFileAndItsMd5Checked() throws Exception {
        byte[] report = "order-id\tsku\n111-1\tA\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        stub.enqueue(new StubResponse(200, Map.of("Content-Type", "text/plain;charset=Cp1252", "Content-MD5",
                md5(report), "x-mws-request-id", "rid-report"), report, StubResponse.Fault.NONE, true));
        Exchange ex = send(uri("Reports/GetReport", "parameters.ReportId=4711", "spoolDirectory=" + spool));
        assertNull(ex.getException());
        assertEquals("GetReport", stub.lastRequest().parameter("Action"));
        assertEquals("4711", ex.getMessage().getHeader(MwsConstants.REPORT_ID));
        assertEquals(md5(report), ex.getMessage().getHeader(MwsConstants.CONTENT_MD5));
        assertEquals("rid-report", ex.getMessage().getHeader(MwsConstants.REQUEST_ID));
        assertEquals("text/plain;charset=Cp1252", ex.getMessage().getHeader(Exchange.CONTENT_TYPE));
        InputStream body = assertInstanceOf(InputStream.class, ex.getMessage().getBody());
        try (body) {
            assertArrayEquals(report, body.readAllBytes());
        }
        try (var files = Files.list(spool)) {
            assertEquals(0, files.count(), "closing the stream deletes the spool file");
        }
    }

    @Test
    void getFeedSubmissionResultAsAFile() throws Exception {
        byte[] result = "<AmazonEnvelope/>".getBytes(StandardCharsets.UTF_8);
        stub.enqueue(new StubResponse(200, Map.of("Content-Type", "text/xml", "Content-MD5", md5(result)), result,
                StubResponse.Fault.NONE, true));
        Exchange ex = send(uri("Feeds/GetFeedSubmissionResult", "parameters.FeedSubmissionId=99",
                "reportOutput=file", "spoolDirectory=" + spool));
        assertNull(ex.getException());
        File file = assertInstanceOf(File.class, ex.getMessage().getBody());
        assertArrayEquals(result, Files.readAllBytes(file.toPath()));
        assertEquals("99", ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID));
    }

    @Test
    void aCorruptedDownloadIsDiscardedAndFetchedAgainUpToMaxDownloadRetries() throws Exception {
        byte[] report = "a\tb\n".getBytes(StandardCharsets.UTF_8);
        String otherMd5 = md5("other".getBytes());
        stub.respondWith(r -> new StubResponse(200, Map.of("Content-Type", "text/plain", "Content-MD5", otherMd5),
                report, StubResponse.Fault.NONE, true));
        MwsContentMd5MismatchException e = failure(send(uri("Reports/GetReport", "parameters.ReportId=1",
                "spoolDirectory=" + spool, "maxDownloadRetries=1")), MwsContentMd5MismatchException.class);
        assertEquals(2, stub.requests().size(), "one download and one more");
        assertEquals(md5("other".getBytes()), e.getExpectedMd5());
        assertEquals(md5(report), e.getActualMd5());
        try (var files = Files.list(spool)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aReportErrorIsAnErrorResponse() {
        stub.enqueue(StubResponse.error(400, "Sender", "InvalidReportId", "Report 1 does not exist"));
        MwsBadRequestException e = failure(send(uri("Reports/GetReport", "parameters.ReportId=1",
                "spoolDirectory=" + spool)), MwsBadRequestException.class);
        assertEquals("InvalidReportId", e.getCode());
        assertFalse(e.getMessage().contains(SECRET));
    }
}
