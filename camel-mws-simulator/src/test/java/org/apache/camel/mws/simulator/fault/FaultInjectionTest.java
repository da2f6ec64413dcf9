package org.apache.camel.mws.simulator.fault;

import static org.apache.camel.mws.simulator.MwsTestClient.element;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsTestClient;
import org.apache.camel.mws.simulator.RawHttp;
import org.apache.camel.mws.simulator.spi.SimResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every fault, observed by a client. */
class FaultInjectionTest {

    private static final byte[] REPORT = "order-id\tsku\tquantity\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
    private static final String REPORTS = "/Reports/2009-01-01";

    static MwsSimulator sim;
    MwsTestClient client;

    @BeforeAll
    static void start() throws Exception {
        String md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(REPORT));
        sim = MwsSimulator.builder().marketplace(false).httpsPort(-1).serverThrottling(false).seed(11)
                .handler("Reports", "GetReport", r -> new SimResponse.RawBody("text/plain;charset=windows-1252",
                        REPORT.length, md5, out -> out.write(REPORT)))
                .handler("Orders", "ListOrders", r -> new SimResponse.XmlResult("<Orders/>"))
                .build().start();
        sim.faults().slowDelay(Duration.ofMillis(300));
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @BeforeEach
    void reset() {
        sim.reset();
        sim.faults().slowDelay(Duration.ofMillis(300));
        client = new MwsTestClient(sim, false);
    }

    private HttpResponse<byte[]> getReport() throws Exception {
        Map<String, String> p = client.params("GetReport", "2009-01-01");
        p.put("ReportId", "1");
        Map<String, String> signed = client.sign("POST", client.hostWithPort(), REPORTS, p, null);
        return client.send(HttpRequest.newBuilder(URI.create(client.baseUrl() + REPORTS))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", MwsTestClient.USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(MwsTestClient.encode(signed))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String reportForm() {
        Map<String, String> p = client.params("GetReport", "2009-01-01");
        p.put("ReportId", "1");
        return MwsTestClient.encode(client.sign("POST", client.hostWithPort(), REPORTS, p, null));
    }

    @Test
    void scriptedSequenceOfErrorAnswers() throws Exception {
        sim.faults().on("Reports", "GetReport").next(Fault.INTERNAL_ERROR, Fault.NONE, Fault.SERVICE_UNAVAILABLE,
                Fault.REQUEST_THROTTLED, Fault.QUOTA_EXCEEDED, Fault.NEXT_TOKEN_CORRUPTED);
        HttpResponse<byte[]> r = getReport();
        assertError(r, 500, "Receiver", "InternalError");
        r = getReport();
        assertEquals(200, r.statusCode());
        assertArrayEquals(REPORT, r.body());
        assertError(getReport(), 503, "Receiver", "ServiceUnavailable");
        assertError(getReport(), 503, "Sender", "RequestThrottled");
        r = getReport();
        assertError(r, 503, "Sender", "QuotaExceeded");
        assertEquals("0.0", r.headers().firstValue("x-mws-quota-remaining").orElseThrow());
        assertEquals("60.0", r.headers().firstValue("x-mws-quota-max").orElseThrow());
        assertTrue(Instant.parse(r.headers().firstValue("x-mws-quota-resetsOn").orElseThrow()).isAfter(
                Instant.now().minusSeconds(1)));
        assertError(getReport(), 400, "Sender", "NextTokenCorrupted");
        assertEquals(200, getReport().statusCode(), "the script is spent");
        assertEquals(0, sim.faults().on("Reports", "GetReport").pending());
        assertEquals(2, sim.requests().throttled(), "RequestThrottled and QuotaExceeded count as throttled");
        assertEquals(Fault.INTERNAL_ERROR, sim.requests().requests().get(0).fault());
    }

    @Test
    void faultsApplyOnlyToTheirOperation() throws Exception {
        sim.faults().on("Reports", "GetReport").next(Fault.INTERNAL_ERROR);
        assertEquals(200, client.post("/Orders/2013-09-01", client.params("ListOrders", "2013-09-01")).statusCode());
        assertEquals(500, getReport().statusCode());
    }

    @Test
    void connectionResetInTheMiddleOfTheBody() throws Exception {
        sim.faults().on("Reports", "GetReport").next(Fault.CONNECTION_RESET);
        try (RawHttp raw = new RawHttp(sim.httpPort())) {
            RawHttp.Response r = raw.post(REPORTS, client.hostWithPort(), reportForm(),
                    "User-Agent: " + MwsTestClient.USER_AGENT);
            assertEquals(200, r.status());
            assertEquals(REPORT.length, r.contentLength(), "the full length is declared");
            assertFalse(r.complete());
            assertTrue(r.body().length > 0 && r.body().length < REPORT.length, "part of the body arrived: "
                    + r.body().length);
        }
        sim.faults().on("Reports", "GetReport").next(Fault.CONNECTION_RESET);
        assertThrows(IOException.class, this::getReport, "an HTTP client sees the broken body");
        assertEquals(200, getReport().statusCode(), "the next request is served");
    }

    @Test
    void corruptedBodyDisagreesWithItsContentMd5() throws Exception {
        sim.faults().on("Reports", "GetReport").next(Fault.CORRUPT_CONTENT_MD5);
        HttpResponse<byte[]> r = getReport();
        assertEquals(200, r.statusCode());
        assertEquals(REPORT.length, r.body().length);
        String declared = r.headers().firstValue("Content-MD5").orElseThrow();
        String actual = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(r.body()));
        assertNotEquals(declared, actual);
        r = getReport();
        assertEquals(declared, Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(r.body())));
    }

    @Test
    void slowResponseAndSlowBodyStillDeliverTheAnswer() throws Exception {
        sim.faults().on("Reports", "GetReport").next(Fault.SLOW_RESPONSE, Fault.SLOW_BODY);
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> r = getReport();
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, r.statusCode());
            assertArrayEquals(REPORT, r.body());
            assertTrue(elapsedMillis >= 300, "delayed by at least the slow delay: " + elapsedMillis);
        }
    }

    @Test
    void probabilitiesDrawFromTheSeed() throws Exception {
        List<Fault> first = draws(11);
        assertEquals(first, draws(11), "same seed, same faults");
        assertTrue(first.contains(Fault.INTERNAL_ERROR) && first.contains(Fault.NONE), first.toString());
        FaultInjector always = new FaultInjector(1, new SkewedClock(1));
        always.onAnyAction().withProbability(Fault.SERVICE_UNAVAILABLE, 1.0);
        assertEquals(Fault.SERVICE_UNAVAILABLE, always.next("Orders", "ListOrders"));
        always.on("Orders", "ListOrders").next(Fault.NONE);
        assertEquals(Fault.NONE, always.next("Orders", "ListOrders"), "a script wins over a probability");
        assertThrows(IllegalArgumentException.class, () -> always.onAnyAction().withProbability(Fault.INTERNAL_ERROR, 0.5));
    }

    private static List<Fault> draws(long seed) {
        FaultInjector f = new FaultInjector(seed, new SkewedClock(1));
        f.on("Orders", "*").withProbability(Fault.INTERNAL_ERROR, 0.5);
        List<Fault> result = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            result.add(f.next("Orders", "ListOrders"));
        }
        return result;
    }

    @Test
    void probabilisticFaultsOverHttp() throws Exception {
        sim.faults().on("Orders", "ListOrders").withProbability(Fault.INTERNAL_ERROR, 1.0);
        assertEquals(500, client.post("/Orders/2013-09-01", client.params("ListOrders", "2013-09-01")).statusCode());
        sim.faults().on("Orders", "ListOrders").clear();
        assertEquals(200, client.post("/Orders/2013-09-01", client.params("ListOrders", "2013-09-01")).statusCode());
    }

    @Test
    void skewedServerClock() throws Exception {
        sim.faults().clockSkew(Duration.ofMinutes(20));
        HttpResponse<String> r = client.post("/Orders/2013-09-01", client.params("ListOrders", "2013-09-01"));
        assertEquals(400, r.statusCode(), "a correct client clock is now 20 minutes behind the server");
        assertEquals("RequestExpired", element(r.body(), "Code"));
        Instant serverTime = Instant.parse(r.headers().firstValue("x-mws-timestamp").orElseThrow());
        assertTrue(Duration.between(Instant.now(), serverTime).toMinutes() >= 19, serverTime.toString());
        // a client that adjusts to the server's clock is served
        Map<String, String> p = client.params("ListOrders", "2013-09-01");
        p.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(serverTime));
        assertEquals(200, client.post("/Orders/2013-09-01", p).statusCode());
        sim.faults().clockSkew(Duration.ZERO);
        assertEquals(200, client.post("/Orders/2013-09-01", client.params("ListOrders", "2013-09-01")).statusCode());
    }

    private static void assertError(HttpResponse<byte[]> r, int status, String type, String code) {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(status, r.statusCode(), body);
        assertEquals("text/xml", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(type, element(body, "Type"));
        assertEquals(code, element(body, "Code"));
        assertEquals(r.headers().firstValue("x-mws-request-id").orElseThrow(), element(body, "RequestId"));
    }
}
