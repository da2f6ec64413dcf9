package org.apache.camel.component.mws.health;

import java.time.Instant;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsEndpoint;
import org.apache.camel.component.mws.support.TestPollingConsumer;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheck.State;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.apache.camel.component.mws.health.MwsProducerHealthCheckTest.ACCESS_KEY;
import static org.apache.camel.component.mws.health.MwsProducerHealthCheckTest.SECRET;
import static org.apache.camel.component.mws.health.MwsProducerHealthCheckTest.SELLER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A polling consumer of an mws endpoint reports through Camel's consumer health check: UP while fewer than the
 * threshold of polls in a row failed, DOWN from it, with the MWS error code, HTTP status and RequestId of the last
 * failure, and UP again after a good poll. The polls are run by the test (no scheduler), against the simulator.
 */
class MwsConsumerHealthCheckTest extends CamelTestSupport {

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().marketplace(false)
            .serverThrottling(false).credentials(ACCESS_KEY, SECRET, SELLER).build();

    private final Map<String, TestPollingConsumer> consumers = new java.util.HashMap<>();

    @BeforeEach
    void resetSimulator() {
        SIM.simulator().reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthChecks.install(context);
        context.getComponent("mws", MwsComponent.class).setHealthCheckConsumerFailureThreshold(2);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(pollingEndpoint("status", SECRET)).routeId("status").to("mock:polled");
                from(pollingEndpoint("refused", WRONG_SECRET)).routeId("refused").to("mock:polled");
            }
        };
    }

    private static final String WRONG_SECRET = "WrOnGsEcReT/0123456789+abcdefghijklmnopq";

    private MwsEndpoint pollingEndpoint(String name, String secret) {
        MwsEndpoint endpoint = TestPollingConsumer.endpoint(context.getComponent("mws", MwsComponent.class), "Orders",
                SIM.simulator().httpBaseUrl(), ACCESS_KEY, secret, SELLER, Instant::now,
                consumer -> consumers.put(name, consumer));
        // GetServiceStatus has a bucket of 2 restoring every 5 minutes: these polls come faster, unpaced
        endpoint.getConfiguration().setThrottling(false);
        return endpoint;
    }

    private HealthCheck.Result health(String routeId) {
        return HealthChecks.onlyReadiness(context, "consumer:" + routeId);
    }

    @Test
    void downAfterRepeatedFailedPollsWithTheMwsDetails() {
        TestPollingConsumer consumer = consumers.get("status");
        assertInstanceOf(MwsConsumerHealthCheck.class, consumer.getHealthCheck());
        consumer.run();
        assertEquals(State.UP, health("status").getState(), "a good poll");

        SIM.simulator().faults().on("Orders", "GetServiceStatus")
                .next(Fault.SERVICE_UNAVAILABLE, Fault.INTERNAL_ERROR);
        consumer.run();
        HealthCheck.Result tolerated = health("status");
        assertEquals(State.UP, tolerated.getState(), "one failed poll is tolerated with a threshold of 2");
        assertEquals(1L, tolerated.getDetails().get(MwsConsumerHealthCheck.FAILURE_COUNT));
        assertEquals("ServiceUnavailable", tolerated.getDetails().get(MwsHealthDetails.ERROR_CODE));

        consumer.run();
        HealthCheck.Result down = health("status");
        assertEquals(State.DOWN, down.getState());
        Map<String, Object> details = down.getDetails();
        assertEquals(2L, details.get(MwsConsumerHealthCheck.FAILURE_COUNT));
        assertEquals(2, details.get(MwsConsumerHealthCheck.FAILURE_THRESHOLD));
        assertEquals("InternalError", details.get(MwsHealthDetails.ERROR_CODE));
        assertEquals(500, details.get(MwsHealthDetails.HTTP_STATUS));
        assertEquals("Orders/GetServiceStatus", details.get(MwsHealthDetails.OPERATION));
        var requests = SIM.simulator().requests().requests("Orders", "GetServiceStatus");
        assertEquals(requests.get(requests.size() - 1).requestId(), details.get(MwsHealthDetails.REQUEST_ID));
        assertTrue(down.getMessage().orElse("").contains("failed polling 2 times"), down.getMessage().orElse(""));
        assertTrue(down.getError().isPresent());

        consumer.run();
        HealthCheck.Result up = health("status");
        assertEquals(State.UP, up.getState(), "a good poll clears the failures");
        assertFalse(up.getDetails().containsKey(MwsHealthDetails.ERROR_CODE), up.getDetails().toString());
    }

    @Test
    void refusedCredentialsAreMarked() {
        TestPollingConsumer consumer = consumers.get("refused");
        consumer.run();
        consumer.run();
        HealthCheck.Result down = health("refused");
        assertEquals(State.DOWN, down.getState());
        assertEquals("SignatureDoesNotMatch", down.getDetails().get(MwsHealthDetails.ERROR_CODE));
        assertEquals(403, down.getDetails().get(MwsHealthDetails.HTTP_STATUS));
        assertEquals(Boolean.TRUE, down.getDetails().get(MwsHealthDetails.AUTHENTICATION_FAILED));
        assertFalse(String.valueOf(down.getDetails()).contains("WrOnGsEcReT"));
        assertFalse(down.getMessage().orElse("").contains("WrOnGsEcReT"));
    }
}
