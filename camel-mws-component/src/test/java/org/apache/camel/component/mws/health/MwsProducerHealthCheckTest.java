package org.apache.camel.component.mws.health;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheck.State;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.http.ServiceStatusBoard.Status;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The producer health check against the simulator: each GetServiceStatus answer (GREEN, YELLOW, RED), refused
 * credentials, 503s and throttling give the state and details an operator needs, and probes stay within the
 * GetServiceStatus quota.
 */
class MwsProducerHealthCheckTest extends CamelTestSupport {

    static final String ACCESS_KEY = "AKIAHEALTHCHECKKEY01";
    static final String SECRET = "hEaLtH/cHeCk+SeCrEtKeY0123456789abcdefgh";
    static final String SELLER = "A1HEALTHSELLER";

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().marketplace(false)
            .credentials(ACCESS_KEY, SECRET, SELLER).build();

    @BeforeEach
    void resetSimulator() {
        sim().reset();
    }

    static MwsSimulator sim() {
        return SIM.simulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthChecks.install(context);
        return context;
    }

    private static String uri(String sectionAndAction, String secret) {
        return "mws:" + sectionAndAction + "?endpoint=" + sim().httpBaseUrl() + "&accessKeyId=" + ACCESS_KEY
               + "&secretKey=RAW(" + secret + ")&sellerId=" + SELLER;
    }

    private void producer(String routeId, String sectionAndAction, String secret) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + routeId).routeId(routeId).to(uri(sectionAndAction, secret));
            }
        });
    }

    private HealthCheck.Result check() {
        return HealthChecks.onlyReadiness(context, "producer:mws-");
    }

    private static long statusCalls(String section) {
        return sim().requests().requests(section, "GetServiceStatus").size();
    }

    @Test
    void greenIsUpAndOneStatusCallServesManyProbes() throws Exception {
        producer("orders", "Orders/GetOrder", SECRET);
        HealthCheck.Result result = check();
        assertEquals(State.UP, result.getState(), () -> result.getMessage().orElse(""));
        Map<String, Object> details = result.getDetails();
        assertEquals("GREEN", details.get(MwsProducerHealthCheck.SERVICE_STATUS));
        assertEquals("Orders", details.get(MwsProducerHealthCheck.SECTION));
        assertEquals(sim().requests().requests("Orders", "GetServiceStatus").get(0).requestId(),
                details.get(MwsHealthDetails.REQUEST_ID), "the RequestId of the status answer");
        assertNotNull(details.get(MwsProducerHealthCheck.SERVICE_STATUS_TIMESTAMP));

        for (int i = 0; i < 5; i++) {
            assertEquals(State.UP, check().getState());
        }
        assertEquals(1, statusCalls("Orders"), "probes reuse the answer within the GetServiceStatus quota");
        assertTrue(HealthChecks.liveness(context, "producer:mws-").isEmpty(),
                "an MWS outage is no reason to restart: readiness only");
    }

    @Test
    void producersOfOneSectionAndAccountShareOneStatusCall() throws Exception {
        producer("order", "Orders/GetOrder", SECRET);
        producer("orders", "Orders/ListOrders", SECRET);
        producer("sellers", "Sellers/ListMarketplaceParticipations", SECRET);
        sim().serviceStatus().set("Sellers", Status.RED);
        var results = HealthChecks.readiness(context, "producer:mws-");
        assertEquals(3, results.size());
        for (HealthCheck.Result r : results) {
            boolean sellers = "Sellers".equals(r.getDetails().get(MwsProducerHealthCheck.SECTION));
            assertEquals(sellers ? State.DOWN : State.UP, r.getState(), r.getDetails().toString());
        }
        assertEquals(1, statusCalls("Orders"));
        assertEquals(1, statusCalls("Sellers"));
    }

    @Test
    void yellowIsUpWithTheMessageOfMws() throws Exception {
        sim().serviceStatus().set("Orders", Status.YELLOW);
        producer("orders", "Orders/ListOrders", SECRET);
        HealthCheck.Result result = check();
        assertEquals(State.UP, result.getState(), "elevated error rates: the service still works");
        assertEquals("YELLOW", result.getDetails().get(MwsProducerHealthCheck.SERVICE_STATUS));
        assertTrue(String.valueOf(result.getDetails().get(MwsProducerHealthCheck.SERVICE_MESSAGE))
                .contains("elevated error rates"), result.getDetails().toString());
        assertNotNull(result.getDetails().get(MwsProducerHealthCheck.SERVICE_MESSAGE_ID));
    }

    @Test
    void redIsDown() throws Exception {
        sim().serviceStatus().set("Reports", Status.RED);
        producer("reports", "Reports/GetReportList", SECRET);
        HealthCheck.Result result = check();
        assertEquals(State.DOWN, result.getState());
        assertEquals("RED", result.getDetails().get(MwsProducerHealthCheck.SERVICE_STATUS));
        assertTrue(result.getMessage().orElse("").startsWith("MWS Reports is RED: The Reports service is unavailable"),
                result.getMessage().orElse(""));
    }

    @Test
    void refusedCredentialsAreDownWithTheCodeAndRequestId() throws Exception {
        String wrongSecret = "WrOnGsEcReT/0123456789+abcdefghijklmnopq";
        producer("orders", "Orders/GetOrder", wrongSecret);
        HealthCheck.Result result = check();
        assertEquals(State.DOWN, result.getState());
        Map<String, Object> details = result.getDetails();
        assertEquals("SignatureDoesNotMatch", details.get(MwsHealthDetails.ERROR_CODE));
        assertEquals(403, details.get(MwsHealthDetails.HTTP_STATUS));
        assertEquals(Boolean.TRUE, details.get(MwsHealthDetails.AUTHENTICATION_FAILED));
        assertEquals(sim().requests().requests("Orders", "GetServiceStatus").get(0).requestId(),
                details.get(MwsHealthDetails.REQUEST_ID));
        assertNotNull(details.get(MwsHealthDetails.TIMESTAMP));
        assertTrue(result.getMessage().orElse("").startsWith("MWS refused the credentials (SignatureDoesNotMatch)"),
                result.getMessage().orElse(""));
        String shown = result.getMessage().orElse("") + details + result.getError().map(Throwable::toString);
        assertFalse(shown.contains(wrongSecret) || shown.contains("WrOnGsEcReT"), shown);
        assertEquals(1, statusCalls("Orders"), "refused credentials are not retried");
    }

    @Test
    void serviceUnavailableIsDownWithTheCode() throws Exception {
        sim().faults().on("Orders", "GetServiceStatus").next(Fault.SERVICE_UNAVAILABLE, Fault.SERVICE_UNAVAILABLE);
        producer("orders", "Orders/GetOrder", SECRET);
        HealthCheck.Result result = check();
        assertEquals(State.DOWN, result.getState());
        assertEquals("ServiceUnavailable", result.getDetails().get(MwsHealthDetails.ERROR_CODE));
        assertEquals(503, result.getDetails().get(MwsHealthDetails.HTTP_STATUS));
        assertEquals(sim().requests().requests("Orders", "GetServiceStatus").get(1).requestId(),
                result.getDetails().get(MwsHealthDetails.REQUEST_ID), "the RequestId of the last attempt");
        assertEquals(2, statusCalls("Orders"), "one retry, within the burst of GetServiceStatus");
        assertEquals(State.DOWN, check().getState());
        assertEquals(2, statusCalls("Orders"), "the failure is reused like a status");
    }

    @Test
    void oneServiceUnavailableIsRetriedOnce() throws Exception {
        sim().faults().on("Orders", "GetServiceStatus").next(Fault.SERVICE_UNAVAILABLE);
        producer("orders", "Orders/GetOrder", SECRET);
        assertEquals(State.UP, check().getState());
        assertEquals(2, statusCalls("Orders"));
    }

    @Test
    void throttledBeforeAnyStatusIsUnknown() throws Exception {
        sim().faults().on("Orders", "GetServiceStatus").next(Fault.REQUEST_THROTTLED);
        producer("orders", "Orders/GetOrder", SECRET);
        HealthCheck.Result result = check();
        assertEquals(State.UNKNOWN, result.getState(), () -> result.getMessage().orElse(""));
        assertEquals("RequestThrottled", result.getDetails().get(MwsHealthDetails.ERROR_CODE));
        assertEquals(1, statusCalls("Orders"), "throttling is not retried by the probe");
    }

    @Test
    void disabledProducerChecksAskNothing() throws Exception {
        context.getComponent("mws", MwsComponent.class).setHealthCheckProducerEnabled(false);
        producer("orders", "Orders/GetOrder", SECRET);
        HealthCheck.Result result = check();
        assertEquals(State.UNKNOWN, result.getState());
        assertEquals(0, statusCalls("Orders"));
    }
}
