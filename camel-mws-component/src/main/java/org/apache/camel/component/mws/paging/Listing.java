package org.apache.camel.component.mws.paging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.camel.component.mws.MwsNextTokenCorruptedException;
import org.apache.camel.component.mws.MwsReply;
import org.apache.camel.component.mws.MwsResultFormat;
import org.apache.camel.component.mws.ResponseInterpreter;
import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.PagingStyle;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.model.MwsRecord;
import org.apache.camel.component.mws.model.PagedResult;
import org.apache.camel.component.mws.model.orders.ListOrdersResult;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MWS listing followed page by page, whatever its paging style (REFERENCE.md section 7): the original operation
 * first, then its ByNextToken twin with only the NextToken, until the last page - no NextToken (NT), HasNext=false
 * (HN) or MoreResultsAvailable=false (MRA, where the token is kept to {@linkplain #resumeToken() ask again later}).
 * <p>
 * On {@code NextTokenCorrupted} (also what an expired token gives) the token is never sent again: the listing restarts
 * from the original operation, at most {@code maxRestarts} times. A restarted ListOrders keeps the window end the
 * first page echoed (LastUpdatedBefore or CreatedBefore), so the restart lists the same window. When the listing
 * {@linkplain #Listing(MwsClient, ResponseInterpreter, Section, Action, Map, String, Options) tracks delivered
 * records}, the restart skips every record already handed out, by its {@link MwsRecord#recordId() id} (counted, since
 * two identical financial events share an id); otherwise the first page of the restart is flagged so the caller
 * throws away what it collected.
 * <p>
 * Each {@link #fetch} sends one request and changes the listing's state only when it succeeds (or on
 * NextTokenCorrupted), so a fetch that failed - throttled, unavailable, interrupted - can simply be repeated. Not
 * thread-safe: one listing is followed by one thread at a time.
 */
public final class Listing {

    private static final Logger LOG = LoggerFactory.getLogger(Listing.class);

    /**
     * How a listing is followed.
     *
     * @param format         objects (JAXB) or XML
     * @param maxRestarts    how many times NextTokenCorrupted may restart the listing (0: never)
     * @param skipDelivered  whether records handed out are remembered, so that a restart skips them
     */
    public record Options(MwsResultFormat format, int maxRestarts, boolean skipDelivered) {

        public Options {
            Objects.requireNonNull(format, "format");
            if (maxRestarts < 0) {
                throw new IllegalArgumentException("maxListingRestarts must not be negative, was " + maxRestarts);
            }
        }
    }

    private final MwsClient client;
    private final ResponseInterpreter interpreter;
    private final Section section;
    private final Action action;
    private final Action twin;
    private final Options options;
    private Map<String, String> parameters;
    private final Map<String, Integer> delivered = new HashMap<>();
    private Map<String, Integer> toSkip = Map.of();

    private String nextToken;
    private boolean finished;
    private boolean restartPending;
    private boolean firstPageSeen;
    private int restarts;
    private int pages;
    private String resumeToken;

    /**
     * A listing that starts with the original operation, or continues a listing from a token a route kept.
     *
     * @param client      sends the requests (its seller and keys)
     * @param interpreter reads the answers
     * @param section     the section
     * @param action      the listing operation (ListOrders, GetReportList, ...), not its ByNextToken twin
     * @param parameters  the parameters of the original operation; null when only {@code nextToken} is known (a
     *                    corrupted token then fails, as there is nothing to restart from)
     * @param nextToken   the token to continue with, or null to start with the original operation
     * @param options     how to follow it
     */
    public Listing(MwsClient client, ResponseInterpreter interpreter, Section section, Action action,
                   Map<String, String> parameters, String nextToken, Options options) {
        this.client = Objects.requireNonNull(client, "client");
        this.interpreter = Objects.requireNonNull(interpreter, "interpreter");
        this.section = Objects.requireNonNull(section, "section");
        this.action = Objects.requireNonNull(action, "action");
        this.options = Objects.requireNonNull(options, "options");
        if (action.paging() == PagingStyle.NONE || action.nextTokenAction() == null) {
            throw new IllegalArgumentException(action + " is not a listing: it has no ByNextToken operation to page"
                                               + " with");
        }
        if (parameters == null && nextToken == null) {
            throw new IllegalArgumentException("A listing needs the parameters of its first request or a NextToken");
        }
        this.twin = section.action(action.nextTokenAction());
        this.parameters = parameters == null ? null : new LinkedHashMap<>(parameters);
        this.nextToken = nextToken;
        this.firstPageSeen = nextToken != null;
    }

    /** Whether another page can be fetched. */
    public boolean hasMore() {
        return !finished;
    }

    /** How many pages were fetched (restarts included). */
    public int pages() {
        return pages;
    }

    /** How many times NextTokenCorrupted restarted the listing. */
    public int restarts() {
        return restarts;
    }

    /** The action of the listing. */
    public Action action() {
        return action;
    }

    /**
     * @return for a MoreResultsAvailable listing that ended with MoreResultsAvailable=false, the token to ask again
     *         later for what appears meanwhile; otherwise null
     */
    public String resumeToken() {
        return resumeToken;
    }

    /**
     * Sends the next request and returns its page.
     *
     * @param  maxThrottleWait          how long pacing may hold the request; null for the endpoint's
     *                                  {@code maxThrottleWait}. With zero a scheduler learns from the
     *                                  {@link org.apache.camel.component.mws.MwsThrottledException} (caused by a
     *                                  {@link org.apache.camel.component.mws.throttle.ThrottleTimeoutException}) how
     *                                  long to wait elsewhere; the listing is unchanged and the fetch can be repeated
     * @return                          the page
     * @throws IllegalStateException    when the listing has ended
     * @throws org.apache.camel.component.mws.MwsException as the transport raises it, and
     *                                  {@link MwsNextTokenCorruptedException} when no restart is left
     */
    public ListingPage fetch(Duration maxThrottleWait) {
        if (finished) {
            throw new IllegalStateException("The listing " + action + " has ended");
        }
        while (true) {
            boolean continuation = nextToken != null;
            MwsCall call = continuation
                    ? client.newCall(section, twin, continuationParameters(), null)
                    : client.newCall(section, action, parameters, null);
            MwsReply reply;
            try {
                reply = interpreter.interpret(client.execute(call.withMaxThrottleWait(maxThrottleWait)),
                        options.format());
            } catch (MwsNextTokenCorruptedException e) {
                if (!continuation || parameters == null || restarts >= options.maxRestarts()) {
                    throw e;
                }
                restarts++;
                LOG.info("MWS {}: NextToken corrupted or expired after {} page(s) (RequestId {}); listing again from"
                         + " {} (restart {}/{})", call.operationName(), pages, e.getRequestId(), action.name(),
                        restarts, options.maxRestarts());
                nextToken = null;
                restartPending = true;
                toSkip = new HashMap<>(delivered);
                continue;
            }
            return accept(reply, continuation);
        }
    }

    private ListingPage accept(MwsReply reply, boolean continuation) {
        pages++;
        boolean restarted = restartPending;
        restartPending = false;
        if (!continuation && !firstPageSeen) {
            firstPageSeen = true;
            pinWindow(reply.body());
        }
        List<Object> records = new ArrayList<>();
        if (reply.body() instanceof PagedResult page) {
            for (Object record : page.records()) {
                if (keep(record)) {
                    records.add(record);
                }
            }
        }
        boolean more = reply.nextToken() != null && !Boolean.FALSE.equals(reply.hasNext());
        if (more) {
            nextToken = reply.nextToken();
        } else {
            if (Boolean.TRUE.equals(reply.hasNext())) {
                LOG.warn("MWS {}: the answer says more pages follow but carries no NextToken (RequestId {});"
                         + " the listing ends here", action, reply.requestId());
            }
            if (action.paging() == PagingStyle.MRA) {
                resumeToken = reply.nextToken();
            }
            nextToken = null;
            finished = true;
        }
        return new ListingPage(reply, records, restarted, finished);
    }

    /** Whether a record is new: during a restart, one delivered before (by id, counted) is skipped. */
    private boolean keep(Object record) {
        if (!options.skipDelivered() || !(record instanceof MwsRecord r)) {
            return true;
        }
        String id = r.recordId();
        Integer skip = toSkip.get(id);
        if (skip != null && skip > 0) {
            toSkip.put(id, skip - 1);
            return false;
        }
        delivered.merge(id, 1, Integer::sum);
        return true;
    }

    /** The ByNextToken twin takes only the NextToken (identities stay those of the client). */
    private Map<String, String> continuationParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (parameters != null) {
            for (String identity : new String[] { "SellerId", "Merchant", "MWSAuthToken" }) {
                if (parameters.containsKey(identity)) {
                    p.put(identity, parameters.get(identity));
                }
            }
        }
        p.put("NextToken", nextToken);
        return p;
    }

    /**
     * A ListOrders without an explicit window end gets the one the server chose ("now minus two minutes"): a restart
     * must list the same window, not a later one.
     */
    private void pinWindow(Object firstPage) {
        if (parameters == null || !(firstPage instanceof ListOrdersResult orders)) {
            return;
        }
        if (parameters.containsKey("LastUpdatedAfter") && !parameters.containsKey("LastUpdatedBefore")
                && orders.getLastUpdatedBefore() != null) {
            parameters.put("LastUpdatedBefore", orders.getLastUpdatedBefore().toString());
        } else if (parameters.containsKey("CreatedAfter") && !parameters.containsKey("CreatedBefore")
                   && orders.getCreatedBefore() != null) {
            parameters.put("CreatedBefore", orders.getCreatedBefore().toString());
        }
    }

    @Override
    public String toString() {
        return "Listing[" + action + ", pages=" + pages + ", restarts=" + restarts + (finished ? ", ended" : "") + "]";
    }
}
