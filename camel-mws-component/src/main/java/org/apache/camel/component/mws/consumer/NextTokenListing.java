package org.apache.camel.component.mws.consumer;

import java.util.Map;

import org.apache.camel.component.mws.MwsReply;
import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.PagingStyle;
import org.apache.camel.component.mws.model.PagedResult;

/**
 * A listing followed page by page: the action with its parameters, then its ByNextToken twin with only the
 * NextToken for as long as the answer has one (NT style) or says HasNext / MoreResultsAvailable with one (HN and
 * MRA styles). A page that fails keeps the token, so the next call retries it.
 */
final class NextTokenListing implements Listing {

    private final SellerCalls calls;
    private final Action action;
    private final Map<String, String> parameters;
    private boolean started;
    private String nextToken;

    NextTokenListing(SellerCalls calls, Action action, Map<String, String> parameters) {
        this.calls = calls;
        this.action = action;
        this.parameters = Map.copyOf(parameters);
    }

    @Override
    public ListingPage next() {
        MwsReply reply;
        Action called;
        if (!started) {
            called = action;
            reply = calls.call(action, parameters);
            started = true;
        } else if (nextToken != null) {
            called = twin();
            reply = calls.call(called, Map.of("NextToken", nextToken));
        } else {
            return null;
        }
        PagedResult page = SellerCalls.page(called, reply);
        nextToken = more(page) ? page.getNextToken() : null;
        return new ListingPage(page, reply);
    }

    @Override
    public boolean isComplete() {
        return started && nextToken == null;
    }

    private boolean more(PagedResult page) {
        if (page.getNextToken() == null) {
            return false;
        }
        if (action.paging() == PagingStyle.NT) {
            return true;
        }
        // HN and MRA: the flag decides; a token without the flag is followed
        return page.getHasNext() == null || page.getHasNext();
    }

    private Action twin() {
        String name = action.nextTokenAction();
        if (name == null) {
            throw new IllegalStateException(action + " has no ByNextToken operation to continue the listing with");
        }
        return calls.section().action(name);
    }
}
