package org.apache.camel.mws.benchmarks.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.model.orders.ListOrdersResult;
import org.apache.camel.component.mws.model.orders.Order;

/**
 * A full ListOrders listing of one seller, page after page through {@code mws:Orders/ListOrders} and its
 * ByNextToken twin (the producer, with the {@code CamelMwsNextToken} header), collecting every AmazonOrderId.
 * With throttling on, each page waits in the component's pacer for its bucket; with it off, a RequestThrottled
 * answer is retried after a fixed pause, as a client without a limiter would.
 */
public final class PagedOrderSync {

    /** What a listing did. */
    public record Result(int pages, int delivered, int duplicates, int throttledRetries, Duration wallTime) {
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

    /**
     * Lists every page.
     *
     * @param  orderIds       receives the AmazonOrderId of every order delivered
     * @param  throttledPause null to fail on RequestThrottled (the pacer is expected to prevent it); else the pause
     *                        before sending a throttled page again
     */
    public Result run(Set<String> orderIds, Duration throttledPause) throws InterruptedException {
        long start = System.nanoTime();
        int pages = 0;
        int delivered = 0;
        int duplicates = 0;
        int throttled = 0;
        String token = null;
        do {
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
            if (failure != null) {
                throw new IllegalStateException("page " + (pages + 1) + " failed: " + failure.getMessage(), failure);
            }
            pages++;
            List<Order> orders = ex.getMessage().getBody(ListOrdersResult.class).getOrders();
            for (Order o : orders) {
                delivered++;
                if (!orderIds.add(o.getAmazonOrderId())) {
                    duplicates++;
                }
            }
            token = ex.getMessage().getHeader(MwsConstants.NEXT_TOKEN, String.class);
        } while (token != null);
        return new Result(pages, delivered, duplicates, throttled, Duration.ofNanos(System.nanoTime() - start));
    }
}
