package org.apache.camel.component.mws.paging;

import java.util.List;

import org.apache.camel.component.mws.MwsReply;

/**
 * One page of a {@link Listing}.
 *
 * @param reply     the answer: its body is the page's JAXB {@code ...Result} (or XML), with paging fields and head
 * @param records   the records of the page not delivered before (all of them, unless the listing was restarted
 *                  and skips what an earlier pass delivered); empty for XML pages
 * @param restarted true for the first page of a restart after NextTokenCorrupted: pages collected before it that
 *                  were not handed out may be thrown away, since the restart lists them again
 * @param last      true when no page follows (for MoreResultsAvailable listings: none now, see
 *                  {@link Listing#resumeToken()})
 */
public record ListingPage(MwsReply reply, List<Object> records, boolean restarted, boolean last) {

    public ListingPage {
        records = List.copyOf(records);
    }

    /**
     * @return the page's body: the JAXB {@code ...Result} where the action is modelled, else the XML
     */
    public Object body() {
        return reply.body();
    }
}
