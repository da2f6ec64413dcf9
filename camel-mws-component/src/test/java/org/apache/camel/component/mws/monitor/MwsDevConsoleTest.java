package org.apache.camel.component.mws.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.health.HealthChecks;
import org.apache.camel.component.mws.support.TestPollingConsumer;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.apache.camel.component.mws.monitor.MwsMetricsTest.ACCESS_KEY;
import static org.apache.camel.component.mws.monitor.MwsMetricsTest.SECRET;
import static org.apache.camel.component.mws.monitor.MwsMetricsTest.SELLER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code mws} dev console, found by Camel's dev console registry, after a short run against the simulator: the
 * buckets with their levels, the consumer's checkpoint and last (failed) poll, and the GetServiceStatus answer of the
 * health check; the checkpoint lag gauge alongside.
 */
class MwsDevConsoleTest extends CamelTestSupport {

    static final Instant CHECKPOINT = Instant.parse("2017-02-01T12:00:00Z");

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().marketplace(false)
            .serverThrottling(false).credentials(ACCESS_KEY, SECRET, SELLER).build();

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private TestPollingConsumer consumer;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setDevConsole(true);
        context.getRegistry().bind("metricsRegistry", meters);
        HealthChecks.install(context);
        MwsComponent mws = new MwsComponent();
        mws.setRequestPacer(new TestPacer());
        context.addComponent("mws", mws);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:status").routeId("status")
                        .to("mws:Orders/GetServiceStatus?endpoint=" + SIM.simulator().httpBaseUrl() + "&accessKeyId="
                            + ACCESS_KEY + "&secretKey=RAW(" + SECRET + ")&sellerId=" + SELLER);
                from(TestPollingConsumer.endpoint(getContext().getComponent("mws", MwsComponent.class), "Sellers",
                        SIM.simulator().httpBaseUrl(), ACCESS_KEY, SECRET, SELLER, () -> CHECKPOINT,
                        c -> consumer = c)).routeId("sellers").to("mock:sellers");
            }
        };
    }

    @Test
    void bucketsConsumersAndServiceStatus() throws Exception {
        SIM.simulator().reset();
        assertNull(template.request("direct:status", e -> {
        }).getException());
        consumer.run();
        SIM.simulator().faults().on("Sellers", "GetServiceStatus").next(Fault.SERVICE_UNAVAILABLE);
        consumer.run();
        HealthChecks.readiness(context, "producer:mws-");
        List<RequestRecord> sellers = SIM.simulator().requests().requests("Sellers", "GetServiceStatus");
        String failedRequestId = sellers.get(sellers.size() - 1).requestId();

        DevConsole console = DevConsoleRegistry.get(context).resolveById("mws");
        assertNotNull(console, "found through the component's META-INF/services/org/apache/camel/dev-console/mws");
        assertInstanceOf(MwsDevConsole.class, console);

        Instant before = Instant.now();
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        List<JsonObject> buckets = json.getCollection("buckets");
        assertEquals(2, buckets.size(), json.toJson());
        JsonObject orders = buckets.get(0);
        assertEquals("Orders.GetServiceStatus", orders.getString("bucket"));
        assertEquals(SELLER, orders.getString("sellerId"));
        assertEquals(2, orders.getInteger("maxQuota"));
        assertEquals(300_000L, orders.getLong("restorePeriodMillis"));
        assertEquals(0.0, orders.getDouble("available"), "the producer's call and the health check's took both");
        JsonObject sellersBucket = buckets.get(1);
        assertEquals("Sellers.GetServiceStatus", sellersBucket.getString("bucket"));
        assertEquals(0.0, sellersBucket.getDouble("available"), "two polls");

        List<JsonObject> consumers = json.getCollection("consumers");
        assertEquals(1, consumers.size(), "the producer route is no consumer");
        JsonObject c = consumers.get(0);
        assertEquals("sellers", c.getString("routeId"));
        assertEquals("Started", c.getString("state"));
        assertEquals(CHECKPOINT.toString(), c.getString("checkpoint"));
        assertTrue(c.getLong("checkpointLagSeconds") >= before.getEpochSecond() - CHECKPOINT.getEpochSecond());
        assertEquals(2L, c.getLong("polls"));
        assertEquals(1L, c.getLong("failedInARow"));
        JsonObject last = c.getMap("lastPoll");
        assertEquals("failed", last.getString("outcome"));
        assertEquals("ServiceUnavailable", last.getString("errorCode"));
        assertEquals(failedRequestId, last.getString("requestId"));

        List<JsonObject> statuses = json.getCollection("serviceStatus");
        assertEquals(1, statuses.size());
        assertEquals("Orders", statuses.get(0).getString("section"));
        assertEquals("GREEN", statuses.get(0).getString("status"));

        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        assertTrue(text.contains("Orders.GetServiceStatus (seller " + SELLER + " at 127.0.0.1:"), text);
        assertTrue(text.contains(": 0.00 of 2, restores 1 per 300 s"), text);
        assertTrue(text.contains("checkpoint: " + CHECKPOINT + " (lag "), text);
        assertTrue(text.contains("last poll: failed at "), text);
        assertTrue(text.contains("(ServiceUnavailable, RequestId " + failedRequestId + ")"), text);
        assertTrue(text.contains("Orders (seller " + SELLER + " at 127.0.0.1:"), text);
        String all = text + json.toJson();
        assertFalse(all.contains(SECRET) || all.contains("mEtRiCs"), all);

        double lag = meters.get(MwsMetrics.CHECKPOINT_LAG).tag("route", "sellers").gauge().value();
        assertTrue(lag >= before.getEpochSecond() - CHECKPOINT.getEpochSecond(), "lag " + lag);
        context.getRouteController().stopRoute("sellers");
        assertNull(meters.find(MwsMetrics.CHECKPOINT_LAG).gauge(), "a stopped consumer's gauge is removed");
    }
}
