package org.apache.camel.component.mws.consumer;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.PagedResult;
import org.apache.camel.component.mws.model.finances.FinancialEvent;
import org.apache.camel.component.mws.monitor.PollMonitored;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A window whose listing keeps breaking is narrowed: with every NextToken refused (NextTokenCorrupted, what an
 * expired token gives), no listing of more than one page can finish, so without narrowing nothing would ever be
 * delivered. The consumer lists the window in parts small enough for one page, delivers each, and moves the
 * checkpoint to a part's end only once the part's exchanges completed.
 */
class NarrowedWindowTest extends ConsumerTestSupport {

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().httpsPort(-1).sellers(1).seed(29)
            .ordersPerSeller(150).timeScale(600).marketSettings(s -> s.withNewOrdersPerHour(0)).build();

    /** Every checkpoint stored, with the idempotent keys delivered (their exchanges completed) when it was. */
    private record Saved(Instant checkpoint, Set<String> delivered) {
    }

    private final List<Saved> saved = new CopyOnWriteArrayList<>();
    private final List<Exchange> delivered = new CopyOnWriteArrayList<>();
    private final MemoryStateRepository state = new MemoryStateRepository() {
        @Override
        public void setState(String key, String value) {
            saved.add(new Saved(Instant.parse(value), keys()));
            super.setState(key, value);
        }
    };

    @Override
    protected MwsSimulator simulator() {
        return SIM.simulator();
    }

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind("state", state);
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    @BeforeEach
    void resetSimulator() {
        simulator().reset();
    }

    private SellerAccount seller() {
        return simulator().seller();
    }

    private void route(String uri, org.apache.camel.Processor processor) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("listing").process(processor).process(delivered::add);
            }
        });
        context.start();
    }

    private Instant committed() {
        return saved.isEmpty() ? null : saved.get(saved.size() - 1).checkpoint();
    }

    /** The idempotent keys (AmazonOrderId/LastUpdateDate) of the orders delivered so far. */
    private Set<String> keys() {
        Set<String> keys = new HashSet<>();
        delivered.forEach(e -> keys.add(key(e)));
        return keys;
    }

    private static String key(Exchange e) {
        return e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID) + "/"
               + e.getMessage().getHeader(MwsConstants.LAST_UPDATE_DATE, Instant.class);
    }

    private static String orderId(Exchange e) {
        return e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class);
    }

    private static String key(Order o) {
        return o.amazonOrderId() + "/" + Instant.ofEpochMilli(o.lastUpdateDate());
    }

    /** The end MWS gives a ListOrders window asked for now: two minutes of MWS time ago. */
    private Instant twoMinutesAgo() {
        return simulator().clock().now().minus(simulator().clock().scale(Duration.ofMinutes(2)));
    }

    /** Every continuation of a listing is refused: only a window that fits on one page can be listed. */
    private void refuseEveryNextToken(String section, String action) {
        simulator().faults().on(section, action).withProbability(Fault.NEXT_TOKEN_CORRUPTED, 1.0);
    }

    /**
     * Asserts that whenever the checkpoint moved, every order last updated between the start and the new checkpoint
     * had been delivered (in that version, its exchange completed): the checkpoint never passed an order not
     * delivered.
     */
    private void assertCheckpointsFollowedDeliveries(Instant start) {
        for (Saved s : saved) {
            for (Order o : ordersLastUpdatedBefore(seller(), s.checkpoint())) {
                if (o.lastUpdateDate() >= start.toEpochMilli() && !s.delivered().contains(key(o))) {
                    throw new AssertionError("checkpoint " + s.checkpoint() + " stored before " + key(o)
                                             + " (purchased " + Instant.ofEpochMilli(o.facts().purchase())
                                             + ") was delivered; checkpoints "
                                             + saved.stream().map(Saved::checkpoint).toList());
                }
            }
        }
    }

    /**
     * The faults stop and a window opened since is listed whole. Every order last updated before its end was
     * delivered in that version (an order updated after a part's end comes with a later part or window), and nothing
     * was delivered that did not exist then.
     */
    private void assertNothingLostOnceTheFaultsStop(Instant start) throws Exception {
        simulator().faults().clear();
        Instant endOfAWindowOpenedNow = twoMinutesAgo();
        await("a window opened after the faults stopped", Duration.ofSeconds(30),
                () -> !committed().isBefore(endOfAWindowOpenedNow));
        context.getRouteController().stopRoute("listing");
        assertCheckpointsFollowedDeliveries(start);
        Set<String> ids = new TreeSet<>();
        delivered.forEach(e -> ids.add(orderId(e)));
        Set<String> existing = ordersPurchasedBefore(seller(), committed());
        assertTrue(existing.containsAll(ids), "delivered " + ids + ", purchased before the checkpoint " + existing);
        // at most an order updated in the two minutes between that window's end and its listing comes later
        assertTrue(existing.size() - ids.size() <= 2, ids.size() + " of " + existing.size() + " orders");
    }

    @Test
    void aWindowThatCannotBeListedWholeIsDeliveredInPartsEachOrderOnce() throws Exception {
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        // the first window ends two minutes (scaled) before the server's now when the consumer starts
        Instant windowEnd = twoMinutesAgo();
        refuseEveryNextToken("Orders", "ListOrdersByNextToken");
        route(listOrders(seller(), "initialStart=" + start, "delay=50", "parameters.MaxResultsPerPage=40",
                "stateRepository=#state"), e -> {
                });
        await("the checkpoint past the first window", Duration.ofSeconds(60),
                () -> committed() != null && !committed().isBefore(windowEnd));

        // every listing of several pages broke, yet the window came, in parts, each delivered before the
        // checkpoint moved to its end
        assertTrue(simulator().requests().requests("Orders", "ListOrdersByNextToken").stream()
                .allMatch(r -> r.fault() == Fault.NEXT_TOKEN_CORRUPTED));
        assertTrue(delivered.size() > 80, "more orders than two pages hold: " + delivered.size());
        long parts = saved.stream().filter(s -> s.checkpoint().isBefore(windowEnd)).count();
        assertTrue(parts >= 2, "checkpoints within the first window: " + saved);
        assertCheckpointsFollowedDeliveries(start);

        assertNothingLostOnceTheFaultsStop(start);
        Map<String, Integer> times = new HashMap<>();
        delivered.forEach(e -> times.merge(key(e), 1, Integer::sum));
        assertTrue(times.values().stream().allMatch(n -> n == 1), "each version delivered once: " + times);
        for (Exchange e : delivered) {
            Instant partStart = e.getMessage().getHeader(MwsConstants.WINDOW_START, Instant.class);
            Instant partEnd = e.getMessage().getHeader(MwsConstants.WINDOW_END, Instant.class);
            Instant updated = e.getMessage().getHeader(MwsConstants.LAST_UPDATE_DATE, Instant.class);
            assertFalse(updated.isBefore(partStart) || !updated.isBefore(partEnd),
                    key(e) + " within its part [" + partStart + ", " + partEnd + ")");
        }
    }

    @Test
    void aFailedExchangeInAPartKeepsTheCheckpointBeforeIt() throws Exception {
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant windowEnd = twoMinutesAgo();
        refuseEveryNextToken("Orders", "ListOrdersByNextToken");
        AtomicInteger seen = new AtomicInteger();
        AtomicBoolean failing = new AtomicBoolean(true);
        List<Exchange> failed = new CopyOnWriteArrayList<>();
        // a window narrows once its listing broke after maxListingRestarts restarts: here after one
        route(listOrders(seller(), "initialStart=" + start, "delay=50", "parameters.MaxResultsPerPage=40",
                "maxListingRestarts=1", "stateRepository=#state"), e -> {
                    // the 60th exchange fails, and its order keeps failing until the test lets it pass
                    boolean target = seen.incrementAndGet() == 60 || !failed.isEmpty() && orderId(e).equals(
                            orderId(failed.get(0)));
                    if (target && failing.get()) {
                        failed.add(e);
                        throw new IllegalStateException("the database is busy");
                    }
                });
        await("the order failing three times", Duration.ofSeconds(60), () -> failed.size() >= 3);
        Instant partStart = failed.get(0).getMessage().getHeader(MwsConstants.WINDOW_START, Instant.class);
        Instant updated = failed.get(0).getMessage().getHeader(MwsConstants.LAST_UPDATE_DATE, Instant.class);
        // a part that failed: its order is within it, the part is narrower than the window, and the checkpoint has
        // not passed its start
        assertTrue(failed.get(0).getMessage().getHeader(MwsConstants.WINDOW_END, Instant.class).isBefore(windowEnd));
        assertFalse(committed() != null && committed().isAfter(partStart),
                "checkpoint " + committed() + " passed the failing part's start " + partStart);
        assertTrue(saved.stream().noneMatch(s -> s.checkpoint().isAfter(updated)));
        failing.set(false);

        await("the checkpoint past the first window", Duration.ofSeconds(60),
                () -> committed() != null && !committed().isBefore(windowEnd));
        String failedId = orderId(failed.get(0));
        assertTrue(delivered.stream().anyMatch(e -> orderId(e).equals(failedId)), "the failed order came again");
        assertCheckpointsFollowedDeliveries(start);
        assertNothingLostOnceTheFaultsStop(start);
    }

    @Test
    void aWindowThatCannotBeNarrowedFailsThePollAndComesAgain() throws Exception {
        SellerAccount seller = seller();
        String marketplace = seller.marketplaceIds().get(0);
        refuseEveryNextToken("FulfillmentInventory", "ListInventorySupplyByNextToken");
        // ListInventorySupply takes no end date: its windows cannot be narrowed
        route(uri(seller, "FulfillmentInventory/ListInventorySupply", "marketplace=" + marketplace,
                "initialStart=P1D", "windowLag=1s", "delay=50", "stateRepository=#state"), e -> {
                });
        PollMonitored consumer = (PollMonitored) context.getRoute("listing").getConsumer();
        await("a failed poll", Duration.ofSeconds(20), () -> consumer.getPollMonitor().getLastPoll() != null
                && !consumer.getPollMonitor().getLastPoll().succeeded());
        assertEquals("NextTokenCorrupted", consumer.getPollMonitor().getLastPoll().errorCode());
        assertTrue(delivered.isEmpty(), "nothing of a window that was not listed whole");
        assertTrue(saved.isEmpty(), "no checkpoint");

        simulator().faults().clear();
        await("a committed window", Duration.ofSeconds(20), () -> committed() != null);
        context.getRouteController().stopRoute("listing");
        assertTrue(delivered.size() > 50, "the window came whole with the next polls: " + delivered.size());
    }

    @Test
    void financialEventsAreNarrowedToo() throws Exception {
        SellerAccount seller = seller();
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant firstEnd = Instant.now().minusSeconds(1);
        refuseEveryNextToken("Finances", "ListFinancialEventsByNextToken");
        route(uri(seller, "Finances/ListFinancialEvents", "initialStart=" + start, "windowLag=1s", "delay=50",
                "parameters.MaxResultsPerPage=15", "stateRepository=#state"), e -> {
                });
        await("the checkpoint past the first window", Duration.ofSeconds(60),
                () -> committed() != null && committed().isAfter(firstEnd));
        context.getRouteController().stopRoute("listing");
        Instant checkpoint = committed();
        assertTrue(saved.stream().filter(s -> s.checkpoint().isBefore(firstEnd)).count() >= 2,
                "the first window came in parts: " + saved);

        simulator().faults().clear();
        List<String> listed = new ArrayList<>();
        Exchange page = send(uri(seller, "Finances/ListFinancialEvents", "paginate=true",
                "parameters.MaxResultsPerPage=100"), null,
                Map.of(MwsConstants.PARAMETERS, Map.of("PostedAfter", start, "PostedBefore", checkpoint)));
        assertNull(page.getException());
        for (Object r : ((PagedResult) page.getMessage().getBody()).records()) {
            listed.add(((FinancialEvent) r).recordId());
        }
        List<String> got = new ArrayList<>();
        delivered.forEach(e -> got.add(((FinancialEvent) e.getMessage().getBody()).recordId()));
        assertTrue(listed.size() > 30, "more events than two pages hold: " + listed.size());
        listed.sort(null);
        got.sort(null);
        assertEquals(listed, got);
    }
}
