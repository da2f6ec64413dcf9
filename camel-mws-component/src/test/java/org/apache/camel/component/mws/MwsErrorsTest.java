package org.apache.camel.component.mws;

import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.component.mws.support.MwsTestSupport;
import org.apache.camel.component.mws.support.StubResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of failure becomes the exception class a route can catch, carrying status, Type, Code, Message,
 * RequestId and Timestamp; unusable answers give a clear message instead of a parser trace.
 */
class MwsErrorsTest extends MwsTestSupport {

    @ParameterizedTest(name = "{1} {2} -> {4}")
    @CsvSource({
            "RequestId, 503, RequestThrottled, Sender, MwsThrottledException",
            "RequestID, 401, AccessDenied, Sender, MwsAuthenticationException",
            "RequestID, 403, InvalidAccessKeyId, Sender, MwsAuthenticationException",
            "RequestId, 403, SignatureDoesNotMatch, Sender, MwsAuthenticationException",
            "RequestId, 400, InvalidParameterValue, Sender, MwsBadRequestException",
            "RequestId, 400, MissingParameter, Sender, MwsBadRequestException",
            "RequestID, 404, InvalidAddress, Sender, MwsBadRequestException",
            "RequestId, 400, ReportNotReady, Sender, MwsBadRequestException",
            "RequestId, 400, NextTokenCorrupted, Sender, MwsNextTokenCorruptedException",
            "RequestId, 400, ContentMD5DoesNotMatch, Sender, MwsContentMd5MismatchException",
            "RequestId, 400, ContentMD5Missing, Sender, MwsContentMd5MismatchException" })
    void errorResponsesBecomeTheirExceptionClass(String idElement, int status, String code, String type,
            String exceptionClass) {
        stub.enqueue(StubResponse.error(status, type, code, "The " + code + " message.", "rid-" + code, idElement)
                .withHeader("x-mws-timestamp", "2017-02-01T12:00:00.123Z"));
        Exchange ex = send(uri("Orders/ListOrders", "marketplace=US"));
        MwsException e = failure(ex, MwsException.class);
        assertEquals(exceptionClass, e.getClass().getSimpleName());
        assertEquals(status, e.getHttpStatus());
        assertEquals(code, e.getCode());
        assertEquals(type, e.getType());
        assertEquals("The " + code + " message.", e.getErrorMessage());
        assertEquals("rid-" + code, e.getRequestId(), "read from <" + idElement + ">");
        assertEquals("2017-02-01T12:00:00.123Z", e.getTimestamp());
        assertEquals("Orders/ListOrders", e.getOperation());
        assertTrue(e.getMessage().contains("HTTP " + status + " " + code + " (" + type + "): The " + code + " message."),
                e.getMessage());
        assertTrue(e.getMessage().contains("RequestId=rid-" + code), e.getMessage());
        assertEquals(1, stub.requests().size(), "4xx and throttling are not retried by the transport");
    }

    @Test
    void quotaExceededCarriesWhenTheQuotaResets() {
        stub.enqueue(StubResponse.error(503, "Sender", "QuotaExceeded", "You exceeded your quota")
                .withHeader("x-mws-quota-resetsOn", "2017-02-01T13:00:00.000Z"));
        MwsQuotaExceededException e = failure(send(uri("Reports/GetReportList")), MwsQuotaExceededException.class);
        assertEquals(Instant.parse("2017-02-01T13:00:00Z"), e.getResetsOn());
        assertTrue(e instanceof MwsThrottledException, "a route catching throttling catches quota too");
        assertEquals(1, stub.requests().size());
    }

    @Test
    void internalErrorIsRetriedThenServiceUnavailable() {
        stub.respondWith(r -> StubResponse.error(500, "Receiver", "InternalError", "We encountered an internal error"));
        MwsServiceUnavailableException e = failure(send(uri("Orders/GetOrder", "maxRetries=2")),
                MwsServiceUnavailableException.class);
        assertEquals(3, stub.requests().size(), "one request and two retries");
        assertEquals(3, e.getAttempts());
        assertEquals("InternalError", e.getCode());
        assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
    }

    @Test
    void serviceUnavailableThenSuccessSucceeds() {
        stub.enqueue(StubResponse.error(503, "Receiver", "ServiceUnavailable", "Service is unavailable"),
                StubResponse.error(503, "Receiver", "ServiceUnavailable", "Service is unavailable"));
        Exchange ex = send(uri("Sellers/GetServiceStatus"));
        assertNull(ex.getException());
        assertEquals(3, stub.requests().size());
        // the backoff lies between the attempts, so each is signed afresh with a later Timestamp
        assertFalse(stub.requests().get(0).parameter("Timestamp").equals(stub.requests().get(2).parameter("Timestamp")));
        assertFalse(stub.requests().get(0).parameter("Signature").equals(stub.requests().get(2).parameter("Signature")));
    }

    @Test
    void retriesCanBeDisabled() {
        stub.respondWith(r -> StubResponse.error(503, "Receiver", "ServiceUnavailable", "Service is unavailable"));
        MwsServiceUnavailableException e = failure(send(uri("Sellers/GetServiceStatus", "maxRetries=0")),
                MwsServiceUnavailableException.class);
        assertEquals(1, stub.requests().size());
        assertEquals(1, e.getAttempts());
    }

    @Test
    void anHtmlPageFromAProxyNamesTheStatusAndWhatItIs() {
        stub.enqueue(StubResponse.of(502, "text/html",
                "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"));
        MwsException e = failure(send(uri("Orders/ListOrders", "marketplace=US")), MwsException.class);
        assertSame(MwsException.class, e.getClass());
        assertEquals(502, e.getHttpStatus());
        assertNull(e.getCode());
        assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
        assertTrue(e.getMessage().contains("HTML page"), e.getMessage());
        assertTrue(e.getMessage().contains("502 Bad Gateway"), e.getMessage());
        assertEquals(1, stub.requests().size(), "502 is not among the statuses MWS advises to retry");
    }

    @Test
    void aTruncatedBodyIsRetriedThenReportedAsCutOff() {
        stub.respondWith(r -> StubResponse.success("GetServiceStatus", "urn:x", "<Status>GREEN</Status>", "r")
                .withFault(StubResponse.Fault.TRUNCATE));
        MwsException e = failure(send(uri("Sellers/GetServiceStatus", "maxRetries=1")), MwsException.class);
        assertEquals(200, e.getHttpStatus());
        assertTrue(e.getMessage().contains("HTTP 200"), e.getMessage());
        assertTrue(e.getMessage().contains("cut off"), e.getMessage());
        assertEquals(2, stub.requests().size(), "an answer cut off is an I/O error: retried");
    }

    @Test
    void truncatedXmlIsReportedClearly() {
        stub.enqueue(StubResponse.of(200, "text/xml",
                "<?xml version=\"1.0\"?><GetServiceStatusResponse xmlns=\"urn:x\"><GetServiceStatusResult><Status>GRE"));
        MwsException e = failure(send(uri("Sellers/GetServiceStatus")), MwsException.class);
        assertSame(MwsException.class, e.getClass());
        assertEquals(200, e.getHttpStatus());
        assertTrue(e.getMessage().contains("HTTP 200"), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("truncated"), e.getMessage());
        assertTrue(e.getCause() != null);
    }

    @Test
    void truncatedXmlOfAnUnmodelledActionIsReportedClearly() {
        stub.enqueue(StubResponse.of(200, "text/xml", "<ListMatchingProductsResponse><ListMatchingProductsResult>"));
        MwsException e = failure(send(uri("Products/ListMatchingProducts", "marketplace=US")), MwsException.class);
        assertTrue(e.getMessage().contains("HTTP 200") && e.getMessage().contains("not well-formed XML"),
                e.getMessage());
    }

    @Test
    void aBodyOverTheSizeLimitIsRefused() {
        String big = "<Status>GREEN</Status>" + "<Padding>x</Padding>".repeat(200);
        stub.respondWith(r -> StubResponse.success("GetServiceStatus", "urn:x", big, "r"));
        MwsException e = failure(send(uri("Sellers/GetServiceStatus", "maxResponseSize=1024")), MwsException.class);
        assertTrue(e.getMessage().contains("larger than maxResponseSize (1024 bytes"), e.getMessage());
        assertEquals(200, e.getHttpStatus());
        assertEquals(1, stub.requests().size());
        // the same answer passes under the default limit
        assertNull(send(uri("Sellers/GetServiceStatus")).getException());
    }

    @Test
    void notXmlAtAll() {
        stub.enqueue(StubResponse.of(500, "text/plain", "upstream connect error or disconnect/reset before headers"));
        stub.respondWith(r -> StubResponse.of(500, "text/plain", "upstream connect error"));
        MwsServiceUnavailableException e = failure(send(uri("Sellers/GetServiceStatus", "maxRetries=1")),
                MwsServiceUnavailableException.class);
        assertTrue(e.getMessage().contains("not XML"), e.getMessage());
        assertEquals(500, e.getHttpStatus());
    }

    @Test
    void aDroppedConnectionIsRetriedThenServiceUnavailable() {
        stub.respondWith(r -> StubResponse.of(200, null, "").withFault(StubResponse.Fault.DROP_CONNECTION));
        MwsServiceUnavailableException e = failure(send(uri("Sellers/GetServiceStatus", "maxRetries=2")),
                MwsServiceUnavailableException.class);
        assertEquals(3, stub.requests().size());
        assertEquals(0, e.getHttpStatus());
        assertTrue(e.getMessage().contains("no answer from http://" + hostOfStub()), e.getMessage());
        assertTrue(e.getTimestamp() != null, "the Timestamp of the request is kept");
    }

    @Test
    void aRefusedConnectionIsRetried() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        MwsServiceUnavailableException e = failure(send("mws:Sellers/GetServiceStatus?endpoint=http://127.0.0.1:"
                                                        + closedPort + "&accessKeyId=A&secretKey=S&sellerId=X"
                                                        + "&maxRetries=2&retryBackoff=5&retryJitter=0&throttling=false"),
                MwsServiceUnavailableException.class);
        assertEquals(3, e.getAttempts());
        assertTrue(e.getMessage().contains("Connect"), e.getMessage());
        assertFalse(e.getMessage().contains("secretKey"));
    }
}
