package org.apache.camel.component.mws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.signing.Rfc3986;
import org.apache.camel.component.mws.support.LogCapture;
import org.apache.camel.component.mws.support.MwsTestSupport;
import org.apache.camel.component.mws.support.StubMwsServer.RecordedRequest;
import org.apache.camel.component.mws.support.StubResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs successful and failing calls with DEBUG logging of Camel and the component, then searches everything logged,
 * every exception message and every endpoint string for the Secret Key, the MWSAuthToken and the signatures sent.
 */
class MwsSecretsTest extends MwsTestSupport {

    private static final String ROUTE_URI = "mws:Orders/ListOrders?endpoint=%s&accessKeyId=" + ACCESS_KEY
                                            + "&secretKey=RAW(" + SECRET + ")&sellerId=" + SELLER
                                            + "&mwsAuthToken=" + TOKEN
                                            + "&marketplace=US&retryBackoff=5&maxRetries=1&retryJitter=0&throttling=false";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:orders").routeId("orders").to(String.format(ROUTE_URI, stub.baseUrl()));
                from("direct:feed").routeId("feed")
                        .to(String.format(ROUTE_URI.replace("Orders/ListOrders", "Feeds/SubmitFeed"), stub.baseUrl())
                            + "&feedType=_POST_PRODUCT_DATA_");
            }
        };
    }

    @Test
    void noSecretTokenOrSignatureIsEverLoggedOrShown() {
        List<String> shown = new ArrayList<>();
        String logged;
        try (LogCapture logs = new LogCapture(Level.DEBUG, "org.apache.camel")) {
            stub.enqueue(StubResponse.success("ListOrders", StubResponse.ORDERS_NS, "<Orders/>", "r1"));
            shown.add(String.valueOf(template.request("direct:orders", e -> {
            }).getException()));
            // the server echoes the token and the signature it got: the component must not repeat them
            stub.respondWith(r -> StubResponse.error(403, "Sender", "SignatureDoesNotMatch",
                    "Signature " + r.parameter("Signature") + " for MWSAuthToken " + r.parameter("MWSAuthToken")
                                                                                + " does not match"));
            Exchange failed = template.request("direct:orders", e -> {
            });
            assertNotNull(failed.getException());
            shown.add(failed.getException().toString());
            stub.respondWith(r -> StubResponse.error(503, "Receiver", "ServiceUnavailable", "Unavailable"));
            shown.add(template.request("direct:orders", e -> {
            }).getException().toString());
            stub.respondWith(r -> StubResponse.of(502, "text/html",
                    "<html><head><title>Bad Gateway " + r.bodyAsString() + "</title></head></html>"));
            shown.add(template.request("direct:orders", e -> {
            }).getException().toString());
            stub.respondWith(r -> StubResponse.error(500, "Receiver", "InternalError", "oops"));
            shown.add(template.request("direct:feed", e -> e.getMessage().setBody("<AmazonEnvelope/>"))
                    .getException().toString());
            logged = logs.text();
        }
        context.getEndpoints().forEach(e -> shown.add(e.toString()));
        context.getRoutes().forEach(r -> shown.add(r.getEndpoint().toString() + " " + r.getRouteDescription()));

        List<String> secrets = new ArrayList<>(List.of(SECRET, Rfc3986.encode(SECRET), TOKEN, "EXAMPLEKEY"));
        for (RecordedRequest r : stub.requests()) {
            String signature = r.parameter("Signature");
            assertNotNull(signature);
            secrets.add(signature);
            secrets.add(Rfc3986.encode(signature));
        }
        assertEquals(6, stub.requests().size(), "1 success, 1 refused, 503 and its retry, 502, one SubmitFeed");
        assertTrue(logged.contains("MWS request Orders/ListOrders"), "DEBUG request lines were captured");
        assertTrue(logged.contains("RequestId=r1"), "the RequestId of each request is logged");
        assertTrue(logged.contains("SignatureDoesNotMatch"), "the failures were logged");
        for (String secret : secrets) {
            assertFalse(logged.contains(secret), "the logs contain a secret: " + secret + "\n" + logged);
            for (String s : shown) {
                assertFalse(s.contains(secret), "shown: " + s);
            }
        }
    }

    @Test
    void theMaskedParametersStillShowWhatWasSent() {
        try (LogCapture logs = new LogCapture(Level.DEBUG, "org.apache.camel.component.mws")) {
            template.request("direct:orders", e -> e.getMessage().setHeader(MwsConstants.PARAMETERS,
                    Map.of("CreatedAfter", "2017-01-01T00:00:00Z")));
            String text = logs.text();
            assertTrue(text.contains("MWSAuthToken=***"), text);
            assertTrue(text.contains("CreatedAfter=2017-01-01T00:00:00Z"), text);
            assertTrue(text.contains("AWSAccessKeyId=" + ACCESS_KEY), text);
        }
    }
}
