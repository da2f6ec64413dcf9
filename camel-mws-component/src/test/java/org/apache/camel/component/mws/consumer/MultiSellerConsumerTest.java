package org.apache.camel.component.mws.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One ListOrders endpoint for two sellers through a third-party developer's keys and their MWSAuthTokens: every
 * seller's orders, one checkpoint per seller, every request acting for its seller (so throttled per seller), and the
 * tokens never shown.
 */
class MultiSellerConsumerTest extends ConsumerTestSupport {

    /** Sellers' homes cycle US, DE, JP: the first and the fourth sell in the US. */
    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().httpsPort(-1).sellers(4).seed(31)
            .ordersPerSeller(80).timeScale(600).marketSettings(s -> s.withNewOrdersPerHour(0)).build();

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

    private List<SellerAccount> usSellers() {
        return simulator().accounts().sellers().stream().filter(s -> s.marketplaceIds().get(0).equals(US)).toList();
    }

    private String uri(List<SellerAccount> sellers, String tokens, String... options) {
        DeveloperAccount dev = simulator().accounts().thirdPartyDeveloper();
        StringBuilder sb = new StringBuilder("mws:Orders/ListOrders?endpoint=").append(simulator().httpBaseUrl())
                .append("&accessKeyId=").append(dev.accessKeyId()).append("&secretKey=RAW(").append(dev.secretKey())
                .append(")&sellerIds=").append(sellers.stream().map(SellerAccount::sellerId)
                        .collect(Collectors.joining(",")))
                .append("&mwsAuthTokens=RAW(").append(tokens).append(")&marketplace=US")
                .append("&retryBackoff=10,20,30&retryJitter=0");
        for (String o : options) {
            sb.append('&').append(o);
        }
        return sb.toString();
    }

    private String tokens(List<SellerAccount> sellers) {
        return sellers.stream().map(s -> simulator().accounts().authToken(s.sellerId()))
                .collect(Collectors.joining(","));
    }

    private Instant committed(SellerAccount seller) {
        String value = state.getState(Checkpoints.key("Orders", "ListOrders", seller.sellerId(), US));
        return value == null ? null : Instant.parse(value);
    }

    /**
     * The seller's first window, up to its committed checkpoint, was delivered: every US order last updated before
     * the checkpoint (as the orders are now), and nothing purchased after it. An order updated after the window's
     * end comes with the next window, so it may or may not be there.
     */
    private void assertFirstWindowDelivered(SellerAccount seller, Set<String> got) {
        Instant checkpoint = committed(seller);
        Set<String> required = simulator().market().ordersLastUpdatedBefore(seller.sellerId(), checkpoint).stream()
                .filter(o -> o.marketplace().id().equals(US)).map(Order::amazonOrderId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> possible = simulator().market().orders(seller.sellerId(), checkpoint).stream()
                .filter(o -> o.marketplace().id().equals(US)).map(Order::amazonOrderId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(required.isEmpty(), seller.sellerId());
        assertNotNull(got, seller.sellerId() + " got nothing");
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(got);
        assertEquals(Set.of(), missing, seller.sellerId() + ": orders of the window not delivered");
        Set<String> unexpected = new TreeSet<>(got);
        unexpected.removeAll(possible);
        assertEquals(Set.of(), unexpected, seller.sellerId() + ": orders purchased after the window delivered");
    }

    @Test
    void eachSellerHasItsOrdersItsCheckpointAndItsRequests() throws Exception {
        List<SellerAccount> sellers = usSellers();
        assertEquals(2, sellers.size());
        String tokens = tokens(sellers);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(sellers, tokens, "initialStart=P1D", "delay=100", "parameters.MaxResultsPerPage=30",
                        "stateRepository=#state")).routeId("orders").process(delivered::add);
            }
        });
        context.start();
        await("both sellers' first windows", Duration.ofSeconds(20),
                () -> sellers.stream().allMatch(s -> committed(s) != null));
        context.getRouteController().stopRoute("orders");

        Map<String, Set<String>> got = new TreeMap<>();
        for (Exchange e : delivered) {
            got.computeIfAbsent(e.getMessage().getHeader(MwsConstants.SELLER_ID, String.class), k -> new TreeSet<>())
                    .add(e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class));
        }
        for (SellerAccount seller : sellers) {
            assertFirstWindowDelivered(seller, got.get(seller.sellerId()));
        }
        Set<String> actedFor = requests("Orders", "ListOrders").stream().map(RequestRecord::sellerId)
                .collect(Collectors.toSet());
        assertEquals(sellers.stream().map(SellerAccount::sellerId).collect(Collectors.toSet()), actedFor);

        List<String> shown = new java.util.ArrayList<>();
        context.getEndpoints().forEach(e -> shown.add(e.toString()));
        context.getRoutes().forEach(r -> shown.add(r.getEndpoint().toString()));
        for (String token : tokens.split(",")) {
            for (String s : shown) {
                assertFalse(s.contains(token), "an MWSAuthToken is shown: " + s);
            }
        }
    }

    @Test
    void aSellerWaitingForItsBucketDoesNotHoldUpTheOthers() throws Exception {
        List<SellerAccount> sellers = usSellers();
        String tokens = tokens(sellers);
        // pages of 4: every seller needs more pages than its burst of 6, so its bucket must restore in between
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(sellers, tokens, "initialStart=2000-01-01T00:00:00Z", "delay=60000",
                        "parameters.MaxResultsPerPage=4", "timeScale=600", "stateRepository=#state")).routeId("orders")
                        .process(delivered::add);
            }
        });
        context.start();
        await("both sellers' first windows", Duration.ofSeconds(30),
                () -> sellers.stream().allMatch(s -> committed(s) != null));
        context.getRouteController().stopRoute("orders");

        List<RequestRecord> listing = simulator().requests().requests(r -> "Orders".equals(r.section())
                && r.action().startsWith("ListOrders"));
        for (SellerAccount seller : sellers) {
            long pages = listing.stream().filter(r -> seller.sellerId().equals(r.sellerId())).count();
            assertTrue(pages > 6, seller.sellerId() + " listed " + pages + " pages, not more than its burst");
        }
        assertEquals(0, listing.stream().filter(RequestRecord::throttled).count(), "no request throttled");
        // listed in turn: the seller listed second started before the first had its last page
        String firstSeller = listing.get(0).sellerId();
        int lastOfFirst = 0;
        int firstOfSecond = -1;
        for (int i = 0; i < listing.size(); i++) {
            if (listing.get(i).sellerId().equals(firstSeller)) {
                lastOfFirst = i;
            } else if (firstOfSecond < 0) {
                firstOfSecond = i;
            }
        }
        // a listing under way (holding a NextToken) goes first: the first seller takes its burst of 6 at once
        assertTrue(firstOfSecond >= 6, "the second seller started at request " + firstOfSecond
                                       + ", before the first seller's burst of 6 was listed");
        assertTrue(firstOfSecond < lastOfFirst,
                "the second seller's first page (request " + firstOfSecond + ") came after the first seller's last ("
                                                              + lastOfFirst + ")");
        for (SellerAccount seller : sellers) {
            assertFirstWindowDelivered(seller, delivered.stream()
                    .filter(e -> seller.sellerId().equals(e.getMessage().getHeader(MwsConstants.SELLER_ID)))
                    .map(e -> e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class))
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void tokensThatDoNotMatchTheSellersAreRefusedAtStartUp() throws Exception {
        List<SellerAccount> sellers = usSellers();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(sellers, simulator().accounts().authToken(sellers.get(0).sellerId()))).to("mock:never");
            }
        });
        Exception e = assertThrows(Exception.class, () -> context.start());
        Throwable root = e;
        while (root.getCause() != null && !(root instanceof IllegalArgumentException)) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("mwsAuthTokens names 1 tokens for 2 sellerIds"), root.getMessage());
    }
}
