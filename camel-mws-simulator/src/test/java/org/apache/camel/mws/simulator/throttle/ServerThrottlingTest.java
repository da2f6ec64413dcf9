package org.apache.camel.mws.simulator.throttle;

import static org.apache.camel.mws.simulator.MwsTestClient.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.MwsTestClient;
import org.apache.camel.mws.simulator.spi.SimResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Throttling as clients see it over HTTP: 503 answers, restores, quota headers, the request log. */
class ServerThrottlingTest {

    @RegisterExtension
    static MwsSimulatorExtension ext = MwsSimulatorExtension.builder().marketplace(false).httpsPort(-1)
            .timeScale(120) // ListOrders restores one request every 500 ms
            .handler("Orders", "ListOrders", r -> new SimResponse.XmlResult("<Orders/>"))
            .handler("Orders", "ListOrdersByNextToken", r -> new SimResponse.XmlResult("<Orders/>"))
            .handler("Reports", "GetReportCount", r -> new SimResponse.XmlResult("<Count>0</Count>"))
            .handler("Products", "GetMatchingProductForId", r -> new SimResponse.XmlResult(""))
            .build();

    @BeforeEach
    void reset(MwsSimulator sim) {
        sim.reset();
    }

    @Test
    void burstThenRequestThrottledThenRestored(MwsSimulator sim) throws Exception {
        MwsTestClient c = new MwsTestClient(sim, false);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, c.post("/Orders/2013-09-01", c.params("ListOrders", "2013-09-01")).statusCode());
            Map<String, String> next = c.params("ListOrdersByNextToken", "2013-09-01");
            next.put("NextToken", "t");
            assertEquals(200, c.post("/Orders/2013-09-01", next).statusCode());
        }
        HttpResponse<String> r = c.post("/Orders/2013-09-01", c.params("ListOrders", "2013-09-01"));
        assertEquals(503, r.statusCode());
        assertEquals("RequestThrottled", element(r.body(), "Code"));
        assertEquals("Sender", element(r.body(), "Type"));
        assertTrue(r.headers().firstValue("x-mws-quota-max").isEmpty(), "Orders sends no quota headers");
        assertEquals(1, sim.requests().throttled());
        assertEquals(1, sim.requests().count("RequestThrottled"));
        assertEquals(6, sim.requests().count("Success"));
        assertTrue(sim.requests().requests("Orders", "ListOrders").get(3).throttled());

        Thread.sleep(sim.clock().scale(java.time.Duration.ofMinutes(1)).toMillis() + 200);
        assertEquals(200, c.post("/Orders/2013-09-01", c.params("ListOrders", "2013-09-01")).statusCode(),
                "one request restored after the scaled restore period");
    }

    @Test
    void reportsCarryQuotaHeaders(MwsSimulator sim) throws Exception {
        MwsTestClient c = new MwsTestClient(sim, false);
        HttpResponse<String> r = c.post("/Reports/2009-01-01", c.params("GetReportCount", "2009-01-01"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("80.0", r.headers().firstValue("x-mws-quota-max").orElseThrow());
        assertEquals("79.0", r.headers().firstValue("x-mws-quota-remaining").orElseThrow());
        String resetsOn = r.headers().firstValue("x-mws-quota-resetsOn").orElseThrow();
        assertTrue(resetsOn.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), resetsOn);
        assertTrue(Instant.parse(resetsOn).isAfter(Instant.now().minusSeconds(1)));
        r = c.post("/Reports/2009-01-01", c.params("GetReportCount", "2009-01-01"));
        assertEquals("78.0", r.headers().firstValue("x-mws-quota-remaining").orElseThrow());
    }

    @Test
    void productsCountEveryIdOfTheRequest(MwsSimulator sim) throws Exception {
        MwsTestClient c = new MwsTestClient(sim, false);
        // the hourly quota shows the count per item (the bucket itself restores too fast at this time scale to
        // throttle here: ThrottleGateTest covers it against a controlled clock)
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> r = c.post("/Products/2011-10-01", forIds(c, 5));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("18000.0", r.headers().firstValue("x-mws-quota-max").orElseThrow());
            assertEquals(String.valueOf(18000 - 5 * (i + 1)) + ".0",
                    r.headers().firstValue("x-mws-quota-remaining").orElseThrow());
        }
    }

    private static Map<String, String> forIds(MwsTestClient c, int ids) {
        Map<String, String> p = c.params("GetMatchingProductForId", "2011-10-01");
        p.put("MarketplaceId", "ATVPDKIKX0DER");
        p.put("IdType", "ASIN");
        for (int i = 1; i <= ids; i++) {
            p.put("IdList.Id." + i, "B00000000" + i);
        }
        return p;
    }

    @Test
    void throttlingCanBeSwitchedOff() throws Exception {
        try (MwsSimulator free = MwsSimulator.builder().marketplace(false).httpsPort(-1).serverThrottling(false)
                .build().start()) {
            MwsTestClient c = new MwsTestClient(free, false);
            for (int i = 0; i < 20; i++) { // GetServiceStatus alone allows 2
                assertEquals(200, c.post("/Orders/2013-09-01", c.params("GetServiceStatus", "2013-09-01")).statusCode());
            }
            assertEquals(0, free.requests().throttled());
        }
    }
}
