package org.apache.camel.component.mws.paging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.MwsEndpoint;
import org.apache.camel.component.mws.MwsNextTokenCorruptedException;
import org.apache.camel.component.mws.MwsResultFormat;
import org.apache.camel.component.mws.ResponseInterpreter;
import org.apache.camel.component.mws.model.orders.ListOrdersResult;
import org.apache.camel.component.mws.model.orders.Order;
import org.apache.camel.component.mws.model.reports.GetReportRequestListResult;
import org.apache.camel.component.mws.model.reports.ReportRequestInfo;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.apache.camel.component.mws.support.SimulatorUris.own;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paging against the simulator: the producer's paginate=true for NextToken (Orders) and HasNext (Reports) listings, a
 * route paging by itself with the NextToken and HasNext headers, and NextTokenCorrupted in the middle of a listing.
 */
class PagingTest extends CamelTestSupport {

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().timeScale(600).ordersPerSeller(120)
            .marketSettings(s -> s.withNewOrdersPerHour(0)).build();

    private static final Instant SINCE = Instant.now().minus(Duration.ofDays(1));

    private MwsSimulator sim;
    private String seller;

    @BeforeEach
    void resetSimulator() {
        sim = SIM.simulator();
        sim.reset();
        seller = sim.sellerId();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pages")
                        .setHeader(MwsConstants.HAS_NEXT, constant(true))
                        .setProperty("orders", () -> new ArrayList<Order>())
                        .loopDoWhile(simple("${header.CamelMwsHasNext} == true"))
                            .to(own(SIM.simulator(), SIM.simulator().sellerId(), "Orders/ListOrders", "marketplace=US"))
                            .process(e -> e.getProperty("orders", List.class)
                                    .addAll(e.getMessage().getBody(ListOrdersResult.class).getOrders()))
                        .end()
                        .setBody(exchangeProperty("orders"));
            }
        };
    }

    private Map<String, Object> ordersSince() {
        return Map.of(MwsConstants.PARAMETERS, Map.of("CreatedAfter", SINCE, "MaxResultsPerPage", 20));
    }

    private long expectedOrders(Instant createdBefore) {
        return sim.market().countOrders(seller, null, SINCE, createdBefore);
    }

    private static Set<String> ids(List<Order> orders) {
        Set<String> ids = new HashSet<>();
        for (Order o : orders) {
            assertTrue(ids.add(o.getAmazonOrderId()), "order " + o.getAmazonOrderId() + " came twice");
        }
        return ids;
    }

    @Test
    void paginateMergesEveryPageOfANextTokenListing() {
        Exchange ex = template.request(own(sim, seller, "Orders/ListOrders", "marketplace=US", "paginate=true"),
                e -> e.getMessage().setHeaders(ordersSince()));
        assertNull(ex.getException());
        ListOrdersResult all = ex.getMessage().getBody(ListOrdersResult.class);
        long expected = expectedOrders(all.getCreatedBefore());
        assertTrue(expected > 100, "several pages of orders: " + expected);
        assertEquals(expected, ids(all.getOrders()).size());
        assertNull(all.getNextToken());
        assertEquals(false, ex.getMessage().getHeader(MwsConstants.HAS_NEXT));
        assertNull(ex.getMessage().getHeader(MwsConstants.NEXT_TOKEN));
        assertEquals(1, sim.requests().requests("Orders", "ListOrders").size());
        assertEquals((expected + 19) / 20 - 1, sim.requests().requests("Orders", "ListOrdersByNextToken").size());
    }

    @Test
    void paginateFollowsHasNextOfAReportsListing() {
        Set<String> requested = new HashSet<>();
        String request = own(sim, seller, "Reports/RequestReport", "reportType=_GET_FLAT_FILE_OPEN_LISTINGS_DATA_");
        for (int i = 0; i < 5; i++) {
            requested.add(template.request(request, e -> {
            }).getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID, String.class));
        }
        Exchange ex = template.request(own(sim, seller, "Reports/GetReportRequestList", "paginate=true",
                "parameters.MaxCount=2", "parameters.ReportTypeList.Type.1=_GET_FLAT_FILE_OPEN_LISTINGS_DATA_"), e -> {
                });
        assertNull(ex.getException());
        Set<String> listed = new HashSet<>();
        for (ReportRequestInfo info : ex.getMessage().getBody(GetReportRequestListResult.class).records()) {
            assertTrue(listed.add(info.getReportRequestId()), "listed twice: " + info.getReportRequestId());
        }
        assertEquals(requested, listed);
        assertEquals(2, sim.requests().requests("Reports", "GetReportRequestListByNextToken").size(),
                "pages of 2, 2 and 1");
    }

    @Test
    void aRoutePagesByItselfWithTheNextTokenAndHasNextHeaders() {
        Exchange ex = template.request("direct:pages", e -> e.getMessage().setHeaders(ordersSince()));
        assertNull(ex.getException());
        @SuppressWarnings("unchecked")
        List<Order> orders = ex.getMessage().getBody(List.class);
        Instant before = sim.requests().requests("Orders", "ListOrders").get(0).time().minus(Duration.ofMillis(200));
        assertTrue(ids(orders).size() >= expectedOrders(before));
        assertEquals(sim.requests().requests("Orders", "ListOrdersByNextToken").size() + 1,
                (orders.size() + 19) / 20);
    }

    /** The producer restarts the listing and throws away what it had: every order once in the merged result. */
    @Test
    void nextTokenCorruptedMidListingRestartsAndStillListsEachOrderOnce() {
        sim.faults().on("Orders", "ListOrdersByNextToken").next(Fault.NONE, Fault.NONE, Fault.NEXT_TOKEN_CORRUPTED);
        Exchange ex = template.request(own(sim, seller, "Orders/ListOrders", "marketplace=US", "paginate=true"),
                e -> e.getMessage().setHeaders(ordersSince()));
        assertNull(ex.getException());
        ListOrdersResult all = ex.getMessage().getBody(ListOrdersResult.class);
        assertEquals(expectedOrders(all.getCreatedBefore()), ids(all.getOrders()).size());
        assertEquals(2, sim.requests().requests("Orders", "ListOrders").size(), "listed again from the start");
        assertEquals(List.of("Success", "Success", "NextTokenCorrupted"),
                sim.requests().requests("Orders", "ListOrdersByNextToken").stream().limit(3)
                        .map(RequestRecord::outcome).toList());
    }

    /** A listing that hands its records out page by page skips, after a restart, what it handed out already. */
    @Test
    void aRestartedListingSkipsTheRecordsItDeliveredBefore() {
        sim.faults().on("Orders", "ListOrdersByNextToken").next(Fault.NONE, Fault.NEXT_TOKEN_CORRUPTED);
        MwsEndpoint endpoint = context.getEndpoint(own(sim, seller, "Orders/ListOrders", "marketplace=US"),
                MwsEndpoint.class);
        Listing listing = new Listing(endpoint.getClient(), new ResponseInterpreter(
                endpoint.getComponent().getXmlParser(), endpoint.getClient().masker()), endpoint.getMwsSection(),
                endpoint.getMwsAction(), Map.of("CreatedAfter", SINCE.toString(), "MaxResultsPerPage", "20",
                        "MarketplaceId.Id.1", "ATVPDKIKX0DER"),
                null, new Listing.Options(MwsResultFormat.object, 3, true));
        List<Order> delivered = new ArrayList<>();
        ListOrdersResult first = null;
        int restartedPages = 0;
        while (listing.hasMore()) {
            ListingPage page = listing.fetch(null);
            if (first == null) {
                first = (ListOrdersResult) page.body();
            }
            restartedPages += page.restarted() ? 1 : 0;
            page.records().forEach(r -> delivered.add((Order) r));
        }
        assertEquals(1, listing.restarts());
        assertEquals(1, restartedPages);
        assertEquals(expectedOrders(first.getCreatedBefore()), ids(delivered).size());
    }

    @Test
    void restartsAreBounded() {
        sim.faults().on("Orders", "ListOrdersByNextToken").next(Fault.NEXT_TOKEN_CORRUPTED, Fault.NEXT_TOKEN_CORRUPTED);
        Exchange ex = template.request(own(sim, seller, "Orders/ListOrders", "marketplace=US", "paginate=true",
                "maxListingRestarts=1"), e -> e.getMessage().setHeaders(ordersSince()));
        MwsNextTokenCorruptedException e = assertInstanceOf(MwsNextTokenCorruptedException.class, ex.getException());
        assertEquals("NextTokenCorrupted", e.getCode());
        assertEquals(2, sim.requests().requests("Orders", "ListOrders").size());
        assertFalse(ex.getMessage().getBody() instanceof ListOrdersResult);
    }
}
