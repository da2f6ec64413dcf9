package org.apache.camel.mws.examples.config;

import java.util.List;

/**
 * One seller the application works for.
 *
 * @param sellerId     the seller (merchant) id
 * @param marketplaces the marketplace codes or MarketplaceIds its orders are synced from, home first
 * @param mwsAuthToken the token the seller granted the developer account, or null when the developer is the
 *                     seller's own
 */
public record SellerSettings(String sellerId, List<String> marketplaces, String mwsAuthToken) {

    public SellerSettings {
        marketplaces = List.copyOf(marketplaces);
    }

    /** The marketplaces as the mws component's {@code marketplace} option takes them. */
    public String marketplaceOption() {
        return String.join(",", marketplaces);
    }

    /** The home marketplace. */
    public String homeMarketplace() {
        return marketplaces.get(0);
    }

    @Override
    public String toString() {
        return "SellerSettings[sellerId=" + sellerId + ", marketplaces=" + marketplaces + ", mwsAuthToken="
               + (mwsAuthToken == null ? "none" : "***") + "]";
    }
}
