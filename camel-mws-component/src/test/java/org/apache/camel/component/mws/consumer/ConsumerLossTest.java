package org.apache.camel.component.mws.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.state.JdbcStateRepository;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing lost: whatever fails (the route on some exchanges, the consumer stopped mid-window and a new one started
 * on the stored checkpoint, MWS answering 500, 503, resetting connections or refusing a NextToken), the set of
 * delivered AmazonOrderIds equals the simulator's set of orders up to the checkpoint; and the idempotent consumer
 * keyed on AmazonOrderId + LastUpdateDate passes each version of an order once.
 */
class ConsumerLossTest extends ConsumerTestSupport {

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().httpsPort(-1).sellers(1).seed(47)
            .ordersPerSeller(150).timeScale(600).marketSettings(s -> s.withNewOrdersPerHour(0)).build();

    private JdbcStateRepository state;
    private final List<Exchange> delivered = new CopyOnWriteArrayList<>();

    @Override
    protected MwsSimulator simulator() {
        return SIM.simulator();
    }

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:loss-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        state = new JdbcStateRepository(h2);
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

    private Instant committed() {
        SellerAccount seller = seller();
        String value = state.getState(Checkpoints.key("Orders", "ListOrders", seller.sellerId(),
                String.join(",", seller.marketplaceIds())));
        return value == null ? null : Instant.parse(value);
    }

    private void route(String id, String uri, Processor processor) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(id).process(processor).process(delivered::add);
            }
        });
        context.start();
    }

    private Set<String> deliveredIds() {
        Set<String> ids = new TreeSet<>();
        delivered.forEach(e -> ids.add(e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class)));
        return ids;
    }

    private long timesDelivered(String amazonOrderId) {
        return delivered.stream()
                .filter(e -> amazonOrderId.equals(e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID))).count();
    }

    @Test
    void aRouteFailingOnSomeExchangesLosesNone() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        Set<String> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
        route("orders", listOrders(seller(), "initialStart=P1D", "delay=50", "maxMessagesPerPoll=30",
                "parameters.MaxResultsPerPage=20", "stateRepository=#state"), e -> {
                    // every 40th exchange fails, unless its order failed before: the window comes again until it
                    // passes whole
                    if (seen.incrementAndGet() % 40 == 0
                        && failedOnce.add(e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class))) {
                        throw new IllegalStateException("the database is busy");
                    }
                });
        await("a committed window", Duration.ofSeconds(30), () -> committed() != null);
        context.getRouteController().stopRoute("orders");

        assertTrue(failedOnce.size() >= 2, "exchanges failed: " + failedOnce);
        assertTrue(seen.get() > 150, "windows were polled again: " + seen.get());
        assertEquals(ordersPurchasedBefore(seller(), committed()), deliveredIds());
    }

    @Test
    void aConsumerStoppedMidWindowAndANewOneOnTheStoredCheckpointLoseNothing() throws Exception {
        String uri = listOrders(seller(), "initialStart=P1D", "delay=50", "maxMessagesPerPoll=20",
                "parameters.MaxResultsPerPage=25", "stateRepository=#state");
        route("first", uri, e -> {
        });
        await("45 orders", Duration.ofSeconds(20), () -> delivered.size() >= 45);
        context.getRouteController().stopRoute("first");
        context.removeRoute("first");
        int beforeRestart = delivered.size();
        assertTrue(beforeRestart < 150, "stopped mid-window: " + beforeRestart);
        assertNull(committed(), "no checkpoint while the first window was incomplete");
        String firstId = delivered.get(0).getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class);

        // a new consumer (as after a restart of the JVM) resumes from the stored state
        for (org.apache.camel.Endpoint ep : List.copyOf(context.getEndpoints())) {
            if (ep.getEndpointUri().startsWith("mws:")) {
                context.removeEndpoint(ep);
            }
        }
        route("second", uri, e -> {
        });
        await("a committed window", Duration.ofSeconds(30), () -> committed() != null);
        context.getRouteController().stopRoute("second");

        assertEquals(ordersPurchasedBefore(seller(), committed()), deliveredIds());
        assertEquals(2, timesDelivered(firstId), "the interrupted window came again from its start");
    }

    @Test
    void aStoredCheckpointThatWentBackIsFollowed() throws Exception {
        String key = Checkpoints.key("Orders", "ListOrders", seller().sellerId(),
                String.join(",", seller().marketplaceIds()));
        route("orders", listOrders(seller(), "initialStart=P1D", "delay=50", "parameters.MaxResultsPerPage=50",
                "stateRepository=#state"), e -> {
                });
        await("a committed window", Duration.ofSeconds(30), () -> committed() != null);
        Instant first = committed();
        int firstWindow = delivered.size();
        assertTrue(firstWindow > 0, "the first window delivered orders");
        String firstId = delivered.get(0).getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class);

        // the database loses its last writes (its server process killed before they reached the disk): the stored
        // checkpoint goes back a day, and the next window starts there again, not from the checkpoint in memory
        state.setState(key, Instant.now().minus(Duration.ofDays(1)).toString());
        await("the first window's orders delivered again", Duration.ofSeconds(30), () -> timesDelivered(firstId) == 2);
        await("a committed window again", Duration.ofSeconds(30), () -> !committed().isBefore(first));
        context.getRouteController().stopRoute("orders");
        assertEquals(ordersPurchasedBefore(seller(), committed()), deliveredIds());
    }

    @Test
    void errorsResetsAndARefusedNextTokenLoseNothing() throws Exception {
        simulator().faults().on("Orders", "*").withProbability(Fault.INTERNAL_ERROR, 0.08)
                .withProbability(Fault.SERVICE_UNAVAILABLE, 0.08).withProbability(Fault.CONNECTION_RESET, 0.05);
        simulator().faults().on("Orders", "ListOrdersByNextToken").next(Fault.NONE, Fault.NEXT_TOKEN_CORRUPTED);
        route("orders", listOrders(seller(), "initialStart=P1D", "delay=50", "includeOrderItems=true",
                "parameters.MaxResultsPerPage=20", "maxRetries=1", "stateRepository=#state"), e -> {
                });
        await("a committed window", Duration.ofSeconds(60), () -> committed() != null);
        context.getRouteController().stopRoute("orders");

        List<RequestRecord> all = simulator().requests().requests("Orders", "ListOrders");
        List<RequestRecord> pages = simulator().requests().requests("Orders", "ListOrdersByNextToken");
        List<RequestRecord> items = simulator().requests().requests("Orders", "ListOrderItems");
        long faults = java.util.stream.Stream.of(all, pages, items).flatMap(List::stream)
                .filter(r -> r.fault() != Fault.NONE).count();
        assertTrue(faults >= 10, "faults were injected: " + faults);
        assertTrue(pages.stream().anyMatch(r -> r.fault() == Fault.NEXT_TOKEN_CORRUPTED));
        assertEquals(ordersPurchasedBefore(seller(), committed()), deliveredIds());
        for (Exchange e : delivered) {
            assertTrue(e.getMessage().getHeader(MwsConstants.ORDER_ITEMS, List.class).size() >= 1);
        }
    }

    @Test
    void theIdempotentConsumerOnAmazonOrderIdAndLastUpdateDatePassesEachVersionOnce() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        MockEndpoint stored = getMockEndpoint("mock:stored");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(listOrders(seller(), "initialStart=P1D", "delay=50", "parameters.MaxResultsPerPage=50",
                        "stateRepository=#state")).routeId("orders")
                        .idempotentConsumer(simple("${header.CamelMwsAmazonOrderId}/${header.CamelMwsLastUpdateDate}"),
                                MemoryIdempotentRepository.memoryIdempotentRepository(10_000))
                        .process(e -> {
                            // the 120th order fails once: its window is polled again, the 119 before it come again
                            if (attempts.incrementAndGet() == 120) {
                                throw new IllegalStateException("the database is busy");
                            }
                        })
                        .process(delivered::add).to("mock:stored");
            }
        });
        context.start();
        await("a committed window", Duration.ofSeconds(30), () -> committed() != null);
        context.getRouteController().stopRoute("orders");

        Map<String, Integer> versions = new HashMap<>();
        for (Exchange e : stored.getExchanges()) {
            versions.merge(e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID) + "/"
                           + e.getMessage().getHeader(MwsConstants.LAST_UPDATE_DATE),
                    1, Integer::sum);
        }
        assertTrue(attempts.get() > 150, "the window came again: " + attempts.get());
        assertTrue(versions.values().stream().allMatch(n -> n == 1), "each version stored once: " + versions);
        assertEquals(ordersPurchasedBefore(seller(), committed()), deliveredIds());
    }
}
