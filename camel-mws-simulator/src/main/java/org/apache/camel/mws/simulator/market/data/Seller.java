package org.apache.camel.mws.simulator.market.data;

import java.util.List;

/**
 * A seller's generated world: its marketplaces (the first is home), listings, inventory and orders.
 *
 * @param sellerId     the seller id
 * @param key          root hash of everything generated for it
 * @param tag          a short code used in its SKUs and purchase-order numbers
 * @param marketplaces its marketplaces, home first
 */
public record Seller(String sellerId, long key, String tag, List<Marketplace> marketplaces, Listings listings,
        Inventory inventory, OrderBook orders) {

    public Marketplace home() {
        return marketplaces.get(0);
    }

    /** The index of a MarketplaceId among the seller's marketplaces, or -1. */
    public int marketplaceIndex(String marketplaceId) {
        for (int i = 0; i < marketplaces.size(); i++) {
            if (marketplaces.get(i).id().equals(marketplaceId)) {
                return i;
            }
        }
        return -1;
    }
}
