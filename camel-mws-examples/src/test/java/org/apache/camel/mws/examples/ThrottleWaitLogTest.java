package org.apache.camel.mws.examples;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.component.mws.transport.RequestPacer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log wrapper changes nothing of what the component's pacer decides. */
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
}
