package org.apache.camel.component.mws.monitor;

import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.apache.camel.component.mws.monitor.MwsMetricsTest.ACCESS_KEY;
import static org.apache.camel.component.mws.monitor.MwsMetricsTest.SECRET;
import static org.apache.camel.component.mws.monitor.MwsMetricsTest.SELLER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Without a MeterRegistry in the Camel registry the component records no metrics (and needs none), while the bucket
 * levels the dev console shows are still kept.
 */
class MwsMetricsAbsentTest extends CamelTestSupport {

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().marketplace(false)
            .serverThrottling(false).credentials(ACCESS_KEY, SECRET, SELLER).build();

    @Test
    void noRegistryNoMetrics() {
        assertNull(template.request("mws:Orders/GetServiceStatus?endpoint=" + SIM.simulator().httpBaseUrl()
                                    + "&accessKeyId=" + ACCESS_KEY + "&secretKey=RAW(" + SECRET + ")&sellerId=" + SELLER,
                e -> {
                }).getException());
        MwsComponent mws = context.getComponent("mws", MwsComponent.class);
        assertSame(mws.getBucketLevels(), mws.getTransportListener(), "only the bucket levels observe the transport");
        assertSame(CheckpointLag.NONE, mws.getCheckpointLag());
        assertEquals(1, mws.getBucketLevels().levels().size());
        assertEquals("Orders.GetServiceStatus", mws.getBucketLevels().levels().get(0).key().bucket());
    }
}
