package org.apache.camel.mws.simulator.spi;

import java.util.List;

/**
 * A seller of the simulated marketplace.
 *
 * @param sellerId       the seller (merchant) id
 * @param marketplaceIds the marketplaces it sells in (first is its home marketplace)
 */
public record SellerAccount(String sellerId, List<String> marketplaceIds) {
}
