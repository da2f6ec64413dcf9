package org.apache.camel.component.mws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;
import org.apache.camel.component.mws.transport.MwsCall;

/**
 * Remembers, on the exchange, which feeds it already submitted, so that a redelivery of the exchange (an error
 * handler, a retried awaitResult) never submits the same feed to the same endpoint twice: a second submission is a
 * second feed. A feed is known by the endpoint, its FeedType and its MD5.
 * <p>
 * Once the feed may have reached MWS (its body was sent and no definite rejection came back), the exchange never
 * sends it again: it resumes awaiting the known FeedSubmissionId, or fails with {@link MwsSubmissionUncertainException}
 * when the id is unknown.
 */
final class FeedSubmissions {

    /** The exchange property holding the submissions, keyed by {@link #key}. */
    static final String PROPERTY = "CamelMwsFeedSubmissions";

    /**
     * What became of one feed in this exchange.
     *
     * @param feedSubmissionId the id MWS gave it, null while unknown (uncertain)
     * @param result           the SubmitFeed answer's body, handed over again on redelivery
     * @param call             the SubmitFeed call (its seller and authorization serve the follow-up calls)
     */
    record Submission(String feedSubmissionId, Object result, MwsCall call) {

        boolean uncertain() {
            return feedSubmissionId == null;
        }
    }

    private FeedSubmissions() {
    }

    static String key(String endpointUri, String feedType, String md5) {
        return endpointUri + '\n' + feedType + '\n' + md5;
    }

    static Submission get(Exchange exchange, String key) {
        Map<String, Submission> all = all(exchange, false);
        return all == null ? null : all.get(key);
    }

    /** The feed's body is about to be sent: from now on it is never sent again for this exchange. */
    static void sending(Exchange exchange, String key, MwsCall call) {
        all(exchange, true).put(key, new Submission(null, null, call));
    }

    /** MWS definitely refused the feed (an error answer, a throttled request): it may be submitted again. */
    static void refused(Exchange exchange, String key) {
        Map<String, Submission> all = all(exchange, false);
        if (all != null) {
            all.remove(key);
        }
    }

    static void submitted(Exchange exchange, String key, Submission submission) {
        all(exchange, true).put(key, submission);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Submission> all(Exchange exchange, boolean create) {
        Map<String, Submission> all = exchange.getProperty(PROPERTY, Map.class);
        if (all == null && create) {
            all = new ConcurrentHashMap<>();
            exchange.setProperty(PROPERTY, all);
        }
        return all;
    }
}
