package org.apache.camel.mws.examples.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.orders.ListOrderItemsResult;
import org.apache.camel.component.mws.model.orders.ListOrdersResult;
import org.apache.camel.component.mws.model.orders.Order;
import org.apache.camel.component.mws.model.orders.OrderItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One incremental sync of a seller's orders: ListOrders from the stored checkpoint ({@code LastUpdatedAfter}) over
 * every page (the window's orders are held in memory; after the first sync a window holds the orders of one poll
 * interval), ListOrderItems for each order, each order handed to {@code direct:store-order}; then the checkpoint
 * moves to the {@code LastUpdatedBefore} MWS chose for the window. If anything fails the checkpoint stays and the
 * next poll lists the same window again (the store is idempotent), so no order is lost.
 */
public final class OrderWindowSync implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger("org.apache.camel.mws.examples.Orders");

    private final String sellerId;
    private final Endpoint listOrders;
    private final Endpoint listOrderItems;
    private final Endpoint store;
    private final Checkpoints checkpoints;
    private final String initialStart;
    private final SyncStats stats;
    private final ProducerTemplate template;

    public OrderWindowSync(String sellerId, Endpoint listOrders, Endpoint listOrderItems, Endpoint store,
                           Checkpoints checkpoints, String initialStart, SyncStats stats, ProducerTemplate template) {
        this.sellerId = sellerId;
        this.listOrders = listOrders;
        this.listOrderItems = listOrderItems;
        this.store = store;
        this.checkpoints = checkpoints;
        this.initialStart = initialStart;
        this.stats = stats;
        this.template = template;
    }

    /** The checkpoint key of a seller's order sync. */
    public static String checkpointKey(String sellerId) {
        return "orders/" + sellerId;
    }

    @Override
    public void process(Exchange trigger) throws Exception {
        String key = checkpointKey(sellerId);
        Instant from = checkpoints.get(key).map(Instant::parse).orElseGet(this::initialStart);
        // all pages first: a NextToken lives 30 minutes, longer than fetching the items of a big page may take
        List<Order> orders = new ArrayList<>();
        Exchange page = call(listOrders, Map.of(MwsConstants.PARAMETERS, Map.of("LastUpdatedAfter", from)));
        Instant windowEnd = null;
        while (true) {
            ListOrdersResult result = page.getMessage().getMandatoryBody(ListOrdersResult.class);
            if (windowEnd == null) {
                windowEnd = result.getLastUpdatedBefore();
            }
            orders.addAll(result.getOrders());
            String token = page.getMessage().getHeader(MwsConstants.NEXT_TOKEN, String.class);
            if (token == null) {
                break;
            }
            page = call(listOrders, Map.of(MwsConstants.NEXT_TOKEN, token));
        }
        int synced = 0;
        for (Order order : orders) {
            if (trigger.getContext().isStopping()) {
                LOG.info("Seller {}: stopping after {} of {} orders of the window; the rest comes at the next start",
                        sellerId, synced, orders.size());
                return;
            }
            SyncedOrder withItems = new SyncedOrder(sellerId, order, items(order.getAmazonOrderId()));
            Exchange stored = template.send(store, e -> e.getMessage().setBody(withItems));
            if (stored.getException() != null) {
                throw stored.getException();
            }
            synced++;
        }
        if (windowEnd == null) {
            LOG.warn("Seller {}: MWS did not say where the window ended; the checkpoint stays at {}", sellerId, from);
            return;
        }
        checkpoints.put(key, windowEnd.toString());
        long sellerTotal = stats.add(sellerId, synced);
        if (synced > 0) {
            LOG.info("Seller {}: {} orders synced (updated {} to {}); {} for this seller and {} in total since start",
                    sellerId, synced, from, windowEnd, sellerTotal, stats.total());
        } else {
            LOG.debug("Seller {}: no order updated between {} and {}", sellerId, from, windowEnd);
        }
    }

    private List<OrderItem> items(String amazonOrderId) throws Exception {
        List<OrderItem> items = new ArrayList<>();
        Exchange page = call(listOrderItems, Map.of(MwsConstants.PARAMETERS, Map.of("AmazonOrderId", amazonOrderId)));
        while (true) {
            items.addAll(page.getMessage().getMandatoryBody(ListOrderItemsResult.class).getOrderItems());
            String token = page.getMessage().getHeader(MwsConstants.NEXT_TOKEN, String.class);
            if (token == null) {
                return items;
            }
            page = call(listOrderItems, Map.of(MwsConstants.NEXT_TOKEN, token));
        }
    }

    private Exchange call(Endpoint endpoint, Map<String, Object> headers) throws Exception {
        Exchange answer = template.request(endpoint, e -> e.getMessage().setHeaders(new java.util.HashMap<>(headers)));
        if (answer.getException() != null) {
            throw answer.getException();
        }
        return answer;
    }

    private Instant initialStart() {
        try {
            return Instant.parse(initialStart);
        } catch (DateTimeParseException e) {
            return Instant.now().minus(Duration.parse(initialStart.toUpperCase(java.util.Locale.ROOT)))
                    .truncatedTo(ChronoUnit.SECONDS);
        }
    }
}
