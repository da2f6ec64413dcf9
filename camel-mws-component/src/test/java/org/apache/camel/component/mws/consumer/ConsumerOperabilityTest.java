package org.apache.camel.component.mws.consumer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.health.HealthChecks;
import org.apache.camel.component.mws.health.MwsConsumerHealthCheck;
import org.apache.camel.component.mws.health.MwsHealthDetails;
import org.apache.camel.component.mws.monitor.MwsMetrics;
import org.apache.camel.component.mws.monitor.PollOutcome;
import org.apache.camel.component.mws.support.LogCapture;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheck.State;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Orders/ListOrders consumer as an operator sees it, polled by the test against the simulator: Camel's consumer
 * health check (DOWN from the third failed poll in a row, with the MWS error code and RequestId of the last failure),
 * one INFO line per poll, the dev console's checkpoint and last poll, and the checkpoint lag gauge.
 */
class ConsumerOperabilityTest extends ConsumerTestSupport {

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().httpsPort(-1).sellers(1).seed(5)
            .ordersPerSeller(20).timeScale(600).marketSettings(s -> s.withNewOrdersPerHour(0)).build();

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private MwsConsumer consumer;

    @Override
    protected MwsSimulator simulator() {
        return SIM.simulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setDevConsole(true);
        context.getRegistry().bind("metricsRegistry", meters);
        HealthChecks.install(context);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        SellerAccount seller = simulator().seller();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(listOrders(seller, "initialStart=P2D", "startScheduler=false", "maxRetries=0"))
                        .routeId("orders").to("mock:orders");
            }
        };
    }

    private HealthCheck.Result health() {
        return HealthChecks.onlyReadiness(context, "consumer:orders");
    }

    private JsonObject consoleEntry() {
        DevConsole console = DevConsoleRegistry.get(context).resolveById("mws");
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        List<JsonObject> consumers = json.getCollection("consumers");
        assertEquals(1, consumers.size());
        return consumers.get(0);
    }

    private String lastListOrdersRequestId() {
        List<RequestRecord> requests = simulator().requests().requests("Orders", "ListOrders");
        return requests.get(requests.size() - 1).requestId();
    }

    @Test
    void healthLogsConsoleAndLagOfARealConsumer() throws Exception {
        simulator().reset();
        consumer = assertInstanceOf(MwsConsumer.class, context.getRoute("orders").getConsumer());
        assertInstanceOf(MwsConsumerHealthCheck.class, consumer.getHealthCheck());
        Instant firstCheckpoint = consumer.getPollMonitor().getCheckpoint();
        assertNotNull(firstCheckpoint, "restored from initialStart before the first poll");

        simulator().faults().on("Orders", "ListOrders").next(Fault.SERVICE_UNAVAILABLE, Fault.SERVICE_UNAVAILABLE,
                Fault.INTERNAL_ERROR);
        consumer.run();
        assertEquals(State.UP, health().getState(), "one failed poll is tolerated");
        consumer.run();
        assertEquals(State.UP, health().getState(), "two are tolerated");
        consumer.run();
        HealthCheck.Result down = health();
        assertEquals(State.DOWN, down.getState(), "the third failed poll in a row");
        assertEquals("InternalError", down.getDetails().get(MwsHealthDetails.ERROR_CODE));
        assertEquals(500, down.getDetails().get(MwsHealthDetails.HTTP_STATUS));
        assertEquals(lastListOrdersRequestId(), down.getDetails().get(MwsHealthDetails.REQUEST_ID));
        assertEquals(3L, down.getDetails().get(MwsConsumerHealthCheck.FAILURE_COUNT));

        JsonObject failed = consoleEntry().getMap("lastPoll");
        assertEquals("failed", failed.getString("outcome"));
        assertEquals("InternalError", failed.getString("errorCode"));
        assertEquals(lastListOrdersRequestId(), failed.getString("requestId"));
        assertEquals(firstCheckpoint.toString(), consoleEntry().getString("checkpoint"), "failed polls keep it");

        List<ILoggingEvent> info;
        try (LogCapture logs = new LogCapture(Level.INFO, "org.apache.camel.component.mws")) {
            consumer.run();
            info = logs.events().stream().filter(e -> e.getLoggerName().startsWith("org.apache.camel.component.mws"))
                    .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO)).toList();
        }
        assertEquals(State.UP, health().getState(), "a good poll");
        PollOutcome last = consumer.getPollMonitor().getLastPoll();
        assertTrue(last.succeeded());
        assertTrue(last.records() > 0, "the orders of two days");
        assertEquals(last.records(), getMockEndpoint("mock:orders").getReceivedCounter());
        assertEquals(1, info.size(), "one INFO line for the poll: " + info);
        assertTrue(info.get(0).getFormattedMessage().startsWith("mws:Orders/ListOrders (route orders) polled: "
                                                                + last.records() + " records in "),
                info.get(0).getFormattedMessage());

        JsonObject entry = consoleEntry();
        Instant checkpoint = consumer.getPollMonitor().getCheckpoint();
        assertTrue(checkpoint.isAfter(firstCheckpoint), "the window was committed");
        assertEquals(checkpoint.toString(), entry.getString("checkpoint"));
        JsonObject lastPoll = entry.getMap("lastPoll");
        assertEquals("success", lastPoll.getString("outcome"));
        assertEquals(last.records(), lastPoll.getInteger("records"));

        double lag = meters.get(MwsMetrics.CHECKPOINT_LAG).tag("route", "orders").gauge().value();
        assertTrue(lag >= 0 && lag < 2 * 24 * 3600, "now minus a checkpoint near now: " + lag);
        assertEquals(3, (long) meters.find(MwsMetrics.REQUESTS).tag("action", "ListOrders").timers().stream()
                .filter(t -> !"success".equals(t.getId().getTag("outcome"))).mapToLong(t -> t.count()).sum());
    }
}
