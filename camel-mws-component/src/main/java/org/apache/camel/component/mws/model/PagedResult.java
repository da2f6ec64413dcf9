package org.apache.camel.component.mws.model;

import java.util.List;

/**
 * A page of a listing operation. Implemented by every listing {@code ...Result}, so that paging and consumers can
 * follow NextToken (NT style) or HasNext + NextToken (HN style) and emit the records without knowing the operation.
 */
public interface PagedResult {

    /**
     * @return the token to continue the listing with, or null when the server sent none
     */
    String getNextToken();

    /**
     * @return the HasNext flag for HN-style listings (Reports and Feeds); null where the operation does not send it
     */
    Boolean getHasNext();

    /**
     * @return the records of this page (orders, order items, ReportInfo, FeedSubmissionInfo, ...), never null
     */
    List<?> records();
}
