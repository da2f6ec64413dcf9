package org.apache.camel.component.mws.monitor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.spi.SimResponse;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scripted run against the simulator, then the value of every meter: requests by outcome, 503s by code, retries,
 * throttle waits, bucket tokens and bytes moved.
 */
class MwsMetricsTest extends CamelTestSupport {

    static final String ACCESS_KEY = "AKIAMETRICSTESTKEY01";
    static final String SECRET = "mEtRiCs/TeSt+SeCrEtKeY0123456789abcdefgh";
    static final String SELLER = "A1METRICSSELLER";
    static final byte[] REPORT = report();
    static final String FEED = "<?xml version=\"1.0\"?><AmazonEnvelope><Message>inventory</Message></AmazonEnvelope>";

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().marketplace(false)
            .serverThrottling(false).credentials(ACCESS_KEY, SECRET, SELLER)
            .handler("Reports", "GetReport", r -> new SimResponse.RawBody("text/plain;charset=UTF-8", REPORT.length,
                    md5(REPORT), out -> out.write(REPORT)))
            .handler("Feeds", "SubmitFeed", r -> new SimResponse.XmlResult("<FeedSubmissionInfo>"
                                                                          + "<FeedSubmissionId>4711</FeedSubmissionId>"
                                                                          + "<FeedType>_POST_INVENTORY_AVAILABILITY_DATA_</FeedType>"
                                                                          + "<SubmittedDate>2017-02-01T12:00:00Z</SubmittedDate>"
                                                                          + "<FeedProcessingStatus>_SUBMITTED_</FeedProcessingStatus>"
                                                                          + "</FeedSubmissionInfo>"))
            .build();

    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("metricsRegistry", meters);
        MwsComponent mws = new MwsComponent();
        mws.setRequestPacer(new TestPacer());
        context.addComponent("mws", mws);
        return context;
    }

    private static String uri(String sectionAndAction, String... options) {
        StringBuilder sb = new StringBuilder("mws:" + sectionAndAction + "?endpoint=" + SIM.simulator().httpBaseUrl()
                                             + "&accessKeyId=" + ACCESS_KEY + "&secretKey=RAW(" + SECRET + ")&sellerId="
                                             + SELLER + "&retryBackoff=10&retryJitter=0");
        for (String o : options) {
            sb.append('&').append(o);
        }
        return sb.toString();
    }

    @Test
    void metersAfterAScriptedRun() throws Exception {
        SIM.simulator().reset();
        // two good calls of Orders
        assertNull(template.request(uri("Orders/GetServiceStatus"), e -> {
        }).getException());
        assertNull(template.request(uri("Orders/GetServiceStatus"), e -> {
        }).getException());
        // a 503 ServiceUnavailable, retried, then good
        SIM.simulator().faults().on("Sellers", "GetServiceStatus").next(Fault.SERVICE_UNAVAILABLE);
        assertNull(template.request(uri("Sellers/GetServiceStatus"), e -> {
        }).getException());
        // a 503 RequestThrottled: not retried without a pacer that waits it out
        SIM.simulator().faults().on("Products", "GetServiceStatus").next(Fault.REQUEST_THROTTLED);
        Exchange throttled = template.request(uri("Products/GetServiceStatus"), e -> {
        });
        assertInstanceOf(MwsThrottledException.class, throttled.getException());
        // a report received and a feed sent
        Exchange report = template.request(uri("Reports/GetReport", "parameters.ReportId=42", "reportOutput=stream"),
                e -> {
                });
        assertNull(report.getException());
        assertEquals(new String(REPORT, StandardCharsets.UTF_8), report.getMessage().getBody(String.class));
        Exchange feed = template.request(uri("Feeds/SubmitFeed", "feedType=_POST_INVENTORY_AVAILABILITY_DATA_"),
                e -> e.getMessage().setBody(FEED));
        assertNull(feed.getException());

        assertEquals(2, requests("Orders", "GetServiceStatus", "success"));
        assertEquals(1, requests("Sellers", "GetServiceStatus", "ServiceUnavailable"));
        assertEquals(1, requests("Sellers", "GetServiceStatus", "success"));
        assertEquals(1, requests("Products", "GetServiceStatus", "RequestThrottled"));
        assertEquals(1, requests("Reports", "GetReport", "success"));
        assertEquals(1, requests("Feeds", "SubmitFeed", "success"));
        assertEquals(7, meters.find(MwsMetrics.REQUESTS).timers().stream().mapToLong(t -> t.count()).sum(),
                "every HTTP attempt, once");

        assertEquals(1.0, meters.get(MwsMetrics.RESPONSES_503).tag("code", "ServiceUnavailable").counter().count());
        assertEquals(1.0, meters.get(MwsMetrics.RESPONSES_503).tag("code", "RequestThrottled").counter().count());
        assertEquals(2, meters.find(MwsMetrics.RESPONSES_503).counters().size());

        assertEquals(1.0, meters.get(MwsMetrics.RETRIES).tags("section", "Sellers", "reason", "ServiceUnavailable")
                .counter().count());
        assertEquals(1, meters.find(MwsMetrics.RETRIES).counters().size());

        assertEquals(2, meters.get(MwsMetrics.THROTTLE_WAIT).tags("bucket", "Orders.GetServiceStatus").timer().count());
        assertEquals(2, meters.get(MwsMetrics.THROTTLE_WAIT).tags("bucket", "Sellers.GetServiceStatus").timer().count(),
                "the retry waited for its permit too");

        assertEquals(0.0, tokens("Orders.GetServiceStatus"), "burst of 2, two requests, nothing restored");
        assertEquals(0.0, tokens("Sellers.GetServiceStatus"));
        assertEquals(1.0, tokens("Products.GetServiceStatus"));
        assertEquals(14.0, tokens("Reports.GetReport"), "burst of 15");
        assertEquals(14.0, tokens("Feeds.SubmitFeed"));

        assertEquals(REPORT.length, meters.get(MwsMetrics.BYTES).tags("action", "GetReport", "direction", "received")
                .counter().count());
        assertEquals(FEED.getBytes(StandardCharsets.UTF_8).length, meters.get(MwsMetrics.BYTES)
                .tags("action", "SubmitFeed", "direction", "sent").counter().count());
        assertEquals(2, meters.find(MwsMetrics.BYTES).counters().size());

        for (Meter m : meters.getMeters()) {
            String id = m.getId().toString();
            assertTrue(!id.contains(SECRET) && !id.contains(ACCESS_KEY), id);
        }
    }

    private long requests(String section, String action, String outcome) {
        return meters.get(MwsMetrics.REQUESTS).tags("section", section, "action", action, "outcome", outcome).timer()
                .count();
    }

    private double tokens(String bucket) {
        return meters.get(MwsMetrics.THROTTLE_TOKENS).tags("bucket", bucket, "seller", SELLER).gauge().value();
    }

    private static byte[] report() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("sku\tasin\tprice\tquantity\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 500; i++) {
            out.writeBytes(("SKU-" + i + "\tB00" + i + "\t" + (i % 90 + 10) + ".99\t" + i % 7 + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static String md5(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
