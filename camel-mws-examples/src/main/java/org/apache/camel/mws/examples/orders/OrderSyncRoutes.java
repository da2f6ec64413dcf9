package org.apache.camel.mws.examples.orders;

import java.time.Duration;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.model.orders.Order;
import org.apache.camel.component.mws.model.orders.OrderItem;
import org.apache.camel.mws.examples.SellerEndpoints;
import org.apache.camel.mws.examples.config.SellerSettings;

/**
 * Order sync: for each seller an {@code mws:Orders/ListOrders} consumer with {@code includeOrderItems=true} - one
 * exchange per order updated since its checkpoint, with the order's items - whose orders are written into the
 * {@code orders} and {@code order_items} tables with camel-sql MERGE statements. The consumer moves its checkpoint,
 * kept in the same database (the component's
 * {@link org.apache.camel.component.mws.state.JdbcStateRepository}, table {@code CAMEL_MWS_STATE}), only once every order of the window is stored; a failed
 * order leaves it where it was and the window comes again (the MERGE makes writing an order twice harmless).
 */
public final class OrderSyncRoutes extends RouteBuilder {

    /** Stores one {@link SyncedOrder}: its items, then the order. */
    public static final String STORE_ORDER = "direct:store-order";
    /** Registry name of the state repository holding the checkpoints. */
    public static final String CHECKPOINTS = "orderCheckpoints";

    private static final String LOG_NAME = "org.apache.camel.mws.examples.Orders";

    private final List<SellerSettings> sellers;
    private final Duration pollInterval;
    private final String initialStart;
    private final SyncStats stats;

    public OrderSyncRoutes(List<SellerSettings> sellers, Duration pollInterval, String initialStart, SyncStats stats) {
        this.sellers = List.copyOf(sellers);
        this.pollInterval = pollInterval;
        this.initialStart = initialStart;
        this.stats = stats;
    }

    @Override
    public void configure() {
        // failures go back to the consumer that delivered the order, which keeps its checkpoint
        from(STORE_ORDER).routeId("store-order").errorHandler(noErrorHandler())
                .setProperty("syncedOrder", body())
                .setBody(exchange -> OrderRows.items(exchange.getMessage().getBody(SyncedOrder.class)))
                .filter(simple("${body.size()} > 0"))
                    .to("sql:" + OrderRows.MERGE_ITEM + "?batch=true&dataSource=#dataSource")
                .end()
                .setBody(exchange -> OrderRows.order(exchange.getProperty("syncedOrder", SyncedOrder.class)))
                .to("sql:" + OrderRows.MERGE_ORDER + "?dataSource=#dataSource");

        SellerEndpoints endpoints = new SellerEndpoints(getCamelContext());
        for (SellerSettings seller : sellers) {
            String id = seller.sellerId();
            from(endpoints.endpoint(seller, "Orders/ListOrders", "includeOrderItems=true&stateRepository=#"
                                                                 + CHECKPOINTS + "&initialStart=" + initialStart
                                                                 + "&delay=" + pollInterval.toMillis()))
                    .routeId("orders-" + id)
                    .onException(Exception.class).handled(false).logExhausted(false)
                        .log(LoggingLevel.WARN, LOG_NAME, "Seller " + id + ": order ${header."
                                                          + MwsConstants.AMAZON_ORDER_ID + "} not stored"
                                                          + " (${exception.message}); its window is polled again")
                    .end()
                    .process(OrderSyncRoutes::toSyncedOrder)
                    .to(STORE_ORDER)
                    .process(exchange -> stats.add(id, 1))
                    .filter(exchangeProperty(Exchange.BATCH_COMPLETE))
                        .log(LoggingLevel.INFO, LOG_NAME, "Seller " + id + ": ${exchangeProperty."
                                                          + Exchange.BATCH_SIZE + "} orders synced (updated"
                                                          + " ${header." + MwsConstants.WINDOW_START + "} to ${header."
                                                          + MwsConstants.WINDOW_END + "}); "
                                                          + "${bean:syncStats?method=of('" + id + "')} for this seller"
                                                          + " and ${bean:syncStats?method=total} in total since start")
                    .end();
        }
    }

    @SuppressWarnings("unchecked")
    private static void toSyncedOrder(Exchange exchange) {
        Order order = exchange.getMessage().getBody(Order.class);
        List<OrderItem> items = exchange.getMessage().getHeader(MwsConstants.ORDER_ITEMS, List.class);
        String sellerId = exchange.getMessage().getHeader(MwsConstants.SELLER_ID, String.class);
        exchange.getMessage().setBody(new SyncedOrder(sellerId, order, items == null ? List.of() : items));
    }
}
