package org.apache.camel.mws.examples.feeds;

import java.time.Duration;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsSubmissionUncertainException;
import org.apache.camel.mws.examples.SellerEndpoints;
import org.apache.camel.mws.examples.config.SellerSettings;

/**
 * Inventory updates from the JMS queue {@value #INVENTORY_QUEUE} (an XML inventory feed, or CSV with the columns
 * sku, quantity[, fulfillment-latency]) are submitted to MWS as {@code _POST_INVENTORY_AVAILABILITY_DATA_} feeds; the
 * processing report of each goes to {@value #RESULTS_QUEUE}, and the log gets a line per error.
 * <p>
 * The seller of an update is its {@code sellerId} JMS header, else the XML's MerchantIdentifier, else the first
 * seller. The queue is read in a JMS transaction: an update whose feed could not be submitted (MWS unreachable after
 * the component's retries) goes back to the queue and is redelivered. A malformed update is rejected with a message
 * on the results queue. A feed whose submission may or may not have reached MWS is reported as UNCERTAIN, never sent
 * twice.
 */
public final class FeedRoutes extends RouteBuilder {

    /** Where inventory updates arrive. */
    public static final String INVENTORY_QUEUE = "mws.feeds.inventory";
    /** Where the processing reports go. */
    public static final String RESULTS_QUEUE = "mws.feeds.results";

    private final List<SellerSettings> sellers;
    private final Duration pollInterval;

    public FeedRoutes(List<SellerSettings> sellers, Duration pollInterval) {
        this.sellers = List.copyOf(sellers);
        this.pollInterval = pollInterval;
    }

    @Override
    public void configure() {
        onException(InvalidInventoryUpdateException.class).handled(true)
                .log(LoggingLevel.WARN, "org.apache.camel.mws.examples.Feeds",
                        "Rejected an inventory update (JMS message ${header.JMSMessageID}): ${exception.message}")
                .setHeader(FeedResults.OUTCOME, constant("REJECTED"))
                .setBody(simple("Rejected: ${exception.message}"))
                .to("jms:queue:" + RESULTS_QUEUE);
        onException(MwsSubmissionUncertainException.class).handled(true)
                .log(LoggingLevel.ERROR, "org.apache.camel.mws.examples.Feeds",
                        "The inventory feed for seller ${header." + FeedResults.SELLER_ID + "} may or may not have"
                                                                                  + " reached MWS (${exception.message});"
                                                                                  + " it is not sent again: check"
                                                                                  + " GetFeedSubmissionList")
                .setHeader(FeedResults.OUTCOME, constant("UNCERTAIN"))
                .setBody(simple("Uncertain: ${exception.message}"))
                .to("jms:queue:" + RESULTS_QUEUE);

        from("jms:queue:" + INVENTORY_QUEUE + "?transacted=true").routeId("inventory-feeds")
                .process(this::toFeed)
                .log("Submitting an inventory feed for seller ${header." + FeedResults.SELLER_ID + "}: "
                     + "${header.MwsFeedMessages} updates (from ${header.MwsFeedFormat})")
                .toD("direct:inventory-feed-${header." + FeedResults.SELLER_ID + "}");

        SellerEndpoints endpoints = new SellerEndpoints(getCamelContext());
        for (SellerSettings seller : sellers) {
            // awaitResult: the producer waits for the feed to be processed and returns its ProcessingReport
            from("direct:inventory-feed-" + seller.sellerId()).routeId("inventory-feed-" + seller.sellerId())
                    .to(endpoints.endpoint(seller, "Feeds/SubmitFeed", "feedType=" + InventoryFeed.FEED_TYPE
                                                                       + "&awaitResult=true&awaitInterval="
                                                                       + pollInterval.toMillis()))
                    .process(FeedResults::toResultMessage)
                    .to("jms:queue:" + RESULTS_QUEUE);
        }
    }

    private void toFeed(Exchange exchange) throws InvalidInventoryUpdateException {
        String body = exchange.getMessage().getBody(String.class);
        String sellerId = exchange.getMessage().getHeader("sellerId", String.class);
        if (sellerId != null && sellers.stream().noneMatch(s -> s.sellerId().equals(sellerId))) {
            throw new InvalidInventoryUpdateException("the sellerId header names " + sellerId
                                                      + ", which is not one of the configured sellers");
        }
        InventoryFeed feed = InventoryFeed.of(body, sellerId != null ? sellerId : sellers.get(0).sellerId());
        String seller = sellerId != null ? sellerId
                : feed.merchantId() != null ? feed.merchantId() : sellers.get(0).sellerId();
        if (sellers.stream().noneMatch(s -> s.sellerId().equals(seller))) {
            throw new InvalidInventoryUpdateException("the feed's MerchantIdentifier " + seller
                                                      + " is not one of the configured sellers");
        }
        exchange.getMessage().setHeader(FeedResults.SELLER_ID, seller);
        exchange.getMessage().setHeader("MwsFeedFormat", feed.format());
        exchange.getMessage().setHeader("MwsFeedMessages", feed.messages());
        exchange.getMessage().setBody(feed.xml());
    }
}
