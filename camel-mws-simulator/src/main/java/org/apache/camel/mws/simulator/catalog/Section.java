package org.apache.camel.mws.simulator.catalog;

/**
 * An MWS API section as listed in sections.csv.
 *
 * @param name         canonical name (e.g. {@code Orders})
 * @param path         URL path requests go to (e.g. {@code /Orders/2013-09-01})
 * @param version      the {@code Version} parameter the section expects
 * @param namespace    xmlns of the section's responses
 * @param sellerParam  the seller parameter name its own clients used ({@code SellerId} or {@code Merchant})
 * @param quotaHeaders whether responses carry {@code x-mws-quota-*} headers
 */
public record Section(String name, String path, String version, String namespace, String sellerParam,
        boolean quotaHeaders) {
}
