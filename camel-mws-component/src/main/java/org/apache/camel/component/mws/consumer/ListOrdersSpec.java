package org.apache.camel.component.mws.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Message;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.model.orders.ListOrdersResult;
import org.apache.camel.component.mws.model.orders.Order;
import org.apache.camel.component.mws.model.orders.OrderItem;

/**
 * Orders/ListOrders by LastUpdatedAfter: a window starts at the checkpoint and ends at the LastUpdatedBefore MWS
 * echoes (now minus two minutes at the server), so consecutive windows neither overlap nor leave a gap. One exchange
 * per order; with includeOrderItems the order's items (ListOrderItems and its ByNextToken twin) in a header.
 */
final class ListOrdersSpec implements ListingSpec {

    private final Action listOrderItems;

    /**
     * @param listOrderItems the ListOrderItems action when the items are wanted, else null
     */
    ListOrdersSpec(Action listOrderItems) {
        this.listOrderItems = listOrderItems;
    }

    @Override
    public Set<String> windowParameterNames() {
        return Set.of("LastUpdatedAfter", "LastUpdatedBefore", "CreatedAfter", "CreatedBefore");
    }

    @Override
    public Map<String, Object> windowParameters(Instant start, Instant plannedEnd) {
        return Map.of("LastUpdatedAfter", start);
    }

    /** A part of a window sends its end as LastUpdatedBefore (earlier than the window's, so two minutes ago). */
    @Override
    public Map<String, Object> partParameters(Instant start, Instant end) {
        return Map.of("LastUpdatedAfter", start, "LastUpdatedBefore", end);
    }

    /** MWS ends the window itself: now minus two minutes at the server, echoed as LastUpdatedBefore. */
    @Override
    public boolean endsAtPlannedEnd() {
        return false;
    }

    @Override
    public Instant windowEnd(ListingPage first, Instant plannedEnd) {
        Instant end = ((ListOrdersResult) first.result()).getLastUpdatedBefore();
        if (end == null) {
            throw new IllegalStateException("MWS ListOrders answered without LastUpdatedBefore (RequestId "
                                            + first.reply().requestId() + "): the window has no end, the checkpoint"
                                            + " cannot advance");
        }
        return end;
    }

    @Override
    public void describe(Object record, ListingPage page, Message message) {
        Order order = (Order) record;
        message.setBody(order);
        message.setHeader(MwsConstants.AMAZON_ORDER_ID, order.getAmazonOrderId());
        message.setHeader(MwsConstants.LAST_UPDATE_DATE, order.getLastUpdateDate());
        message.setHeader(MwsConstants.MARKETPLACE_ID, order.getMarketplaceId());
    }

    @Override
    public void enrich(Object record, Message message, SellerCalls calls) {
        if (listOrderItems == null) {
            return;
        }
        List<OrderItem> items = new ArrayList<>();
        Listing listing = calls.listing(listOrderItems, Map.of("AmazonOrderId", ((Order) record).getAmazonOrderId()));
        for (ListingPage page = listing.next(); page != null; page = listing.next()) {
            for (Object item : page.records()) {
                items.add((OrderItem) item);
            }
        }
        message.setHeader(MwsConstants.ORDER_ITEMS, items);
    }
}
