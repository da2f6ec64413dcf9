package org.apache.camel.mws.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.apache.camel.mws.simulator.account.Accounts;
import org.apache.camel.mws.simulator.inspect.RequestLog;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The facade: accounts, inspection, the extension on an instance field, the standalone banner. */
class MwsSimulatorTest {

    @RegisterExtension
    MwsSimulatorExtension perTest = MwsSimulatorExtension.builder().httpsPort(-1).sellers(4).seed(5)
            .ordersPerSeller(30).timeScale(600).build();

    @Test
    void accountsAreDeterministicAndSpreadOverMarketplaces(MwsSimulator sim) {
        Accounts again = Accounts.generate(5, 4, null);
        assertEquals(again.sellers(), sim.accounts().sellers());
        assertEquals(again.developerOf(sim.sellerId()), sim.developer());
        assertNotEquals(Accounts.generate(6, 4, null).sellers(), sim.accounts().sellers());
        assertEquals("ATVPDKIKX0DER", sim.seller().marketplaceIds().get(0), "the first seller is in the US");
        Set<String> homes = new HashSet<>();
        for (SellerAccount s : sim.accounts().sellers()) {
            homes.add(s.marketplaceIds().get(0));
            assertEquals(20, sim.accounts().developerOf(s.sellerId()).accessKeyId().length());
            assertEquals(40, sim.accounts().developerOf(s.sellerId()).secretKey().length());
            assertTrue(sim.accounts().authToken(s.sellerId()).startsWith("amzn.mws."));
        }
        assertEquals(Set.of("ATVPDKIKX0DER", "A1PA6795UKMFR9", "A1VC38T7YXB528"), homes);
        assertFalse(sim.developer().toString().contains(sim.developer().secretKey()), "secrets stay out of toString");
    }

    @Test
    void fixedCredentials() {
        Accounts a = Accounts.generate(1, 2, new Accounts.FixedCredentials("AKIAFIXED", "secret", "A1FIXED"));
        assertEquals("A1FIXED", a.firstSeller().sellerId());
        assertEquals("AKIAFIXED", a.developerOf("A1FIXED").accessKeyId());
        assertEquals("secret", a.developerOf("A1FIXED").secretKey());
        assertThrows(IllegalArgumentException.class, () -> Accounts.generate(1, 0, null));
    }

    @Test
    void requestLogCountsOutcomesAndResets(MwsSimulator sim) throws Exception {
        MwsTestClient c = new MwsTestClient(sim, false);
        Instant before = sim.clock().now();
        assertEquals(200, c.post("/Sellers/2011-07-01", c.params("ListMarketplaceParticipations", "2011-07-01"))
                .statusCode());
        var bad = c.params("ListMarketplaceParticipations", "2011-07-01");
        bad.put("AWSAccessKeyId", "AKIANOBODY");
        assertEquals(403, c.post("/Sellers/2011-07-01", bad).statusCode());
        RequestLog log = sim.requests();
        assertEquals(2, log.total());
        assertEquals(1, log.count(RequestLog.SUCCESS));
        assertEquals(1, log.count("InvalidAccessKeyId"));
        RequestRecord ok = log.requests().get(0);
        assertEquals("Sellers", ok.section());
        assertEquals("ListMarketplaceParticipations", ok.action());
        assertEquals(sim.sellerId(), ok.sellerId());
        assertEquals(sim.developer().accessKeyId(), ok.accessKeyId());
        assertEquals(200, ok.status());
        assertTrue(ok.succeeded());
        assertFalse(ok.time().isBefore(before.minusMillis(1)));
        assertNotNull(ok.requestId());
        assertEquals(403, log.requests().get(1).status());
        log.reset();
        assertEquals(0, log.total());
        assertTrue(log.requests().isEmpty());
        assertTrue(log.countsByOutcome().isEmpty());
    }

    @Test
    void bannerPrintsEndpointsCredentialsAndTheOrderCountFromTheMarketplace(MwsSimulator sim) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SimulatorMain.printBanner(sim, new PrintStream(buf, true, StandardCharsets.UTF_8));
        String banner = buf.toString(StandardCharsets.UTF_8);
        assertTrue(banner.contains("export MWS_HTTP_ENDPOINT=" + sim.httpBaseUrl()), banner);
        assertTrue(banner.contains("export MWS_SECRET_KEY=" + sim.developer().secretKey()));
        String firstSeller = sim.seller().sellerId();
        assertTrue(banner.contains("export EXAMPLES_MWS_SELLERS=" + firstSeller + ":" + sim.seller().marketplaceIds().get(0)
                                   + ":" + sim.accounts().authToken(firstSeller)), banner);
        long expected = sim.market().countOrders(sim.sellerId(), "ATVPDKIKX0DER",
                SimulatorMain.COUNT_ORDERS_AFTER, sim.clock().now());
        assertTrue(expected > 0);
        assertTrue(banner.contains("export MWS_EXPECT_ORDERS=" + expected), banner);
        assertTrue(banner.endsWith("MWS simulator ready" + System.lineSeparator()));
    }

    @Test
    void commandLineFlagsConfigureTheSimulator() {
        SimulatorMain main = new SimulatorMain();
        new picocli.CommandLine(main).parseArgs("--http-port", "0", "--https-port", "-1", "--seed", "9", "--sellers",
                "2", "--orders-per-seller", "12", "--time-scale", "60", "--seller-id", "A1CLI", "--access-key-id",
                "AKIACLI", "--secret-key", "s3cr3t", "--fault-operation", "Orders/ListOrders",
                "--fault-internal-error", "1.0", "--clock-skew-seconds", "30", "--report-min-bytes", "4096",
                "--feed-processing-time", "PT720H");
        try (MwsSimulator sim = main.configure().build()) {
            main.applyFaults(sim);
            assertEquals("A1CLI", sim.sellerId());
            assertEquals("AKIACLI", sim.developer().accessKeyId());
            assertEquals(12, sim.marketSettings().ordersPerSeller());
            assertEquals(9, sim.marketSettings().seed());
            assertEquals(4096, sim.marketSettings().reportMinBytes());
            assertEquals(java.time.Duration.ofDays(30), sim.marketSettings().feedProcessingTime());
            assertEquals(60.0, sim.clock().timeScale());
            assertEquals(30, sim.clock().skew().getSeconds());
            assertEquals(org.apache.camel.mws.simulator.fault.Fault.INTERNAL_ERROR,
                    sim.faults().next("Orders", "ListOrders"));
            assertEquals(org.apache.camel.mws.simulator.fault.Fault.NONE, sim.faults().next("Orders", "GetOrder"));
        }
    }
}
