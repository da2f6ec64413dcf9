package org.apache.camel.component.mws.transport;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.Operation;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.signing.SignatureV2;
import org.apache.camel.component.mws.throttle.BucketSettings;

/**
 * One MWS request as the transport sends it: where, which action, and every parameter except the per-attempt
 * {@code Timestamp} and {@code Signature}. Immutable. Its {@link #toString()} shows no secret.
 */
public final class MwsCall {

    /** Item list parameters that Products operations counted per item are charged by. */
    private static final Pattern ITEM_PARAMETER = Pattern.compile("(IdList\\.Id|SellerSKUList\\.SellerSKU|ASINList\\.ASIN"
                                                                  + "|FeesEstimateRequestList\\.FeesEstimateRequest)\\.\\d+(\\..*)?");

    private final URI baseUri;
    private final Section section;
    private final Action action;
    private final Map<String, String> parameters;
    private final String accessKeyId;
    private final String sellerId;
    private final FeedBody feed;
    private final Duration maxThrottleWait;
    private final BucketSettings buckets;

    MwsCall(URI baseUri, Section section, Action action, Map<String, String> parameters, String accessKeyId,
            String sellerId, FeedBody feed, Duration maxThrottleWait) {
        this(baseUri, section, action, parameters, accessKeyId, sellerId, feed, maxThrottleWait,
                BucketSettings.PUBLISHED);
    }

    MwsCall(URI baseUri, Section section, Action action, Map<String, String> parameters, String accessKeyId,
            String sellerId, FeedBody feed, Duration maxThrottleWait, BucketSettings buckets) {
        this.baseUri = baseUri;
        this.section = section;
        this.action = action;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.accessKeyId = accessKeyId;
        this.sellerId = sellerId;
        this.feed = feed;
        this.maxThrottleWait = maxThrottleWait;
        this.buckets = buckets;
    }

    /**
     * @return the base URL requests go to: scheme, host, port and an optional path prefix
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * @return the host as signed and as throttling buckets are keyed: {@code host}, or {@code host:port} for a
     *         non-default port
     */
    public String host() {
        return SignatureV2.hostHeader(baseUri.getScheme(), baseUri.getHost(), baseUri.getPort());
    }

    /**
     * @return the request path: the base URL's path followed by the section's path
     */
    public String path() {
        String prefix = baseUri.getRawPath() == null ? "" : baseUri.getRawPath();
        if (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix + section.path();
    }

    public Section section() {
        return section;
    }

    public Action action() {
        return action;
    }

    /**
     * @return the published quota of the action, or null when Amazon published none
     */
    public Operation operation() {
        return action.operation();
    }

    /**
     * @return {@code Section/Action}, e.g. {@code Orders/ListOrders}
     */
    public String operationName() {
        return section.name() + "/" + action.name();
    }

    /**
     * @return every parameter except Timestamp and Signature, in the order they were added
     */
    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * @param  name a parameter name
     * @return      its value, or null
     */
    public String parameter(String name) {
        return parameters.get(name);
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    /**
     * @return the seller the request acts for (the value of SellerId or Merchant)
     */
    public String sellerId() {
        return sellerId;
    }

    /**
     * @return the feed of a SubmitFeed, else null
     */
    public FeedBody feed() {
        return feed;
    }

    /**
     * @return how long pacing may hold this call before giving up with a throttled exception
     */
    public Duration maxThrottleWait() {
        return maxThrottleWait;
    }

    /**
     * @return the throttling limits the call is paced by: its endpoint's (bucket overrides, time scale)
     */
    public BucketSettings buckets() {
        return buckets;
    }

    /**
     * @param  wait how long pacing may hold the call (zero: not at all, so that a scheduler can wait elsewhere); null
     *              keeps the call's
     * @return      the same call with another maximum throttling wait
     */
    public MwsCall withMaxThrottleWait(Duration wait) {
        return wait == null || wait.equals(maxThrottleWait) ? this
                : new MwsCall(baseUri, section, action, parameters, accessKeyId, sellerId, feed, wait, buckets);
    }

    /**
     * @return what the call costs from its bucket: the number of items for operations throttled per item (at least
     *         1), else 1
     */
    public int cost() {
        Operation op = action.operation();
        if (op == null || !op.perItem()) {
            return 1;
        }
        long items = parameters.keySet().stream()
                .filter(k -> ITEM_PARAMETER.matcher(k).matches())
                .map(k -> k.replaceFirst("^(.*?\\.\\d+).*$", "$1"))
                .distinct().count();
        return (int) Math.max(1, items);
    }

    @Override
    public String toString() {
        return "MwsCall[" + operationName() + " at " + baseUri + ", seller " + sellerId + "]";
    }
}
