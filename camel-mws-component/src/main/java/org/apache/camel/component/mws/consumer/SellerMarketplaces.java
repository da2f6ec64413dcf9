package org.apache.camel.component.mws.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.MarketplaceSelection;
import org.apache.camel.component.mws.model.sellers.Participation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The marketplaces a seller takes part in, as {@code Sellers/ListMarketplaceParticipations} lists them. MWS sends a
 * report in the charset of its marketplace, but neither GetReportList nor GetReport names the marketplace of a
 * report, and a settlement report's Content-Type names no charset: the seller's own marketplaces are what the
 * protocol tells about it, so the report consumer takes its fallback charset from them rather than from the
 * endpoint's {@code marketplace}, which several sellers share. Listed once, the first time a report of the seller
 * is downloaded; a listing that failed is tried again at the next poll. Thread-safe.
 */
final class SellerMarketplaces {

    private static final Logger LOG = LoggerFactory.getLogger(SellerMarketplaces.class);

    private final SellerCalls calls;
    private final Action list;
    private volatile MarketplaceSelection listed;

    /**
     * @param calls the seller's calls in the Sellers section
     */
    SellerMarketplaces(SellerCalls calls) {
        this.calls = calls;
        this.list = calls.section().action("ListMarketplaceParticipations");
    }

    /**
     * @param  otherwise what stands in when the seller's marketplaces cannot be listed (or it has none): the
     *                   endpoint's
     * @return           the marketplaces the seller's reports belong to
     */
    MarketplaceSelection orElse(MarketplaceSelection otherwise) {
        MarketplaceSelection known = listed;
        if (known == null) {
            try {
                known = participations();
            } catch (RuntimeException e) {
                LOG.warn("The marketplaces of seller {} could not be listed ({}); its reports whose Content-Type"
                         + " names no charset are read as the endpoint's marketplace {} says until they can be"
                         + " (set reportCharset to choose the charset yourself)", calls.sellerId(), e.getMessage(),
                        otherwise.marketplaceIds());
                return otherwise;
            }
            listed = known;
            LOG.debug("Seller {} takes part in the marketplaces {}", calls.sellerId(), known.marketplaceIds());
        }
        return known.isEmpty() ? otherwise : known;
    }

    private MarketplaceSelection participations() {
        List<String> ids = new ArrayList<>();
        Listing listing = calls.listing(list, Map.of());
        for (ListingPage page = listing.next(); page != null; page = listing.next()) {
            for (Object record : page.records()) {
                String id = ((Participation) record).getMarketplaceId();
                if (id != null && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return new MarketplaceSelection(ids, null);
    }

    @Override
    public String toString() {
        return "marketplaces of seller " + calls.sellerId();
    }
}
