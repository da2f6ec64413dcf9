package org.apache.camel.component.mws.catalog;

/**
 * An Amazon marketplace (store) and the MWS host that serves it.
 *
 * @param code          the two-letter code, e.g. {@code US}, {@code DE}
 * @param marketplaceId the MarketplaceId, e.g. {@code ATVPDKIKX0DER}
 * @param host          the production MWS host, e.g. {@code mws.amazonservices.com}
 * @param region        NA, EU, FE or CN
 */
public record Marketplace(String code, String marketplaceId, String host, String region) {

    /**
     * @return the production base URL, {@code https://<host>}
     */
    public String baseUrl() {
        return "https://" + host;
    }
}
