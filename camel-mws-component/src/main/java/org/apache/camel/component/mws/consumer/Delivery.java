package org.apache.camel.component.mws.consumer;

import org.apache.camel.Exchange;
import org.apache.camel.spi.Synchronization;

/**
 * An exchange of a record on its way through the route; tells its seller's feed how it ended, which settles the
 * window (and commits the checkpoint) once the last one did.
 */
final class Delivery implements Synchronization {

    private final Exchange exchange;
    private final SellerFeed feed;
    private final Window window;
    private final Object record;

    Delivery(Exchange exchange, SellerFeed feed, Window window, Object record) {
        this.exchange = exchange;
        this.feed = feed;
        this.window = window;
        this.record = record;
    }

    Exchange exchange() {
        return exchange;
    }

    Window window() {
        return window;
    }

    /** Not sent (its window was abandoned, or the consumer stops): the window is listed again. */
    void skip() {
        feed.finished(window, false, null);
    }

    @Override
    public void onComplete(Exchange exchange) {
        feed.completed(window, record, exchange);
    }

    @Override
    public void onFailure(Exchange exchange) {
        feed.finished(window, false, exchange);
    }
}
