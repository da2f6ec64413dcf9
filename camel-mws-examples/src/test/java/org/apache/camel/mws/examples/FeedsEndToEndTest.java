package org.apache.camel.mws.examples;

import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.mws.examples.feeds.FeedResults;
import org.apache.camel.mws.examples.feeds.FeedRoutes;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inventory updates put on the queue reach the simulator's inventory, and their reports the results queue. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsEndToEndTest {

    private static final String RESULTS = "jms:queue:" + FeedRoutes.RESULTS_QUEUE;
    private static final String INVENTORY = "jms:queue:" + FeedRoutes.INVENTORY_QUEUE;

    @TempDir
    static Path workDir;
    private RunningApp app;
    private MwsSimulator sim;

    @BeforeAll
    void startApp() throws Exception {
        Map<String, String> props = RunningApp.testProperties(workDir);
        props.put("examples.orders.enabled", "false");
        props.put("examples.reports.enabled", "false");
        app = RunningApp.start(props);
        sim = app.simulator();
    }

    @AfterAll
    void stopApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private Exchange nextResult() {
        Exchange result = app.consumer().receive(RESULTS, 60_000);
        assertNotNull(result, "no message on " + FeedRoutes.RESULTS_QUEUE + " within 60 s");
        return result;
    }

    @Test
    void csvUpdateChangesTheInventoryAndItsReportArrivesWithOneErrorPerBadRow() {
        String seller = sim.accounts().sellers().get(1).sellerId();
        String sku = sim.market().listings(seller).get(3).sku();
        long before = sim.market().inventory(seller).get(sku);
        long wanted = before == 17 ? 18 : 17;

        app.producer().sendBodyAndHeader(INVENTORY, "sku,quantity\n" + sku + "," + wanted + "\nNO-SUCH-SKU,4\n",
                "sellerId", seller);

        Exchange result = nextResult();
        assertEquals("DONE", result.getMessage().getHeader(FeedResults.OUTCOME));
        assertEquals(seller, result.getMessage().getHeader(FeedResults.SELLER_ID));
        assertEquals(2, result.getMessage().getHeader(FeedResults.PROCESSED, Integer.class));
        assertEquals(1, result.getMessage().getHeader(FeedResults.SUCCESSFUL, Integer.class));
        assertEquals(1, result.getMessage().getHeader(FeedResults.ERRORS, Integer.class));
        String report = result.getMessage().getBody(String.class);
        assertTrue(report.contains("NO-SUCH-SKU"), report);
        assertEquals(wanted, sim.market().inventory(seller).get(sku));
    }

    @Test
    void xmlUpdateIsSubmittedAsItIsForTheSellerItNames() {
        String seller = sim.accounts().sellers().get(0).sellerId();
        String sku = sim.market().listings(seller).get(5).sku();
        long wanted = sim.market().inventory(seller).get(sku) + 3;
        String xml = "<?xml version=\"1.0\"?><AmazonEnvelope><Header><DocumentVersion>1.01</DocumentVersion>"
                     + "<MerchantIdentifier>" + seller + "</MerchantIdentifier></Header>"
                     + "<MessageType>Inventory</MessageType><Message><MessageID>1</MessageID>"
                     + "<OperationType>Update</OperationType><Inventory><SKU>" + sku + "</SKU><Quantity>" + wanted
                     + "</Quantity></Inventory></Message></AmazonEnvelope>";

        app.producer().sendBody(INVENTORY, xml);

        Exchange result = nextResult();
        assertEquals("DONE", result.getMessage().getHeader(FeedResults.OUTCOME));
        assertEquals(seller, result.getMessage().getHeader(FeedResults.SELLER_ID));
        assertEquals(0, result.getMessage().getHeader(FeedResults.ERRORS, Integer.class));
        assertEquals(wanted, sim.market().inventory(seller).get(sku));
    }

    @Test
    void malformedUpdateIsRejectedWithItsReason() {
        int submitsBefore = sim.requests().requests("Feeds", "SubmitFeed").size();
        app.producer().sendBodyAndHeaders(INVENTORY, "item;count\nA;1\n", Map.of());

        Exchange result = nextResult();
        assertEquals("REJECTED", result.getMessage().getHeader(FeedResults.OUTCOME));
        String reason = result.getMessage().getBody(String.class);
        assertTrue(reason.contains("sku and quantity"), reason);
        assertEquals(submitsBefore, sim.requests().requests("Feeds", "SubmitFeed").size(), "no feed was submitted");
    }
}
