package org.apache.camel.component.mws;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mws.support.MwsTestSupport;
import org.apache.camel.component.mws.support.StubResponse;
import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.component.mws.throttle.ThrottleTimeoutException;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsResponseHead;
import org.apache.camel.component.mws.transport.RequestPacer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pacing seam: every attempt goes through the component's pacer (unless throttling=false), which sees the
 * answers and decides whether a throttled call is sent again.
 */
class RequestPacerSeamTest extends MwsTestSupport {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private volatile boolean resendThrottled = true;
    private volatile boolean refuse;
    private volatile boolean timeOut;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MwsComponent mws = new MwsComponent();
        mws.setRequestPacer(new RequestPacer() {
            @Override
            public void beforeSend(MwsCall call) {
                events.add("before " + call.operationName() + " " + call.host() + " " + call.sellerId() + " "
                           + call.accessKeyId() + " " + call.operation().bucket() + " cost " + call.cost() + " wait "
                           + call.maxThrottleWait().toSeconds());
                if (timeOut) {
                    throw new ThrottleTimeoutException(new BucketKey(call.host(), call.sellerId(), call.accessKeyId(),
                            call.operation().bucket()), Duration.ofMinutes(3), call.maxThrottleWait());
                }
                if (refuse) {
                    throw new MwsThrottledException("no permit within " + call.maxThrottleWait(),
                            MwsError.noAnswer(call.operationName(), null));
                }
            }

            @Override
            public void afterResponse(MwsCall call, MwsResponseHead response) {
                events.add("after " + response.status() + " quota " + response.quotaRemaining());
            }

            @Override
            public boolean onThrottled(MwsCall call, MwsThrottledException exception) {
                events.add("throttled " + exception.getCode());
                return resendThrottled;
            }
        });
        context.addComponent("mws", mws);
        return context;
    }

    @Test
    void aThrottledCallIsSentAgainWhenThePacerSaysSo() {
        stub.enqueue(StubResponse.error(503, "Sender", "RequestThrottled", "Request is throttled")
                .withHeader("x-mws-quota-remaining", "0.0"));
        Exchange ex = send(uri("Products/GetMatchingProductForId", "marketplace=US", "maxThrottleWait=90s", "throttling=true"), null,
                Map.of(MwsConstants.PARAMETERS, Map.of("IdType", "ASIN", "IdList", List.of("B1", "B2", "B3"))));
        assertNull(ex.getException());
        assertEquals(2, stub.requests().size());
        String before = "before Products/GetMatchingProductForId " + hostOfStub() + " " + SELLER + " " + ACCESS_KEY
                        + " Products.GetMatchingProductForId cost 3 wait 90";
        assertEquals(List.of(before, "after 503 quota 0.0", "throttled RequestThrottled", before, "after 200 quota null"),
                events);
    }

    @Test
    void withoutAResendTheThrottledExceptionReachesTheRoute() {
        resendThrottled = false;
        stub.enqueue(StubResponse.error(503, "Sender", "RequestThrottled", "Request is throttled"));
        failure(send(uri("Orders/ListOrders", "marketplace=US", "throttling=true")), MwsThrottledException.class);
        assertEquals(1, stub.requests().size());
    }

    @Test
    void aPacerRefusingAPermitSendsNothing() {
        refuse = true;
        MwsThrottledException e = failure(send(uri("Orders/ListOrders", "marketplace=US", "maxThrottleWait=5s", "throttling=true")),
                MwsThrottledException.class);
        assertTrue(e.getMessage().contains("no permit within " + Duration.ofSeconds(5)), e.getMessage());
        assertEquals(0, stub.requests().size());
    }

    @Test
    void aThrottleTimeoutBecomesAThrottledException() {
        timeOut = true;
        MwsThrottledException e = failure(send(uri("Orders/ListOrders", "marketplace=US", "maxThrottleWait=5s", "throttling=true")),
                MwsThrottledException.class);
        assertTrue(e.getMessage().contains("Orders/ListOrders not sent"), e.getMessage());
        assertTrue(e.getCause() instanceof ThrottleTimeoutException);
        assertEquals(0, stub.requests().size());
    }

    @Test
    void throttlingFalseBypassesThePacer() {
        assertNull(send(uri("Orders/GetServiceStatus", "throttling=false")).getException());
        assertEquals(1, stub.requests().size());
        assertTrue(events.isEmpty(), events.toString());
    }
}
