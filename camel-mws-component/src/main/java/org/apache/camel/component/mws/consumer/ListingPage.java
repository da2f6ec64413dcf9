package org.apache.camel.component.mws.consumer;

import java.util.List;

import org.apache.camel.component.mws.MwsReply;
import org.apache.camel.component.mws.model.PagedResult;

/**
 * One page of a listing.
 *
 * @param result the page's {@code ...Result}
 * @param reply  the answer it came in (RequestId, headers)
 */
public record ListingPage(PagedResult result, MwsReply reply) {

    /**
     * @return the records of the page
     */
    public List<?> records() {
        return result.records();
    }
}
