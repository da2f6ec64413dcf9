package org.apache.camel.mws.simulator.http;

import static org.apache.camel.mws.simulator.MwsTestClient.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsTestClient;
import org.apache.camel.mws.simulator.RawHttp;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.spi.SimException;
import org.apache.camel.mws.simulator.spi.SimRequest;
import org.apache.camel.mws.simulator.spi.SimResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request handling, authentication and answers, against small handlers registered by the test. */
class ProtocolTest {

    private static final String ORDERS = "/Orders/2013-09-01";
    private static final String ORDERS_VERSION = "2013-09-01";
    private static final String ORDERS_NS = "https://mws.amazonservices.com/Orders/2013-09-01";
    private static final AtomicReference<SimRequest> LAST = new AtomicReference<>();
    private static final AtomicReference<String> FEED_SEEN = new AtomicReference<>();

    static MwsSimulator sim;
    MwsTestClient client;

    @BeforeAll
    static void start() {
        sim = MwsSimulator.builder().marketplace(false).sellers(2).seed(3).serverThrottling(false)
                .handler("Orders", "ListOrders", r -> {
                    LAST.set(r);
                    return new SimResponse.XmlResult("<Echo>" + ResponseWriter.escape(r.param("NextToken")) + "</Echo>");
                })
                .handler("Orders", "ListOrdersByNextToken", r -> {
                    LAST.set(r);
                    return new SimResponse.XmlResult("<NextToken>" + ResponseWriter.escape(r.param("NextToken"))
                            + "</NextToken>");
                })
                .handler("Orders", "GetOrder", r -> {
                    throw SimException.invalidParameter("AmazonOrderId.Id.1 is malformed");
                })
                .handler("Reports", "GetReportCount", r -> new SimResponse.XmlResult("<Count>3</Count>"))
                .handler("Feeds", "SubmitFeed", r -> {
                    try {
                        byte[] body = Files.readAllBytes(r.feedBody());
                        FEED_SEEN.set(r.feedBody() + "|" + r.contentType() + "|" + new String(body, StandardCharsets.UTF_8));
                        return new SimResponse.XmlResult("<Bytes>" + body.length + "</Bytes>");
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .build().start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @BeforeEach
    void client() {
        client = new MwsTestClient(sim, false);
        sim.reset();
    }

    private Map<String, String> listOrders() {
        Map<String, String> p = client.params("ListOrders", ORDERS_VERSION);
        p.put("MarketplaceId.Id.1", "ATVPDKIKX0DER");
        p.put("CreatedAfter", "2020-01-01T00:00:00Z");
        return p;
    }

    @Test
    void answersASignedPostInTheEnvelopeWithTheMwsHeaders() throws Exception {
        HttpResponse<String> r = client.post(ORDERS, listOrders());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/xml", r.headers().firstValue("Content-Type").orElseThrow());
        String requestId = r.headers().firstValue("x-mws-request-id").orElseThrow();
        assertTrue(r.body().contains("<ListOrdersResponse xmlns=\"" + ORDERS_NS + "\"><ListOrdersResult><Echo>"),
                r.body());
        assertEquals(requestId, element(r.body(), "RequestId"));
        Instant ts = Instant.parse(r.headers().firstValue("x-mws-timestamp").orElseThrow());
        assertTrue(Duration.between(ts, Instant.now()).abs().toMinutes() < 1);
        assertTrue(r.headers().firstValue("x-mws-timestamp").orElseThrow().matches(".*\\.\\d{3}Z"));
        assertFalse(r.headers().firstValue("x-mws-response-context").orElseThrow().isEmpty());
        assertNotNull(r.headers().firstValue("Date").orElseThrow());
        assertTrue(r.headers().firstValue("x-mws-quota-max").isEmpty(), "Orders sends no quota headers");
        SimRequest seen = LAST.get();
        assertEquals(sim.sellerId(), seen.sellerId());
        assertEquals("ATVPDKIKX0DER", seen.param("MarketplaceId.Id.1"));
        assertNull(seen.param("Signature"));
    }

    @Test
    void acceptsTheHostSignedWithoutItsPort() throws Exception {
        Map<String, String> p = client.sign("POST", "127.0.0.1", ORDERS, listOrders(), null);
        assertEquals(200, client.postForm(ORDERS, MwsTestClient.encode(p), MwsTestClient.USER_AGENT).statusCode());
    }

    @Test
    void acceptsHmacSha1() throws Exception {
        Map<String, String> p = listOrders();
        p.put("SignatureMethod", "HmacSHA1");
        assertEquals(200, client.post(ORDERS, p).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.0.0.1:PORT" })
    void acceptsGetWithTheQueryString(String host) throws Exception {
        Map<String, String> p = client.sign("GET", host.replace("PORT", String.valueOf(sim.httpPort())), ORDERS,
                listOrders(), null);
        HttpResponse<String> r = client.get(ORDERS, MwsTestClient.encode(p), null); // no User-Agent: tolerated
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void rejectsAWrongSecretWithSignatureDoesNotMatch() throws Exception {
        Map<String, String> p = client.sign("POST", client.hostWithPort(), ORDERS, listOrders(),
                "x".repeat(40));
        HttpResponse<String> r = client.postForm(ORDERS, MwsTestClient.encode(p), MwsTestClient.USER_AGENT);
        assertError(r, 403, "Sender", "SignatureDoesNotMatch");
        assertNotNull(element(r.body(), "RequestID"), "authentication errors spell RequestID");
        assertEquals(1, sim.requests().count("SignatureDoesNotMatch"));
    }

    @Test
    void rejectsASignatureOverOtherParameters() throws Exception {
        Map<String, String> p = client.sign("POST", client.hostWithPort(), ORDERS, listOrders(), null);
        p.put("CreatedAfter", "2021-01-01T00:00:00Z");
        assertError(client.postForm(ORDERS, MwsTestClient.encode(p), MwsTestClient.USER_AGENT), 403, "Sender",
                "SignatureDoesNotMatch");
    }

    @Test
    void rejectsASignatureMadeForAnotherMethodOrPath() throws Exception {
        Map<String, String> p = client.sign("GET", client.hostWithPort(), ORDERS, listOrders(), null);
        assertError(client.postForm(ORDERS, MwsTestClient.encode(p), MwsTestClient.USER_AGENT), 403, "Sender",
                "SignatureDoesNotMatch");
        p = client.sign("POST", client.hostWithPort(), "/", listOrders(), null);
        assertError(client.postForm(ORDERS, MwsTestClient.encode(p), MwsTestClient.USER_AGENT), 403, "Sender",
                "SignatureDoesNotMatch");
    }

    @Test
    void rejectsAnUnknownAccessKey() throws Exception {
        Map<String, String> p = listOrders();
        p.put("AWSAccessKeyId", "AKIAUNKNOWNUNKNOWN00");
        HttpResponse<String> r = client.post(ORDERS, p);
        assertError(r, 403, "Sender", "InvalidAccessKeyId");
    }

    @ParameterizedTest
    @ValueSource(strings = { "AWSAccessKeyId", "SignatureVersion", "SignatureMethod", "Timestamp", "Version",
        "SellerId" })
    void requiresTheCommonParameters(String name) throws Exception {
        Map<String, String> p = listOrders();
        p.remove(name);
        HttpResponse<String> r = client.post(ORDERS, p);
        assertError(r, 400, "Sender", "MissingParameter");
        assertTrue(element(r.body(), "Message").contains(name), r.body());
    }

    @Test
    void requiresASignature() throws Exception {
        HttpResponse<String> r = client.postForm(ORDERS, MwsTestClient.encode(listOrders()), MwsTestClient.USER_AGENT);
        assertError(r, 400, "Sender", "MissingParameter");
    }

    @Test
    void acceptsMerchantInsteadOfSellerId() throws Exception {
        Map<String, String> p = listOrders();
        p.put("Merchant", p.remove("SellerId"));
        assertEquals(200, client.post(ORDERS, p).statusCode());
    }

    @Test
    void rejectsSignatureVersion1AndUnknownMethods() throws Exception {
        Map<String, String> p = listOrders();
        p.put("SignatureVersion", "1");
        assertError(client.post(ORDERS, p), 400, "Sender", "InvalidParameterValue");
        p = listOrders();
        p.put("SignatureMethod", "HmacMD5");
        assertError(client.post(ORDERS, p), 400, "Sender", "InvalidParameterValue");
    }

    @Test
    void rejectsATimestampMoreThanFifteenMinutesAwayEitherWay() throws Exception {
        for (long minutes : new long[] { -16, 16 }) {
            Map<String, String> p = listOrders();
            p.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(Instant.now().plus(Duration.ofMinutes(minutes))));
            assertError(client.post(ORDERS, p), 400, "Sender", "RequestExpired");
        }
    }

    @Test
    void acceptsATimestampWithinFifteenMinutesEitherWay() throws Exception {
        for (long minutes : new long[] { -14, 14 }) {
            Map<String, String> p = listOrders();
            p.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(Instant.now().plus(Duration.ofMinutes(minutes))));
            assertEquals(200, client.post(ORDERS, p).statusCode(), minutes + " minutes");
        }
    }

    @Test
    void acceptsTimestampsWithOffsetsAndMillis() throws Exception {
        String[] forms = {
            OffsetDateTime.now(ZoneOffset.ofHours(2)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
            OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")),
            OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")),
            OffsetDateTime.now(ZoneOffset.ofHours(-5)).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")) };
        for (String ts : forms) {
            Map<String, String> p = listOrders();
            p.put("Timestamp", ts);
            assertEquals(200, client.post(ORDERS, p).statusCode(), ts);
        }
    }

    @Test
    void acceptsAFutureExpiresAndRejectsAPastOne() throws Exception {
        Map<String, String> p = listOrders();
        p.remove("Timestamp");
        p.put("Expires", DateTimeFormatter.ISO_INSTANT.format(Instant.now().plus(Duration.ofHours(1))));
        assertEquals(200, client.post(ORDERS, p).statusCode());
        p.put("Expires", DateTimeFormatter.ISO_INSTANT.format(Instant.now().minus(Duration.ofSeconds(5))));
        assertError(client.post(ORDERS, p), 400, "Sender", "RequestExpired");
        p.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
        assertError(client.post(ORDERS, p), 400, "Sender", "InvalidParameterValue");
    }

    @Test
    void rejectsAMalformedTimestamp() throws Exception {
        Map<String, String> p = listOrders();
        p.put("Timestamp", "yesterday");
        assertError(client.post(ORDERS, p), 400, "Sender", "InvalidParameterValue");
    }

    @Test
    void rejectsAWrongVersion() throws Exception {
        Map<String, String> p = listOrders();
        p.put("Version", "2011-01-01");
        assertError(client.post(ORDERS, p), 400, "Sender", "InvalidParameterValue");
    }

    @Test
    void answersAnUnknownPathAndAnUnknownActionWithInvalidAddress() throws Exception {
        HttpResponse<String> r = client.post("/Nothing/2020-01-01", listOrders());
        assertError(r, 404, "Sender", "InvalidAddress");
        assertNotNull(element(r.body(), "RequestID"));
        Map<String, String> p = client.params("ListEverything", ORDERS_VERSION);
        assertError(client.post(ORDERS, p), 404, "Sender", "InvalidAddress");
        // a Reports action posted to the Orders path is unknown there
        assertError(client.post(ORDERS, client.params("GetReportCount", ORDERS_VERSION)), 404, "Sender",
                "InvalidAddress");
    }

    @Test
    void servesFeedsAndReportsAtTheRootPath() throws Exception {
        Map<String, String> p = client.params("GetReportCount", "2009-01-01");
        p.put("Merchant", p.remove("SellerId"));
        HttpResponse<String> r = client.post("/", p);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<GetReportCountResponse xmlns=\"http://mws.amazonaws.com/doc/2009-01-01/\">"));
        assertEquals("Reports", sim.requests().requests(r2 -> "GetReportCount".equals(r2.action())).get(0).section());
    }

    @Test
    void handlerErrorsComeInTheSectionNamespaceWithRequestId() throws Exception {
        Map<String, String> p = client.params("GetOrder", ORDERS_VERSION);
        p.put("AmazonOrderId.Id.1", "x");
        HttpResponse<String> r = client.post(ORDERS, p);
        assertError(r, 400, "Sender", "InvalidParameterValue");
        assertTrue(r.body().contains("<ErrorResponse xmlns=\"" + ORDERS_NS + "\">"));
        assertEquals(r.headers().firstValue("x-mws-request-id").orElseThrow(), element(r.body(), "RequestId"));
    }

    @Test
    void nextTokensWithPlusSlashAndEqualsSurviveEveryEncoding() throws Exception {
        String token = "ab+cd/ef==gh+/+";
        Map<String, String> p = client.params("ListOrdersByNextToken", ORDERS_VERSION);
        p.put("NextToken", token);
        // RFC 3986 encoding, as MWS clients send it
        HttpResponse<String> r = client.post(ORDERS, p);
        assertEquals(token, element(r.body(), "NextToken"));
        // a client that leaves + and / raw in the form body, signed over the token it meant
        Map<String, String> signed = client.sign("POST", client.hostWithPort(), ORDERS, p, null);
        String raw = MwsTestClient.encode(signed).replace("%2B", "+").replace("%2F", "/");
        r = client.postForm(ORDERS, raw, MwsTestClient.USER_AGENT);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(token, element(r.body(), "NextToken"));
        // and over GET, signed without the port
        signed = client.sign("GET", "127.0.0.1", ORDERS, p, null);
        r = client.get(ORDERS, MwsTestClient.encode(signed), null);
        assertEquals(token, element(r.body(), "NextToken"));
    }

    @Test
    void submitFeedTakesParametersFromTheQueryAndSpoolsTheBody() throws Exception {
        String feed = "sku\tquantity\nA-1\t5\n";
        Map<String, String> p = client.params("SubmitFeed", "2009-01-01");
        p.put("Merchant", p.remove("SellerId"));
        p.put("FeedType", "_POST_FLAT_FILE_INVLOADER_DATA_");
        p.put("ContentMD5Value", Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("MD5").digest(feed.getBytes(StandardCharsets.UTF_8))));
        for (String path : new String[] { "/Feeds/2009-01-01", "/" }) {
            Map<String, String> signed = client.sign("POST", client.hostWithPort(), path, p, null);
            HttpRequest request = HttpRequest.newBuilder(URI.create(client.baseUrl() + path + "?"
                    + MwsTestClient.encode(signed)))
                    .header("Content-Type", "text/tab-separated-values; charset=iso-8859-1")
                    .header("User-Agent", MwsTestClient.USER_AGENT)
                    .POST(HttpRequest.BodyPublishers.ofString(feed)).build();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(String.valueOf(feed.length()), element(r.body(), "Bytes"));
            String[] seen = FEED_SEEN.get().split("\\|", 3);
            assertEquals("text/tab-separated-values; charset=iso-8859-1", seen[1]);
            assertEquals(feed, seen[2]);
            assertFalse(Files.exists(Path.of(seen[0])), "the spooled feed is deleted after the call");
        }
    }

    @Test
    void refusesAFeedOverTheLimitBeforeReadingIt() throws Exception {
        try (MwsSimulator small = MwsSimulator.builder().marketplace(false).httpsPort(-1)
                .marketSettings(s -> s.withMaxFeedBytes(10))
                .handler("Feeds", "SubmitFeed", r -> new SimResponse.XmlResult("")).build().start()) {
            MwsTestClient c = new MwsTestClient(small, false);
            Map<String, String> p = c.params("SubmitFeed", "2009-01-01");
            p.put("FeedType", "_POST_PRODUCT_DATA_");
            Map<String, String> signed = c.sign("POST", c.hostWithPort(), "/Feeds/2009-01-01", p, null);
            HttpRequest request = HttpRequest.newBuilder(URI.create(c.baseUrl() + "/Feeds/2009-01-01?"
                    + MwsTestClient.encode(signed))).header("Content-Type", "text/xml")
                    .POST(HttpRequest.BodyPublishers.ofString("<AmazonEnvelope>more than ten bytes</AmazonEnvelope>"))
                    .build();
            HttpResponse<String> r = c.send(request, HttpResponse.BodyHandlers.ofString());
            assertError(r, 400, "Sender", "InvalidRequest");
            assertTrue(element(r.body(), "Message").contains("exceeds the limit"), r.body());
        }
    }

    @Test
    void aThirdPartyDeveloperNeedsTheSellersToken() throws Exception {
        DeveloperAccount third = sim.accounts().thirdPartyDeveloper();
        String seller = sim.accounts().sellers().get(1).sellerId();
        MwsTestClient c = new MwsTestClient(sim, false, third, seller);
        Map<String, String> p = c.params("GetServiceStatus", ORDERS_VERSION);
        HttpResponse<String> r = c.post(ORDERS, p);
        assertError(r, 401, "Sender", "AccessDenied");
        p.put("MWSAuthToken", sim.accounts().authToken(sim.sellerId())); // another seller's token
        assertError(c.post(ORDERS, p), 401, "Sender", "AccessDenied");
        p.put("MWSAuthToken", sim.accounts().authToken(seller));
        assertEquals(200, c.post(ORDERS, p).statusCode());
        // a seller's own developer needs no token, and one it sends anyway is ignored
        Map<String, String> own = client.params("GetServiceStatus", ORDERS_VERSION);
        own.put("MWSAuthToken", "undefined");
        assertEquals(200, client.post(ORDERS, own).statusCode());
        // a seller's own developer acting for another seller is refused
        MwsTestClient other = new MwsTestClient(sim, false, sim.developer(), seller);
        assertError(other.post(ORDERS, other.params("GetServiceStatus", ORDERS_VERSION)), 401, "Sender",
                "AccessDenied");
    }

    /**
     * The chosen strictness (see UserAgentRules): published clients that sent no User-Agent were served (the
     * amazon-mws Node client over GET), so by default a missing header or a generic agent passes, while a header
     * that claims the MWS form must be well formed, name its Language and stay within 500 characters.
     */
    @Test
    void userAgentRules() throws Exception {
        Map<String, String> signed = client.sign("POST", client.hostWithPort(), ORDERS, listOrders(), null);
        String form = MwsTestClient.encode(signed);
        try (RawHttp raw = new RawHttp(sim.httpPort())) {
            assertEquals(200, raw.post(ORDERS, client.hostWithPort(), form).status(), "missing: tolerated by default");
        }
        assertEquals(200, client.postForm(ORDERS, form, "node-fetch/1.0").statusCode(), "generic agent tolerated");
        assertEquals(200, client.postForm(ORDERS, form, "My\\/App/1.0\\( (Language=Java/17; Platform=a\\;b)")
                .statusCode(), "escapes");
        assertError(client.postForm(ORDERS, form, "MyApp 1.0 (Language=Java)"), 400, "Sender",
                "UserAgentHeaderMalformed");
        assertError(client.postForm(ORDERS, form, "MyApp/1.0 (Language=Java"), 400, "Sender",
                "UserAgentHeaderMalformed");
        assertError(client.postForm(ORDERS, form, "MyApp/1.0 (Platform=Linux)"), 400, "Sender",
                "UserAgentHeaderLanguageAttributeMissing");
        assertError(client.postForm(ORDERS, form, "MyApp/1.0 (Language=Java; X=" + "y".repeat(500) + ")"), 400,
                "Sender", "UserAgentHeaderMaximumLengthExceeded");
    }

    @Test
    void strictModeRequiresAUserAgentButAcceptsXAmazonUserAgent() throws Exception {
        try (MwsSimulator strict = MwsSimulator.builder().marketplace(false).httpsPort(-1).strictUserAgent(true)
                .serverThrottling(false)
                .build().start()) {
            MwsTestClient c = new MwsTestClient(strict, false);
            Map<String, String> signed = c.sign("POST", c.hostWithPort(), ORDERS,
                    c.params("GetServiceStatus", ORDERS_VERSION), null);
            String form = MwsTestClient.encode(signed);
            try (RawHttp raw = new RawHttp(strict.httpPort())) {
                RawHttp.Response r = raw.post(ORDERS, c.hostWithPort(), form);
                assertEquals(400, r.status());
                assertEquals("UserAgentHeaderMissing", element(r.text(), "Code"));
            }
            assertError(c.postForm(ORDERS, form, "node-fetch/1.0"), 400, "Sender", "UserAgentHeaderMalformed");
            try (RawHttp raw = new RawHttp(strict.httpPort())) {
                RawHttp.Response r = raw.post(ORDERS, c.hostWithPort(), form, "X-Amazon-User-Agent: "
                        + MwsTestClient.USER_AGENT);
                assertEquals(200, r.status(), r.text());
                // a browser's own User-Agent does not count when it sends X-Amazon-User-Agent
                r = raw.post(ORDERS, c.hostWithPort(), form, "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Gecko",
                        "X-Amazon-User-Agent: " + MwsTestClient.USER_AGENT);
                assertEquals(200, r.status(), r.text());
            }
            assertEquals(200, c.postForm(ORDERS, form, MwsTestClient.USER_AGENT).statusCode());
        }
    }

    @Test
    void getServiceStatusInEverySectionIsGreenUntilScripted() throws Exception {
        for (var section : org.apache.camel.mws.simulator.catalog.MwsCatalog.standard().sections()) {
            Map<String, String> p = client.params("GetServiceStatus", section.version());
            HttpResponse<String> r = client.post(section.path(), p);
            assertEquals(200, r.statusCode(), section.name() + ": " + r.body());
            assertTrue(r.body().contains("<GetServiceStatusResponse xmlns=\"" + section.namespace() + "\">"));
            assertEquals("GREEN", element(r.body(), "Status"));
            assertNotNull(Instant.parse(element(r.body(), "Timestamp")));
        }
        sim.serviceStatus().set("Orders", ServiceStatusBoard.Status.RED);
        HttpResponse<String> r = client.post(ORDERS, client.params("GetServiceStatus", ORDERS_VERSION));
        assertEquals("RED", element(r.body(), "Status"));
        assertNotNull(element(r.body(), "Text"));
    }

    static void assertError(HttpResponse<String> r, int status, String type, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("text/xml", r.headers().firstValue("Content-Type").orElse(null));
        assertTrue(r.body().contains("<ErrorResponse xmlns="), r.body());
        assertEquals(type, element(r.body(), "Type"), r.body());
        assertEquals(code, element(r.body(), "Code"), r.body());
        assertNotNull(element(r.body(), "Message"));
        String id = element(r.body(), "RequestId") != null ? element(r.body(), "RequestId")
                : element(r.body(), "RequestID");
        assertEquals(r.headers().firstValue("x-mws-request-id").orElseThrow(), id);
    }
}
