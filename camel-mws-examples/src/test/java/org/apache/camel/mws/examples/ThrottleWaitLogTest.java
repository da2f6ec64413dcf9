package org.apache.camel.mws.examples;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.transport.RequestPacer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log wrapper changes nothing of what the component's pacer decides, and tells when it waited or was throttled. */
class ThrottleWaitLogTest {

    @Test
    void delegatesEveryDecisionToTheWrappedPacer() throws Exception {
        List<String> calls = new ArrayList<>();
        RequestPacer pacer = new RequestPacer() {
            @Override
            public void beforeSend(org.apache.camel.component.mws.transport.MwsCall call) {
                calls.add("beforeSend");
            }

            @Override
            public boolean onThrottled(org.apache.camel.component.mws.transport.MwsCall call,
                                       org.apache.camel.component.mws.MwsThrottledException e) {
                calls.add("onThrottled");
                return true;
            }

            @Override
            public double availableUnits(org.apache.camel.component.mws.transport.MwsCall call) {
                return 4.5;
            }
        };
        ThrottleWaitLog log = new ThrottleWaitLog(pacer);
        log.beforeSend(null);
        assertEquals(List.of("beforeSend"), calls);
        assertEquals(4.5, log.availableUnits(null));
        assertTrue(new ThrottleWaitLog(RequestPacer.NONE).toString().contains("NONE"));
        assertFalse(Double.isFinite(new ThrottleWaitLog(RequestPacer.NONE).availableUnits(null)));
    }

    /**
     * Around the component's own pacer, as the application installs it: MWS throttles a GetOrder (a WARN line), the
     * emptied bucket restores in 10 MWS minutes - one second at the simulator's time scale 600 - and the request waits
     * for it (an INFO line) before it goes again.
     */
    @Test
    void tellsWhenTheComponentsPacerWaitedAndWhenMwsThrottled() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("org.apache.camel.mws.examples.Throttling");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try (MwsSimulator sim = MwsSimulator.builder().seed(3).sellers(1).timeScale(600).httpsPort(-1).start()) {
            CamelContext context = new DefaultCamelContext();
            MwsComponent mws = new MwsComponent();
            context.addComponent("mws", mws);
            mws.setRequestPacer(new ThrottleWaitLog(mws.getRequestPacer()));
            context.start();
            try (ProducerTemplate template = context.createProducerTemplate()) {
                String seller = sim.accounts().sellers().get(0).sellerId();
                DeveloperAccount dev = sim.accounts().developerOf(seller);
                sim.faults().on("Orders", "GetOrder").next(Fault.REQUEST_THROTTLED);
                Exchange answer = template.request("mws:Orders/GetOrder?endpoint=" + sim.httpBaseUrl()
                                                   + "&accessKeyId=" + dev.accessKeyId() + "&secretKey=RAW("
                                                   + dev.secretKey() + ")&sellerId=" + seller + "&timeScale=600"
                                                   + "&buckets.GetOrder.restorePeriod=10m"
                                                   + "&parameters.AmazonOrderId.Id.1=111-0000000-0000000", e -> {
                                                   });
                assertNull(answer.getException());
                assertEquals(List.of("RequestThrottled", "Success"),
                        sim.requests().requests("Orders", "GetOrder").stream().map(RequestRecord::outcome).toList());
                List<String> messages = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
                assertTrue(messages.contains("Seller " + seller + ": MWS throttled Orders/GetOrder (RequestThrottled);"
                                             + " it is sent again once the quota allows"), messages.toString());
                assertTrue(messages.stream().anyMatch(m -> m.matches("Seller " + seller
                                                                     + ": waited \\d+\\.\\d s for the Orders/GetOrder"
                                                                     + " quota")), messages.toString());
            } finally {
                context.stop();
            }
        } finally {
            logger.detachAppender(lines);
        }
    }
}
