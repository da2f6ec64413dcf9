package org.apache.camel.component.mws.consumer;

/**
 * The pages of one listing: the answer of the listing operation, then of its ByNextToken twin for as long as MWS
 * says more pages follow. A failed {@link #next()} leaves the listing where it was, so calling it again retries the
 * same page.
 */
public interface Listing {

    /**
     * @return the next page, or null when the listing is complete
     * @throws org.apache.camel.component.mws.MwsException when MWS refused the page or could not be reached
     */
    ListingPage next();

    /**
     * Like {@link #next()}, waiting for the seller's bucket at most {@code maxThrottleWait}.
     *
     * @param  maxThrottleWait how long pacing may hold the request: zero to send only what the bucket allows at once
     *                         (otherwise the call fails and {@link SellerCalls#requiredWait} tells how long it needs);
     *                         null for the listing's own setting
     * @return                 the next page, or null when the listing is complete
     */
    default ListingPage next(java.time.Duration maxThrottleWait) {
        return next();
    }

    /**
     * @return true once the last page was returned (no further call would be made)
     */
    boolean isComplete();
}
