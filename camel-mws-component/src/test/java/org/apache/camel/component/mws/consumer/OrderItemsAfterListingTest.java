package org.apache.camel.component.mws.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.orders.OrderItem;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * includeOrderItems=true where fetching the items of one page of orders takes longer than a NextToken lives: the
 * consumer follows the ListOrders listing to its last page before it fetches any order's items, so no token expires
 * while it waits for the ListOrderItems bucket, and the window commits with every order and all its items.
 */
class OrderItemsAfterListingTest extends ConsumerTestSupport {

    /**
     * At time scale 600 a NextToken lives 500 ms here (five MWS minutes); the client paces ListOrderItems at one
     * request every 30 MWS seconds (50 ms), so the items of a page of 20 orders take a second.
     */
    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().httpsPort(-1).sellers(1).seed(23)
            .ordersPerSeller(60).timeScale(600)
            .marketSettings(s -> s.withNewOrdersPerHour(0).withNextTokenTtl(Duration.ofMinutes(5))).build();

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

    @Test
    void theItemsOfAWindowAreFetchedOnlyOnceItsListingEnded() throws Exception {
        SellerAccount seller = simulator().seller();
        String key = Checkpoints.key("Orders", "ListOrders", seller.sellerId(),
                String.join(",", seller.marketplaceIds()));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(listOrders(seller, "initialStart=2000-01-01T00:00:00Z", "delay=100", "includeOrderItems=true",
                        "parameters.MaxResultsPerPage=20", "buckets.ListOrderItems.maxQuota=1",
                        "buckets.ListOrderItems.restorePeriod=30s", "stateRepository=#state"))
                        .routeId("orders").process(delivered::add);
            }
        });
        context.start();
        await("the first window committed", Duration.ofSeconds(30), () -> state.getState(key) != null);
        context.getRouteController().stopRoute("orders");
        Instant checkpoint = Instant.parse(state.getState(key));

        // every page of the first window was listed before the first order's items were asked for
        List<RequestRecord> log = simulator().requests().requests();
        int firstItems = indexOf(log, "ListOrderItems", 1);
        int lastPage = indexOf(log, "ListOrdersByNextToken", 2);
        assertTrue(lastPage >= 0 && lastPage < firstItems, "the last page of the first window at " + lastPage
                                                           + ", the first ListOrderItems at " + firstItems + ": "
                                                           + describe(log));
        Set<String> ids = new TreeSet<>();
        for (Exchange e : delivered) {
            String id = e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class);
            ids.add(id);
            @SuppressWarnings("unchecked")
            List<OrderItem> items = e.getMessage().getHeader(MwsConstants.ORDER_ITEMS, List.class);
            var truth = simulator().market().order(seller.sellerId(), id).items();
            assertEquals(truth.size(), items.size(), id);
            assertEquals(truth.stream().map(i -> i.orderItemId()).toList(),
                    items.stream().map(OrderItem::getOrderItemId).toList(), id);
        }
        assertEquals(ordersPurchasedBefore(seller, checkpoint), ids);
    }

    /** @return the index of the n-th request (1-based) of the action in the log, or -1 */
    private static int indexOf(List<RequestRecord> log, String action, int n) {
        int seen = 0;
        for (int i = 0; i < log.size(); i++) {
            if (action.equals(log.get(i).action()) && ++seen == n) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(List<RequestRecord> log) {
        return log.stream().limit(12).map(r -> r.action() + " " + r.outcome()).toList().toString();
    }
}
