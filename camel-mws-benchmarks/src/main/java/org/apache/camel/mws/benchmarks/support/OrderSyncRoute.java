package org.apache.camel.mws.benchmarks.support;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.Expression;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.model.orders.Order;
import org.apache.camel.spi.IdempotentRepository;

/**
 * The delivery side of an order sync: every listed order goes through Camel's idempotent consumer, keyed on
 * AmazonOrderId + LastUpdateDate as the component's documentation advises, and only then to the sink. The key is
 * added to the repository after the sink completed ({@code eager(false)}), so that a crash between the two gives a
 * duplicate, never a lost order.
 */
public final class OrderSyncRoute {

    public static final String ENDPOINT = "direct:orders";

    private OrderSyncRoute() {
    }

    /** The idempotency key of an order. */
    public static String key(Order order) {
        return order.getAmazonOrderId() + "|" + order.getLastUpdateDate();
    }

    /** Adds the route {@code direct:orders -> idempotent consumer -> sink} to the context. */
    public static void install(CamelContext camel, IdempotentRepository repository, Consumer<Order> sink)
            throws Exception {
        Expression key = new Expression() {
            @Override
            public <T> T evaluate(org.apache.camel.Exchange exchange, Class<T> type) {
                return type.cast(key(exchange.getMessage().getBody(Order.class)));
            }
        };
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ENDPOINT).routeId("orders")
                        .idempotentConsumer(key, repository).eager(false)
                        .process(e -> sink.accept(e.getMessage().getBody(Order.class)));
            }
        });
    }

    /** A sink for {@link PagedOrderSync} that sends each order into the route. */
    public static Consumer<Order> into(CamelContext camel) {
        var template = camel.createProducerTemplate();
        return order -> template.sendBody(ENDPOINT, order);
    }

    /** The first page of a full listing of the simulator's first seller. */
    public static Map<String, Object> fullListing(String createdAfter) {
        return Map.of("CreatedAfter", createdAfter, "MaxResultsPerPage", "100");
    }
}
