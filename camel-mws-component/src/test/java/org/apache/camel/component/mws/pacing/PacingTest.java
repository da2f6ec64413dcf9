package org.apache.camel.component.mws.pacing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.MwsQuotaExceededException;
import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.throttle.ThrottleTimeoutException;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsResponseHead;
import org.apache.camel.component.mws.transport.RequestPacer;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.apache.camel.component.mws.support.SimulatorUris.own;
import static org.apache.camel.component.mws.support.SimulatorUris.thirdParty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Client-side throttling against the simulator's server-side throttling, both at time scale 600 (a one-minute restore
 * takes 100 ms): requests wait for their bucket instead of being throttled, each seller has its own buckets, and the
 * server's RequestThrottled and QuotaExceeded answers are waited out.
 */
class PacingTest extends CamelTestSupport {

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().timeScale(600).sellers(2)
            .ordersPerSeller(200).build();

    private MwsSimulator sim;
    private String seller;
    private String otherSeller;

    @BeforeEach
    void resetSimulator() {
        sim = SIM.simulator();
        sim.reset();
        seller = sim.accounts().sellers().get(0).sellerId();
        otherSeller = sim.accounts().sellers().get(1).sellerId();
    }

    /** 14 pages from a bucket of 6: eight of them wait for the restore, none is refused. */
    @Test
    void aSyncNeedingMoreRequestsThanTheBurstIsNeverThrottled() {
        int pages = listOrderPages(own(sim, seller, "Orders/ListOrders", "marketplace=US"), 14);
        assertEquals(14, pages);
        assertEquals(14, sim.requests().requests(r -> r.action().startsWith("ListOrders")).size());
        assertEquals(0, sim.requests().throttled(), sim.requests().countsByOutcome().toString());
        assertEquals(14, sim.requests().count("Success"));
    }

    /**
     * The contrast: twelve requests at once, unpaced, for GetServiceStatus's bucket of two (restoring one request
     * every 0.5 s at this time scale) run into the server's throttling.
     */
    @Test
    void withoutThrottlingABurstBeyondTheBucketIsRefused() throws Exception {
        String uri = own(sim, seller, "Orders/GetServiceStatus", "throttling=false", "maxRetries=0");
        template.request(uri, e -> {
        }); // connects and warms up; the bucket has 1 left
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Exchange>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return template.request(uri, e -> {
                    });
                }));
            }
            go.countDown();
            int refused = 0;
            for (Future<Exchange> answer : answers) {
                if (answer.get(30, TimeUnit.SECONDS).getException() instanceof MwsThrottledException) {
                    refused++;
                }
            }
            assertTrue(refused > 0, "refused " + refused);
            assertEquals(refused, sim.requests().throttled());
        } finally {
            pool.shutdownNow();
        }
    }

    /** GetOrder restores one request every 10 MWS minutes here (1 s at this time scale). */
    @Test
    void requestThrottledEmptiesTheBucketAndTheRequestIsSentAgain() {
        sim.faults().on("Orders", "GetOrder").next(Fault.REQUEST_THROTTLED);
        String uri = own(sim, seller, "Orders/GetOrder", "parameters.AmazonOrderId.Id.1=111-0000000-0000000",
                "buckets.GetOrder.restorePeriod=10m");
        assertNull(template.request(uri, e -> {
        }).getException());
        assertEquals(List.of("RequestThrottled", "Success"),
                sim.requests().requests("Orders", "GetOrder").stream().map(RequestRecord::outcome).toList());
        // the bucket of 6 is empty now: a request that may not wait is not sent
        Exchange refused = template.request(uri + "&maxThrottleWait=0", e -> {
        });
        ThrottleTimeoutException timeout = assertInstanceOf(ThrottleTimeoutException.class,
                assertInstanceOf(MwsThrottledException.class, refused.getException()).getCause());
        assertTrue(timeout.getRequiredWait().compareTo(Duration.ofMillis(1100)) <= 0, timeout.getMessage());
        assertEquals(2, sim.requests().requests("Orders", "GetOrder").size());
    }

    @Test
    void quotaExceededWaitsUntilTheQuotaResets() {
        sim.faults().on("Reports", "GetReportCount").next(Fault.QUOTA_EXCEEDED);
        Exchange refused = template.request(own(sim, seller, "Reports/GetReportCount", "maxThrottleWait=0"), e -> {
        });
        // the answer said when the hourly quota resets (a scaled hour is 6 s): the re-send waits for that moment,
        // longer than this endpoint lets it, so the server's answer is the exchange's failure
        MwsQuotaExceededException e = assertInstanceOf(MwsQuotaExceededException.class, refused.getException());
        assertEquals("QuotaExceeded", e.getCode());
        MwsThrottledException notSent = assertInstanceOf(MwsThrottledException.class, e.getSuppressed()[0]);
        ThrottleTimeoutException timeout = assertInstanceOf(ThrottleTimeoutException.class, notSent.getCause());
        assertTrue(timeout.getRequiredWait().compareTo(Duration.ofSeconds(7)) < 0, timeout.getMessage());
        assertEquals(List.of("QuotaExceeded"),
                sim.requests().requests("Reports", "GetReportCount").stream().map(RequestRecord::outcome).toList());
    }

    /**
     * Two sellers of one developer: spending one seller's bucket leaves the other's untouched. (The client's buckets
     * restore once an hour here, so that only the burst counts, however slowly the requests travel.)
     */
    @Test
    void eachSellerHasItsOwnBucket() {
        String first = thirdParty(sim, seller, "Orders/GetOrder", "parameters.AmazonOrderId.Id.1=1",
                "maxThrottleWait=0", "buckets.GetOrder.restorePeriod=1h");
        String second = thirdParty(sim, otherSeller, "Orders/GetOrder", "parameters.AmazonOrderId.Id.1=1",
                "maxThrottleWait=0", "buckets.GetOrder.restorePeriod=1h");
        for (int i = 0; i < 6; i++) {
            assertNull(template.request(first, e -> {
            }).getException());
        }
        assertInstanceOf(MwsThrottledException.class, template.request(first, e -> {
        }).getException());
        for (int i = 0; i < 6; i++) {
            assertNull(template.request(second, e -> {
            }).getException(), "the other seller's request " + i + " goes at once");
        }
        assertEquals(12, sim.requests().count("Success"));
        assertEquals(0, sim.requests().throttled());
    }

    /**
     * The client is told an hourly quota of 5 for GetReportCount; the server's first answer says 80
     * ({@code x-mws-quota-max}): the client takes the server's figure, and eight requests go at once.
     */
    @Test
    void theQuotaHeadersOfTheServerCorrectTheHourlyQuota() {
        String uri = own(sim, seller, "Reports/GetReportCount", "maxThrottleWait=0",
                "buckets.GetReportCount.hourlyQuota=5");
        for (int i = 0; i < 8; i++) {
            Exchange answer = template.request(uri, e -> {
            });
            assertNull(answer.getException(), "request " + i);
            assertEquals(80.0, answer.getMessage().getHeader(MwsConstants.QUOTA_MAX));
        }
        assertEquals(8, sim.requests().count("Success"));
    }

    /**
     * One connection for the whole component: a request waiting for its bucket does not hold it, so a request of
     * another bucket sent meanwhile is answered before the waiting one is sent.
     */
    @Test
    void aRequestWaitingForItsBucketHoldsNoConnection() throws Exception {
        MwsComponent single = new MwsComponent();
        single.setMaxConnections(1);
        RequestPacer pacer = single.getRequestPacer();
        CountDownLatch waiting = new CountDownLatch(1);
        single.setRequestPacer(new RequestPacer() {
            @Override
            public void beforeSend(MwsCall call) throws InterruptedException {
                if ("GetOrder".equals(call.action().name()) && pacer.availableUnits(call) < 1) {
                    waiting.countDown();
                }
                pacer.beforeSend(call);
            }

            @Override
            public void afterResponse(MwsCall call, MwsResponseHead response) {
                pacer.afterResponse(call, response);
            }

            @Override
            public boolean onThrottled(MwsCall call, MwsThrottledException exception) throws InterruptedException {
                return pacer.onThrottled(call, exception);
            }
        });
        context.addComponent("mwsone", single);
        // a bucket of one restoring in 5 MWS minutes (0.5 s here): the second GetOrder waits
        String getOrder = own(sim, seller, "Orders/GetOrder", "parameters.AmazonOrderId.Id.1=1",
                "buckets.GetOrder.maxQuota=1", "buckets.GetOrder.restorePeriod=5m").replaceFirst("^mws:", "mwsone:");
        String status = own(sim, seller, "Sellers/GetServiceStatus").replaceFirst("^mws:", "mwsone:");
        assertNull(template.request(getOrder, e -> {
        }).getException());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Exchange> waited = pool.submit(() -> template.request(getOrder, e -> {
            }));
            assertTrue(waiting.await(10, TimeUnit.SECONDS), "the second GetOrder waits for its bucket");
            assertNull(template.request(status, e -> {
            }).getException());
            assertNull(waited.get(30, TimeUnit.SECONDS).getException());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("GetOrder", "GetServiceStatus", "GetOrder"),
                sim.requests().requests().stream().map(RequestRecord::action).toList());
    }

    @Test
    void anEndpointOverridesTheBucketOfAnAction() {
        String uri = own(sim, seller, "Orders/GetOrder", "parameters.AmazonOrderId.Id.1=1", "maxThrottleWait=0",
                "buckets.GetOrder.maxQuota=2", "buckets.GetOrder.restorePeriod=1h");
        assertNull(template.request(uri, e -> {
        }).getException());
        assertNull(template.request(uri, e -> {
        }).getException());
        Exchange third = template.request(uri, e -> {
        });
        assertInstanceOf(ThrottleTimeoutException.class, third.getException().getCause());
        assertEquals(2, sim.requests().count("Success"));
    }

    @Test
    void badBucketOptionsAreNamedAtStartUp() throws Exception {
        for (String[] bad : new String[][] {
                { "buckets.GetOrders.maxQuota=2", "buckets.GetOrders: 'GetOrders' is neither an action" },
                { "buckets.GetOrder.burst=2", "buckets.GetOrder.burst: unknown field 'burst'" },
                { "buckets.GetOrder.maxQuota=0", "buckets.Orders.GetOrder: maxQuota must be at least 1" },
                { "buckets.GetOrder.restorePeriod=soon", "buckets.GetOrder.restorePeriod: 'soon' is not a duration" },
                { "buckets.Orders.ListOrderItems.maxQuota=x", "buckets.Orders.ListOrderItems.maxQuota: 'x' is not" } }) {
            String uri = own(sim, seller, "Orders/GetOrder", bad[0]);
            Exception e = assertThrows(FailedToCreateRouteException.class, () -> context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:bad-" + bad[0].hashCode()).to(uri);
                }
            }));
            String message = messages(e);
            assertTrue(message.contains(bad[1]), message);
        }
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private Exchange listOrders(String uri) {
        return template.request(uri, e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of(
                "CreatedAfter", Instant.now().minus(Duration.ofDays(1)), "MaxResultsPerPage", 10)));
    }

    /** Follows the listing page by page through the NextToken header, as a route would. */
    private int listOrderPages(String uri, int max) {
        Exchange page = listOrders(uri);
        int pages = 1;
        while (page.getException() == null && pages < max
               && page.getMessage().getHeader(MwsConstants.NEXT_TOKEN) != null) {
            String token = page.getMessage().getHeader(MwsConstants.NEXT_TOKEN, String.class);
            page = template.request(uri, e -> e.getMessage().setHeader(MwsConstants.NEXT_TOKEN, token));
            pages++;
        }
        assertNull(page.getException());
        return pages;
    }
}
