package org.apache.camel.mws.benchmarks.support;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.MwsNextTokenCorruptedException;
import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.model.orders.ListOrdersResult;
import org.apache.camel.component.mws.model.orders.Order;

/**
 * A full ListOrders listing of one seller, page after page through {@code mws:Orders/ListOrders} and its
 * ByNextToken twin (the producer, with the {@code CamelMwsNextToken} header), handing every order to a sink.
 * With throttling on, each page waits in the component's pacer for its bucket; with it off, a RequestThrottled
 * answer is retried after a fixed pause, as a client without a limiter would. A NextTokenCorrupted answer restarts
 * the listing from its first page, as MWS prescribes (the sink sees those orders again).
 */
public final class PagedOrderSync {

    /** At most this many restarts after NextTokenCorrupted before giving up. */
    public static final int MAX_RESTARTS = 20;

    /**
     * What a listing did.
     *
     * @param delivered  orders handed to the sink
     * @param duplicates orders handed to the sink more than once (only counted by {@link #run(Set, Duration)})
     */
    public record Result(int pages, int delivered, int duplicates, int throttledRetries, int restarts,
            Duration wallTime) {
    }

    private final ProducerTemplate template;
    private final String uri;
    private final Map<String, Object> firstPage;

    /**
     * @param uri       the {@code mws:Orders/ListOrders?...} endpoint
     * @param firstPage the parameters of the first page (CreatedAfter, MaxResultsPerPage, ...)
     */
    public PagedOrderSync(ProducerTemplate template, String uri, Map<String, Object> firstPage) {
        this.template = template;
        this.uri = uri;
        this.firstPage = firstPage;
    }

    /** Lists every page into a set of AmazonOrderIds, counting the duplicates. */
    public Result run(Set<String> orderIds, Duration throttledPause) throws InterruptedException {
        int[] duplicates = new int[1];
        Result r = run(o -> {
            if (!orderIds.add(o.getAmazonOrderId())) {
                duplicates[0]++;
            }
        }, throttledPause);
        return new Result(r.pages(), r.delivered(), duplicates[0], r.throttledRetries(), r.restarts(), r.wallTime());
    }

    /**
     * Lists every page.
     *
     * @param  sink           receives every order delivered
     * @param  throttledPause null to fail on RequestThrottled (the pacer is expected to prevent it); else the pause
     *                        before sending a throttled page again
     */
    public Result run(Consumer<Order> sink, Duration throttledPause) throws InterruptedException {
        long start = System.nanoTime();
        int pages = 0;
        int delivered = 0;
        int throttled = 0;
        int restarts = 0;
        String token = null;
        while (true) {
            String pageToken = token;
            Exchange ex = template.request(uri, e -> {
                if (pageToken == null) {
                    e.getMessage().setHeader(MwsConstants.PARAMETERS, firstPage);
                } else {
                    e.getMessage().setHeader(MwsConstants.NEXT_TOKEN, pageToken);
                }
            });
            Exception failure = ex.getException();
            if (failure instanceof MwsThrottledException && throttledPause != null) {
                throttled++;
                Thread.sleep(Math.max(1, throttledPause.toMillis()));
                continue;
            }
            if (failure instanceof MwsNextTokenCorruptedException && restarts < MAX_RESTARTS) {
                restarts++;
                token = null;
                continue;
            }
            if (failure != null) {
                throw new IllegalStateException("page " + (pages + 1) + " failed: " + failure.getMessage(), failure);
            }
            pages++;
            for (Order o : ex.getMessage().getBody(ListOrdersResult.class).getOrders()) {
                delivered++;
                sink.accept(o);
            }
            token = ex.getMessage().getHeader(MwsConstants.NEXT_TOKEN, String.class);
            if (token == null) {
                break;
            }
        }
        return new Result(pages, delivered, 0, throttled, restarts, Duration.ofNanos(System.nanoTime() - start));
    }
}
