package org.apache.camel.mws.examples.orders;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.mws.examples.SellerEndpoints;
import org.apache.camel.mws.examples.config.SellerSettings;

/**
 * Order sync: for each seller, a poll of its orders (with their items) every {@code pollInterval}, written into the
 * {@code orders} and {@code order_items} tables with camel-sql MERGE statements, the checkpoint kept in the same
 * database.
 */
public final class OrderSyncRoutes extends RouteBuilder {

    /** Stores one {@link SyncedOrder}: its items, then the order. */
    public static final String STORE_ORDER = "direct:store-order";

    private final List<SellerSettings> sellers;
    private final Duration pollInterval;
    private final String initialStart;
    private final DataSource dataSource;
    private final SyncStats stats;

    public OrderSyncRoutes(List<SellerSettings> sellers, Duration pollInterval, String initialStart,
                           DataSource dataSource, SyncStats stats) {
        this.sellers = List.copyOf(sellers);
        this.pollInterval = pollInterval;
        this.initialStart = initialStart;
        this.dataSource = dataSource;
        this.stats = stats;
    }

    @Override
    public void configure() {
        // failures go back to the sync that sent the order, which decides (no error handler of its own)
        from(STORE_ORDER).routeId("store-order").errorHandler(noErrorHandler())
                .setProperty("syncedOrder", body())
                .setBody(exchange -> OrderRows.items(exchange.getMessage().getBody(SyncedOrder.class)))
                .filter(simple("${body.size()} > 0"))
                    .to("sql:" + OrderRows.MERGE_ITEM + "?batch=true&dataSource=#dataSource")
                .end()
                .setBody(exchange -> OrderRows.order(exchange.getProperty("syncedOrder", SyncedOrder.class)))
                .to("sql:" + OrderRows.MERGE_ORDER + "?dataSource=#dataSource");

        SellerEndpoints endpoints = new SellerEndpoints(getCamelContext());
        Checkpoints checkpoints = new Checkpoints(dataSource);
        for (SellerSettings seller : sellers) {
            OrderWindowSync sync = new OrderWindowSync(seller.sellerId(),
                    endpoints.endpoint(seller, "Orders/ListOrders", ""),
                    endpoints.endpoint(seller, "Orders/ListOrderItems", ""), getCamelContext().getEndpoint(STORE_ORDER),
                    checkpoints, initialStart, stats, getCamelContext().createProducerTemplate());
            from("timer:orders-" + seller.sellerId() + "?delay=1000&period=" + pollInterval.toMillis())
                    .routeId("orders-" + seller.sellerId())
                    .onException(Exception.class).handled(true)
                        .choice()
                            .when(exchange -> exchange.getContext().isStopping())
                                .log(LoggingLevel.INFO, "org.apache.camel.mws.examples.Orders", "Seller "
                                     + seller.sellerId() + ": sync stopped with the application; the window is"
                                     + " synced again at the next start")
                            .otherwise()
                                .log(LoggingLevel.WARN, "org.apache.camel.mws.examples.Orders", "Seller "
                                     + seller.sellerId() + ": order sync interrupted (${exception.message}); the same"
                                     + " window is polled again")
                        .end()
                    .end()
                    .process(sync);
        }
    }
}
