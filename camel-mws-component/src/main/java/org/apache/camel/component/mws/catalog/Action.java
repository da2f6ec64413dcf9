package org.apache.camel.component.mws.catalog;

/**
 * One action (operation) of an MWS section, with what the catalog knows about its throttling and paging.
 *
 * @param section              the canonical section name
 * @param name                 the canonical action name, e.g. {@code ListOrders}
 * @param marketplaceParameter where the endpoint's marketplaces go for this action, or null when it takes none
 * @param operation            the published quota and paging of the action, or null when Amazon published none
 */
public record Action(String section, String name, MarketplaceParameter marketplaceParameter, Operation operation) {

    /**
     * @return the paging style of the action ({@link PagingStyle#NONE} when it is not a listing)
     */
    public PagingStyle paging() {
        return operation == null ? PagingStyle.NONE : operation.paging();
    }

    /**
     * @return the ByNextToken action to continue this listing with, or null
     */
    public String nextTokenAction() {
        return operation == null ? null : operation.nextTokenAction();
    }

    /**
     * @return true for the actions whose answer is a raw document (a report, a feed processing result), not an XML
     *         envelope
     */
    public boolean returnsRawBody() {
        return "GetReport".equals(name) || "GetFeedSubmissionResult".equals(name);
    }

    /**
     * @return true for SubmitFeed, whose parameters travel in the query string and whose body is the feed
     */
    public boolean isSubmitFeed() {
        return "SubmitFeed".equals(name);
    }

    @Override
    public String toString() {
        return section + "/" + name;
    }
}
