package org.apache.camel.mws.examples.feeds;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;

/** Puts a sample inventory update on the inventory queue now and then, so the feed route runs by itself. */
public final class SampleInventoryRoutes extends RouteBuilder {

    private final InventorySamples samples;
    private final Duration interval;

    public SampleInventoryRoutes(InventorySamples samples, Duration interval) {
        this.samples = samples;
        this.interval = interval;
    }

    @Override
    public void configure() {
        from("timer:inventory-samples?delay=5000&period=" + interval.toMillis()).routeId("inventory-samples")
                .process(samples::next)
                .to("jms:queue:" + FeedRoutes.INVENTORY_QUEUE)
                .log("Queued a sample inventory update for seller ${header.sellerId}");
    }
}
