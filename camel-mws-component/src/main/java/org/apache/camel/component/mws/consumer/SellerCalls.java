package org.apache.camel.component.mws.consumer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.component.mws.MwsException;
import org.apache.camel.component.mws.MwsReply;
import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.MwsResultFormat;
import org.apache.camel.component.mws.ResponseInterpreter;
import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.model.PagedResult;
import org.apache.camel.component.mws.throttle.ThrottleTimeoutException;
import org.apache.camel.component.mws.transport.MwsClient;

/**
 * The MWS calls a consumer makes for one seller: through the endpoint's client (signing, retries, pacing keyed by
 * the seller) and the producer's answer interpretation, with the seller's SellerId and MWSAuthToken on every call.
 */
public final class SellerCalls {

    private final MwsClient client;
    private final ResponseInterpreter interpreter;
    private final Section section;
    private final String sellerId;
    private final String mwsAuthToken;
    private final int maxListingRestarts;
    private final Duration maxThrottleWait;

    /**
     * @param client       the endpoint's client
     * @param interpreter  reads the answers
     * @param section      the endpoint's section
     * @param sellerId     the seller the calls act for
     * @param mwsAuthToken the seller's MWSAuthToken, or null to use the endpoint's
     */
    public SellerCalls(MwsClient client, ResponseInterpreter interpreter, Section section, String sellerId,
                       String mwsAuthToken) {
        this(client, interpreter, section, sellerId, mwsAuthToken, 3, null);
    }

    /**
     * @param client             the endpoint's client
     * @param interpreter        reads the answers
     * @param section            the endpoint's section
     * @param sellerId           the seller the calls act for
     * @param mwsAuthToken       the seller's MWSAuthToken, or null to use the endpoint's
     * @param maxListingRestarts how many times a listing starts again after NextTokenCorrupted
     * @param maxThrottleWait    how long pacing may hold a call: null for the endpoint's maxThrottleWait, zero for a
     *                           caller that waits for the bucket elsewhere (see {@link #requiredWait})
     */
    public SellerCalls(MwsClient client, ResponseInterpreter interpreter, Section section, String sellerId,
                       String mwsAuthToken, int maxListingRestarts, Duration maxThrottleWait) {
        this.client = client;
        this.interpreter = interpreter;
        this.section = section;
        this.sellerId = sellerId;
        this.mwsAuthToken = mwsAuthToken;
        this.maxListingRestarts = maxListingRestarts;
        this.maxThrottleWait = maxThrottleWait;
    }

    /**
     * @param  failure a failed call of a {@link SellerCalls} whose maxThrottleWait is zero
     * @return         how long its bucket needs before the call can go, or null when the failure is not about
     *                 waiting for a bucket (the server refused, the service failed, ...)
     */
    public static Duration requiredWait(Throwable failure) {
        if (!(failure instanceof MwsThrottledException)) {
            return null;
        }
        if (failure.getCause() instanceof ThrottleTimeoutException timeout) {
            return timeout.getRequiredWait();
        }
        // a re-send after RequestThrottled or QuotaExceeded: the server's answer, the unsent re-send attached
        for (Throwable suppressed : failure.getSuppressed()) {
            if (suppressed.getCause() instanceof ThrottleTimeoutException timeout) {
                return timeout.getRequiredWait();
            }
        }
        return null;
    }

    /**
     * @return the seller the calls act for
     */
    public String sellerId() {
        return sellerId;
    }

    /**
     * @return the seller's MWSAuthToken, or null when the calls use the endpoint's
     */
    public String mwsAuthToken() {
        return mwsAuthToken;
    }

    /**
     * @return the section of the calls
     */
    public Section section() {
        return section;
    }

    /**
     * Sends one call and reads its answer into the modelled result.
     *
     * @param  action       the action
     * @param  parameters   its parameters (the seller's identity is added)
     * @return              the answer
     * @throws MwsException when MWS refused the call or could not be reached
     */
    public MwsReply call(Action action, Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        if (sellerId != null) {
            all.put("SellerId", sellerId);
        }
        if (mwsAuthToken != null) {
            all.put("MWSAuthToken", mwsAuthToken);
        }
        return interpreter.interpret(client.execute(client.newCall(section, action, all, null)
                .withMaxThrottleWait(maxThrottleWait)), MwsResultFormat.object);
    }

    /**
     * @param  action     a listing action
     * @param  parameters the parameters of its first call
     * @return            the listing: the action's pages, then its ByNextToken twin's; on NextTokenCorrupted it
     *                    starts again from the first call (at most maxListingRestarts times) and skips the records
     *                    it returned before
     */
    public Listing listing(Action action, Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        if (sellerId != null) {
            all.put("SellerId", sellerId);
        }
        if (mwsAuthToken != null) {
            all.put("MWSAuthToken", mwsAuthToken);
        }
        return new PagedListing(new org.apache.camel.component.mws.paging.Listing(client, interpreter, section,
                action, all, null, new org.apache.camel.component.mws.paging.Listing.Options(MwsResultFormat.object,
                        maxListingRestarts, true)),
                maxThrottleWait);
    }

    /**
     * @return the page of a reply, checked to be a modelled listing result
     */
    static PagedResult page(Action action, MwsReply reply) {
        if (reply.body() instanceof PagedResult page) {
            return page;
        }
        throw new IllegalStateException("MWS " + action + " answered with "
                                        + (reply.body() == null ? "no result" : reply.body().getClass().getName())
                                        + " where a listing result was expected");
    }
}
