package org.apache.camel.component.mws.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.PagedResult;
import org.apache.camel.component.mws.model.feeds.FeedSubmissionInfo;
import org.apache.camel.component.mws.model.finances.FinancialEvent;
import org.apache.camel.component.mws.model.inventory.InventorySupply;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.market.feeds.Feeds;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumers of ListFinancialEvents, ListInventorySupply and GetFeedSubmissionList against the simulator: each
 * delivers exactly what one listing of the same span gives, over several pages (NT and HN paging).
 */
class OtherListingsConsumerTest extends ConsumerTestSupport {

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().httpsPort(-1).sellers(1).seed(23)
            .ordersPerSeller(120).timeScale(600)
            .marketSettings(s -> s.withNewOrdersPerHour(0)
                    .withFeedProcessingTime(Duration.ofMinutes(1)))
            .build();

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

    private void consume(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("listing").process(delivered::add);
            }
        });
        context.start();
    }

    private Instant committed(String section, String action, SellerAccount seller, String marketplaceIds) {
        String value = state.getState(Checkpoints.key(section, action, seller.sellerId(), marketplaceIds));
        return value == null ? null : Instant.parse(value);
    }

    /** Every record of one listing through the producer, following NextToken by hand. */
    private List<Object> listAll(String uri, Map<String, Object> parameters) {
        List<Object> records = new ArrayList<>();
        Exchange page = send(uri, null, Map.of(MwsConstants.PARAMETERS, parameters));
        while (true) {
            if (page.getException() != null) {
                throw new AssertionError(page.getException());
            }
            records.addAll(((PagedResult) page.getMessage().getBody()).records());
            String token = page.getMessage().getHeader(MwsConstants.NEXT_TOKEN, String.class);
            if (token == null || Boolean.FALSE.equals(page.getMessage().getHeader(MwsConstants.HAS_NEXT))) {
                return records;
            }
            page = send(uri, null, Map.of(MwsConstants.NEXT_TOKEN, token));
        }
    }

    @Test
    void financialEventsOfEveryWindowAreThoseOfOneListingOfTheSameSpan() throws Exception {
        SellerAccount seller = simulator().seller();
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        consume(uri(seller, "Finances/ListFinancialEvents", "initialStart=" + start, "windowLag=1s", "delay=200",
                "parameters.MaxResultsPerPage=15", "stateRepository=#state"));
        await("a committed window", Duration.ofSeconds(20),
                () -> committed("Finances", "ListFinancialEvents", seller, "") != null);
        context.getRouteController().stopRoute("listing");
        Instant checkpoint = committed("Finances", "ListFinancialEvents", seller, "");

        List<String> listed = new ArrayList<>();
        for (Object r : listAll(uri(seller, "Finances/ListFinancialEvents", "parameters.MaxResultsPerPage=100"),
                Map.of("PostedAfter", start, "PostedBefore", checkpoint))) {
            listed.add(((FinancialEvent) r).recordId());
        }
        List<String> got = new ArrayList<>();
        for (Exchange e : delivered) {
            FinancialEvent event = assertInstanceOf(FinancialEvent.class, e.getMessage().getBody());
            got.add(event.recordId());
            assertEquals(event.getEventType(), e.getMessage().getHeader(MwsConstants.FINANCIAL_EVENT_TYPE));
            assertEquals(event.getPostedDate(), e.getMessage().getHeader(MwsConstants.POSTED_DATE));
        }
        assertTrue(listed.size() > 15, "several pages of events: " + listed.size());
        listed.sort(null);
        got.sort(null);
        assertEquals(listed, got);
        assertTrue(requests("Finances", "ListFinancialEventsByNextToken").size() >= 1);
    }

    @Test
    void inventorySupplyDeliversEverySkuThatChangedSinceTheStart() throws Exception {
        SellerAccount seller = simulator().seller();
        String marketplace = seller.marketplaceIds().get(0);
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        consume(uri(seller, "FulfillmentInventory/ListInventorySupply", "marketplace=" + marketplace,
                "initialStart=" + start, "windowLag=1s", "delay=200", "stateRepository=#state"));
        await("a committed window", Duration.ofSeconds(20),
                () -> committed("FulfillmentInventory", "ListInventorySupply", seller, marketplace) != null);
        context.getRouteController().stopRoute("listing");

        Set<String> listed = new TreeSet<>();
        for (Object r : listAll(uri(seller, "FulfillmentInventory/ListInventorySupply", "marketplace=" + marketplace),
                Map.of("QueryStartDateTime", start))) {
            listed.add(((InventorySupply) r).getSellerSKU());
        }
        Set<String> got = new TreeSet<>();
        for (Exchange e : delivered) {
            InventorySupply supply = assertInstanceOf(InventorySupply.class, e.getMessage().getBody());
            got.add(supply.getSellerSKU());
            assertEquals(supply.getSellerSKU(), e.getMessage().getHeader(MwsConstants.SELLER_SKU));
            assertEquals(marketplace, e.getMessage().getHeader(MwsConstants.MARKETPLACE_ID));
        }
        assertFalse(listed.isEmpty());
        assertEquals(listed, got);
    }

    @Test
    void feedSubmissionsAreDeliveredOnceTheirWindowEnded() throws Exception {
        SellerAccount seller = simulator().seller();
        context.start();
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Exchange ex = send(uri(seller, "Feeds/SubmitFeed", "feedType=_POST_INVENTORY_AVAILABILITY_DATA_"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AmazonEnvelope><Header><DocumentVersion>1.01"
                    + "</DocumentVersion><MerchantIdentifier>" + seller.sellerId() + "</MerchantIdentifier></Header>"
                    + "<MessageType>Inventory</MessageType><Message><MessageID>1</MessageID><Inventory><SKU>"
                    + simulator().market().listings(seller.sellerId()).get(i).sku() + "</SKU><Quantity>" + (5 + i)
                    + "</Quantity></Inventory></Message></AmazonEnvelope>",
                    null);
            assertNull(ex.getException());
            submitted.add(ex.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class));
        }
        consume(uri(seller, "Feeds/GetFeedSubmissionList", "initialStart=PT1H", "windowLag=300ms", "delay=100",
                "parameters.MaxCount=1", "stateRepository=#state"));
        await("3 feed submissions", Duration.ofSeconds(20), () -> delivered.size() >= 3);
        context.getRouteController().stopRoute("listing");

        Set<String> got = new TreeSet<>();
        for (Exchange e : delivered) {
            FeedSubmissionInfo info = assertInstanceOf(FeedSubmissionInfo.class, e.getMessage().getBody());
            got.add(info.getFeedSubmissionId());
            assertEquals(info.getFeedSubmissionId(), e.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID));
            assertNotNull(e.getMessage().getHeader(MwsConstants.PROCESSING_STATUS));
        }
        Set<String> inSimulator = new TreeSet<>();
        simulator().market().feeds().submissions(seller.sellerId()).stream().map(Feeds.FeedView::feedSubmissionId)
                .forEach(inSimulator::add);
        assertEquals(new TreeSet<>(submitted), got);
        assertEquals(inSimulator, got);
        assertEquals(3, delivered.size(), "each submission once");
        assertTrue(requests("Feeds", "GetFeedSubmissionListByNextToken").size() >= 2, "HasNext paging");
    }
}
