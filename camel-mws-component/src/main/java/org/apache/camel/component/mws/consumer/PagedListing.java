package org.apache.camel.component.mws.consumer;

import java.time.Duration;

import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.paging.Listing.Options;

/**
 * A consumer's {@link Listing} on the component's paging engine ({@link org.apache.camel.component.mws.paging.Listing}):
 * NextToken, HasNext and MoreResultsAvailable paging, and a restart from the first request on NextTokenCorrupted that
 * skips the records handed out before it.
 */
final class PagedListing implements Listing {

    private final Action action;
    private final org.apache.camel.component.mws.paging.Listing listing;
    private final Duration maxThrottleWait;

    /**
     * @param listing         the paging engine's listing (see {@link Options#skipDelivered()})
     * @param maxThrottleWait how long pacing may hold a request (zero for a consumer that waits elsewhere), null for
     *                        the endpoint's
     */
    PagedListing(org.apache.camel.component.mws.paging.Listing listing, Duration maxThrottleWait) {
        this.action = listing.action();
        this.listing = listing;
        this.maxThrottleWait = maxThrottleWait;
    }

    @Override
    public ListingPage next() {
        return next(null);
    }

    @Override
    public ListingPage next(Duration maxThrottleWait) {
        if (!listing.hasMore()) {
            return null;
        }
        org.apache.camel.component.mws.paging.ListingPage page = listing.fetch(
                maxThrottleWait != null ? maxThrottleWait : this.maxThrottleWait);
        return new ListingPage(SellerCalls.page(action, page.reply()), page.reply(), page.records());
    }

    @Override
    public boolean isComplete() {
        return !listing.hasMore();
    }

    @Override
    public String toString() {
        return listing.toString();
    }
}
