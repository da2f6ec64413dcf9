package org.apache.camel.component.mws.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.health.MwsConsumerHealthCheck;
import org.apache.camel.component.mws.model.orders.Order;
import org.apache.camel.component.mws.model.orders.OrderItem;
import org.apache.camel.component.mws.monitor.PollMonitored;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Orders/ListOrders consumer against the simulator: every order delivered, the checkpoint at the echoed
 * LastUpdatedBefore and only after the window's exchanges completed, a failed exchange making the window come again,
 * maxMessagesPerPoll, order items, the stored checkpoint resumed.
 */
class ListOrdersConsumerTest extends ConsumerTestSupport {

    /** 30 MWS days of history are 72 real minutes at this scale; restores of ListOrders take 100 ms. */
    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().httpsPort(-1).sellers(1).seed(11)
            .ordersPerSeller(150).timeScale(600).marketSettings(s -> s.withNewOrdersPerHour(0)).build();

    private final MemoryStateRepository state = new MemoryStateRepository();
    private final List<Exchange> delivered = new CopyOnWriteArrayList<>();

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

    private String key(SellerAccount seller) {
        return Checkpoints.key("Orders", "ListOrders", seller.sellerId(), String.join(",", seller.marketplaceIds()));
    }

    private void route(String uri, org.apache.camel.Processor processor) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("orders").process(processor).process(delivered::add);
            }
        });
        context.start();
    }

    private Instant committed(SellerAccount seller) {
        String value = state.getState(key(seller));
        return value == null ? null : Instant.parse(value);
    }

    private Set<String> deliveredIds() {
        Set<String> ids = new TreeSet<>();
        delivered.forEach(e -> ids.add(e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class)));
        return ids;
    }

    @Test
    void everyOrderIsDeliveredAndTheCheckpointIsTheEchoedLastUpdatedBefore() throws Exception {
        SellerAccount seller = seller();
        route(listOrders(seller, "initialStart=P1D", "delay=100", "parameters.MaxResultsPerPage=40",
                "stateRepository=#state"), e -> {
                });
        await("a committed window", Duration.ofSeconds(20), () -> committed(seller) != null);
        context.getRouteController().stopRoute("orders");
        Instant checkpoint = committed(seller);

        assertEquals(ordersPurchasedBefore(seller, checkpoint), deliveredIds());
        Exchange first = delivered.get(0);
        Order order = assertInstanceOf(Order.class, first.getMessage().getBody());
        assertEquals(order.getAmazonOrderId(), first.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID));
        assertEquals(order.getLastUpdateDate(), first.getMessage().getHeader(MwsConstants.LAST_UPDATE_DATE));
        assertEquals(order.getMarketplaceId(), first.getMessage().getHeader(MwsConstants.MARKETPLACE_ID));
        assertEquals(seller.sellerId(), first.getMessage().getHeader(MwsConstants.SELLER_ID));
        // the first window is the whole history: its end is the committed checkpoint
        Instant end = first.getMessage().getHeader(MwsConstants.WINDOW_END, Instant.class);
        assertNotNull(end);
        assertTrue(delivered.stream().filter(e -> end.equals(e.getMessage().getHeader(MwsConstants.WINDOW_END)))
                .count() >= 150);
        assertTrue(!checkpoint.isBefore(end));
        assertEquals(0, first.getProperty(ExchangePropertyKey.BATCH_INDEX));
        assertEquals(150, first.getProperty(ExchangePropertyKey.BATCH_SIZE));
        assertEquals(Boolean.TRUE, delivered.get(149).getProperty(ExchangePropertyKey.BATCH_COMPLETE));
        // every order is held in its latest state
        Map<String, Instant> latest = new ConcurrentHashMap<>();
        delivered.forEach(e -> latest.merge(e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class),
                e.getMessage().getHeader(MwsConstants.LAST_UPDATE_DATE, Instant.class),
                (a, b) -> a.isAfter(b) ? a : b));
        for (var o : ordersLastUpdatedBefore(seller, checkpoint)) {
            assertEquals(Instant.ofEpochMilli(o.lastUpdateDate()), latest.get(o.amazonOrderId()), o.amazonOrderId());
        }
    }

    @Test
    void aFailedExchangeLeavesTheCheckpointAndTheWindowComesAgain() throws Exception {
        SellerAccount seller = seller();
        Instant start = Instant.parse("2000-01-01T00:00:00Z");
        AtomicInteger attempts = new AtomicInteger();
        List<Instant> checkpointsSeenWhenFailing = new CopyOnWriteArrayList<>();
        route(listOrders(seller, "initialStart=" + start, "delay=100", "parameters.MaxResultsPerPage=50",
                "stateRepository=#state"), e -> {
                    // the 70th order of the first attempt fails
                    if (attempts.incrementAndGet() == 70) {
                        checkpointsSeenWhenFailing.add(committed(seller) == null ? start : committed(seller));
                        throw new IllegalStateException("downstream refused the order");
                    }
                });
        await("a committed window", Duration.ofSeconds(20), () -> committed(seller) != null);
        context.getRouteController().stopRoute("orders");

        assertEquals(List.of(start), checkpointsSeenWhenFailing);
        Instant checkpoint = committed(seller);
        assertEquals(ordersPurchasedBefore(seller, checkpoint), deliveredIds());
        // the window came again from its start: its first orders were delivered twice
        String firstId = delivered.get(0).getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class);
        assertEquals(2, delivered.stream()
                .filter(e -> firstId.equals(e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID))).count());
    }

    @Test
    void maxMessagesPerPollSpreadsAWindowOverPollsAndCommitsAtItsEnd() throws Exception {
        SellerAccount seller = seller();
        Instant start = Instant.parse("2000-01-01T00:00:00Z");
        List<Instant> committedWhileListing = new CopyOnWriteArrayList<>();
        route(listOrders(seller, "initialStart=" + start, "delay=20", "maxMessagesPerPoll=40",
                "parameters.MaxResultsPerPage=25", "stateRepository=#state"), e -> {
                    if (start.equals(e.getMessage().getHeader(MwsConstants.WINDOW_START)) && committed(seller) != null) {
                        committedWhileListing.add(committed(seller));
                    }
                });
        await("a committed window", Duration.ofSeconds(20), () -> committed(seller) != null);
        context.getRouteController().stopRoute("orders");

        assertTrue(committedWhileListing.isEmpty(), "no checkpoint before the first window was complete");
        assertTrue(delivered.stream().allMatch(e -> e.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class) <= 40));
        assertEquals(40, delivered.get(0).getProperty(ExchangePropertyKey.BATCH_SIZE));
        assertEquals(ordersPurchasedBefore(seller, committed(seller)), deliveredIds());
    }

    @Test
    void greedyPollsContinueTheWindowWithoutListingTheSellerAgain() throws Exception {
        SellerAccount seller = seller();
        // the next scheduled poll is a minute away: every poll of this test is one greedy ran at once
        route(listOrders(seller, "initialStart=2000-01-01T00:00:00Z", "delay=60000", "greedy=true",
                "maxMessagesPerPoll=40", "parameters.MaxResultsPerPage=25", "stateRepository=#state"), e -> {
                });
        await("a committed window", Duration.ofSeconds(20), () -> committed(seller) != null);
        // the greedy poll after the last emitting one emits nothing and ends the run of polls
        PollMonitored consumer = (PollMonitored) context.getRoute("orders").getConsumer();
        await("a poll that emitted nothing", Duration.ofSeconds(20),
                () -> consumer.getPollMonitor().getLastPoll() != null
                      && consumer.getPollMonitor().getLastPoll().records() == 0);
        context.getRouteController().stopRoute("orders");

        Set<String> all = ordersPurchasedBefore(seller, committed(seller));
        assertEquals(all, deliveredIds());
        assertTrue(all.size() > 40, "the window spans several polls");
        assertEquals(1, simulator().requests().requests("Orders", "ListOrders").size(),
                "one listing of the window, no second window listed by the greedy polls");
        assertEquals((all.size() + 24) / 25 - 1,
                simulator().requests().requests("Orders", "ListOrdersByNextToken").size());
    }

    @Test
    void includeOrderItemsAddsEveryItem() throws Exception {
        SellerAccount seller = seller();
        route(listOrders(seller, "initialStart=P1D", "delay=100", "includeOrderItems=true",
                "maxMessagesPerPoll=30", "stateRepository=#state"), e -> {
                });
        await("30 orders", Duration.ofSeconds(20), () -> delivered.size() >= 30);
        context.getRouteController().stopRoute("orders");

        for (Exchange e : delivered) {
            String id = e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class);
            @SuppressWarnings("unchecked")
            List<OrderItem> items = e.getMessage().getHeader(MwsConstants.ORDER_ITEMS, List.class);
            var truth = simulator().market().order(seller.sellerId(), id).items();
            assertEquals(truth.size(), items.size(), id);
            assertEquals(truth.get(0).orderItemId(), items.get(0).getOrderItemId(), id);
        }
    }

    @Test
    void theStoredCheckpointIsWhereTheFirstPollStarts() throws Exception {
        SellerAccount seller = seller();
        Instant stored = Instant.now().minus(Duration.ofMinutes(20)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        state.setState(key(seller), stored.toString());
        route(listOrders(seller, "initialStart=P1D", "delay=100", "stateRepository=#state"), e -> {
        });
        await("a committed window", Duration.ofSeconds(20), () -> committed(seller).isAfter(stored));
        context.getRouteController().stopRoute("orders");

        assertFalse(delivered.isEmpty());
        assertEquals(stored, delivered.get(0).getMessage().getHeader(MwsConstants.WINDOW_START));
        assertTrue(delivered.stream().allMatch(e -> !e.getMessage().getHeader(MwsConstants.LAST_UPDATE_DATE,
                Instant.class).isBefore(stored)));
    }

    @Test
    void theDevConsoleAndTheHealthCheckSeeTheConsumer() throws Exception {
        SellerAccount seller = seller();
        route(listOrders(seller, "initialStart=P1D", "delay=100", "stateRepository=#state"), e -> {
        });
        await("a committed window", Duration.ofSeconds(20), () -> committed(seller) != null);
        context.getRouteController().stopRoute("orders");

        MwsConsumer consumer = assertInstanceOf(MwsConsumer.class, context.getRoute("orders").getConsumer());
        assertInstanceOf(MwsConsumerHealthCheck.class,
                consumer.getHealthCheck());
        DevConsole console = DevConsoleRegistry.get(context).resolveById("mws");
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        List<JsonObject> consumers = json.getCollection("consumers");
        assertEquals(1, consumers.size(), json.toJson());
        assertEquals(committed(seller).toString(), consumers.get(0).getString("checkpoint"));
        JsonObject last = consumers.get(0).getMap("lastPoll");
        assertEquals("success", last.getString("outcome"));
    }

    @Test
    void anActionThatCannotBePolledFailsAtStartUpNamingThoseThatCan() throws Exception {
        SellerAccount seller = seller();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(seller, "Orders/GetOrder")).to("mock:never");
            }
        });
        Exception e = assertThrows(Exception.class, () -> context.start());
        Throwable root = e;
        while (root.getCause() != null && !(root instanceof IllegalArgumentException)) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("Orders/GetOrder cannot be used as a consumer"), root.getMessage());
        assertTrue(root.getMessage().contains("Orders/ListOrders"), root.getMessage());
    }

    @Test
    void aWindowParameterInTheUriIsRefused() throws Exception {
        SellerAccount seller = seller();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(listOrders(seller, "parameters.LastUpdatedAfter=2020-01-01T00:00:00Z")).to("mock:never");
            }
        });
        Exception e = assertThrows(Exception.class, () -> context.start());
        Throwable root = e;
        while (root.getCause() != null && !(root instanceof IllegalArgumentException)) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("LastUpdatedAfter is set by the consumer"), root.getMessage());
    }

}
