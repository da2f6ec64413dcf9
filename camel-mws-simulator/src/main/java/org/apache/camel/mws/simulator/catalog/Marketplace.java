package org.apache.camel.mws.simulator.catalog;

/**
 * A marketplace as listed in marketplaces.csv.
 *
 * @param code          country code (US, DE, JP, ...)
 * @param marketplaceId the MarketplaceId
 * @param host          production endpoint host
 * @param region        NA, EU, FE or CN
 */
public record Marketplace(String code, String marketplaceId, String host, String region) {
}
