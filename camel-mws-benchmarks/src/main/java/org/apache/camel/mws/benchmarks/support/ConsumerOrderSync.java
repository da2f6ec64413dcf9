package org.apache.camel.mws.benchmarks.support;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;

/**
 * The order sync as a user writes it: the ListOrders polling consumer ({@code from("mws:Orders/ListOrders")}, its
 * checkpoint in a StateRepository) into Camel's idempotent consumer keyed on AmazonOrderId + LastUpdateDate, as
 * the component's documentation advises (an order updated twice is listed twice by MWS), then the sink. The key is
 * added to the repository after the sink completed ({@code eager(false)}): a crash between the two gives a
 * duplicate, never a lost order.
 */
public final class ConsumerOrderSync {

    /** Called with each order that passed the idempotent consumer: its AmazonOrderId and key. */
    @FunctionalInterface
    public interface Sink {
        void accept(String amazonOrderId, String key) throws Exception;
    }

    private final AtomicLong consumed = new AtomicLong();
    private final Map<String, Integer> passed = new ConcurrentHashMap<>();
    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    /** The idempotency key of an order exchange. */
    public static String key(Exchange e) {
        return e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class) + "|"
               + e.getMessage().getHeader(MwsConstants.LAST_UPDATE_DATE, String.class);
    }

    /**
     * Adds the route (id {@code orders}, not started until the context starts).
     *
     * @param uri the consumer URI, e.g. {@code mws:Orders/ListOrders?initialStart=...&stateRepository=#state}
     */
    public void install(CamelContext camel, String uri, IdempotentRepository repository, Sink sink) throws Exception {
        Expression key = new Expression() {
            @Override
            public <T> T evaluate(Exchange exchange, Class<T> type) {
                return type.cast(key(exchange));
            }
        };
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("orders")
                        .process(e -> consumed.incrementAndGet())
                        .idempotentConsumer(key, repository).eager(false)
                        .process(e -> {
                            String id = e.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class);
                            passed.merge(key(e), 1, Integer::sum);
                            ids.add(id);
                            sink.accept(id, key(e));
                        });
            }
        });
    }

    /** Waits until every expected order passed the idempotent consumer, or the timeout. */
    public boolean awaitAll(Set<String> expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ids.containsAll(expected)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Order exchanges the consumer emitted (before the idempotent consumer). */
    public long consumed() {
        return consumed.get();
    }

    /** Exchanges that passed the idempotent consumer, by key. */
    public Map<String, Integer> passed() {
        return passed;
    }

    public Set<String> ids() {
        return ids;
    }

    /** A consumer URI over the simulator's first seller's marketplaces, polling often, pages of 100. */
    public static String uri(String initialStart, String stateRepositoryRef, String... options) {
        StringBuilder sb = new StringBuilder("mws:Orders/ListOrders?initialStart=").append(initialStart)
                .append("&delay=50&parameters.MaxResultsPerPage=100&stateRepository=#").append(stateRepositoryRef);
        for (String o : options) {
            sb.append('&').append(o);
        }
        return sb.toString();
    }

    /** The state repository bound under a name (for the URI's {@code #ref}). */
    public static void bind(CamelContext camel, String name, StateRepository<String, String> repository) {
        camel.getRegistry().bind(name, repository);
    }
}
