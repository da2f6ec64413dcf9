package org.apache.camel.component.mws.consumer;

import java.util.List;

import org.apache.camel.component.mws.MwsReply;
import org.apache.camel.component.mws.model.PagedResult;

/**
 * One page of a listing.
 *
 * @param result  the page's {@code ...Result}
 * @param reply   the answer it came in (RequestId, headers)
 * @param records the records of the page not returned before: all of them, unless the listing was restarted after
 *                NextTokenCorrupted and skips what it returned before the restart
 */
public record ListingPage(PagedResult result, MwsReply reply, List<?> records) {

    /** A page with every record of its result. */
    public ListingPage(PagedResult result, MwsReply reply) {
        this(result, reply, result.records());
    }
}
