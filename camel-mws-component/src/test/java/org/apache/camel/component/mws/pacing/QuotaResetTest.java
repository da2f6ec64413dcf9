package org.apache.camel.component.mws.pacing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsQuotaExceededException;
import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsResponseHead;
import org.apache.camel.component.mws.transport.RequestPacer;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.apache.camel.component.mws.support.SimulatorUris.own;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * QuotaExceeded is waited out: the request goes again once the hourly quota has reset, at the x-mws-quota-resetsOn
 * the answer gave, and not before. Time scale 3600: a simulated hour passes in one second.
 */
class QuotaResetTest extends CamelTestSupport {

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().timeScale(3600).sellers(1).build();

    /** The resetsOn of every QuotaExceeded the component saw. */
    private final List<Instant> resets = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MwsComponent mws = new MwsComponent();
        RequestPacer pacer = mws.getRequestPacer();
        mws.setRequestPacer(new RequestPacer() {
            @Override
            public void beforeSend(MwsCall call) throws InterruptedException {
                pacer.beforeSend(call);
            }

            @Override
            public void afterResponse(MwsCall call, MwsResponseHead response) {
                pacer.afterResponse(call, response);
            }

            @Override
            public boolean onThrottled(MwsCall call, MwsThrottledException exception) throws InterruptedException {
                if (exception instanceof MwsQuotaExceededException quota) {
                    resets.add(quota.getResetsOn());
                }
                return pacer.onThrottled(call, exception);
            }
        });
        context.addComponent("mws", mws);
        return context;
    }

    @Test
    void quotaExceededIsSentAgainOnceTheHourlyQuotaReset() {
        MwsSimulator sim = SIM.simulator();
        sim.reset();
        String seller = sim.accounts().sellers().get(0).sellerId();
        sim.faults().on("Reports", "GetReportCount").next(Fault.QUOTA_EXCEEDED);

        Exchange answer = template.request(own(sim, seller, "Reports/GetReportCount", "maxThrottleWait=5s"), e -> {
        });

        assertNull(answer.getException());
        List<RequestRecord> sent = sim.requests().requests("Reports", "GetReportCount");
        assertEquals(List.of("QuotaExceeded", "Success"), sent.stream().map(RequestRecord::outcome).toList());
        assertEquals(1, resets.size());
        Instant resetsOn = resets.get(0);
        assertNotNull(resetsOn);
        // the server's clock is the test's: the second request arrived once the hour had reset, and not before
        Instant resent = sent.get(1).time();
        assertFalse(resent.isBefore(resetsOn.minus(Duration.ofMillis(5))),
                "sent again at " + resent + ", the quota resets on " + resetsOn);
    }
}
