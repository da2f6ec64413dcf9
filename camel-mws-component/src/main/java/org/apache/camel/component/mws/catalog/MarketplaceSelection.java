package org.apache.camel.component.mws.catalog;

import java.util.List;

/**
 * The marketplaces an endpoint works with, as resolved from its {@code marketplace} option.
 *
 * @param marketplaceIds the MarketplaceIds in the order they were given (empty when the option was not set)
 * @param host           the production host serving all of them, or null when none of them is a known marketplace
 */
public record MarketplaceSelection(List<String> marketplaceIds, String host) {

    /** No marketplace configured. */
    public static final MarketplaceSelection NONE = new MarketplaceSelection(List.of(), null);

    public MarketplaceSelection {
        marketplaceIds = List.copyOf(marketplaceIds);
    }

    /**
     * @return true when no marketplace was configured
     */
    public boolean isEmpty() {
        return marketplaceIds.isEmpty();
    }
}
