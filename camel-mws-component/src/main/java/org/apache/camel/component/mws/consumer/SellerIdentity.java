package org.apache.camel.component.mws.consumer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.camel.component.mws.MwsConfiguration;

/**
 * A seller a consumer polls, and how its calls are authorized.
 *
 * @param sellerId     the seller
 * @param mwsAuthToken its MWSAuthToken from {@code mwsAuthTokens}, or null for the endpoint's (or none)
 */
record SellerIdentity(String sellerId, String mwsAuthToken) {

    /**
     * The sellers of a consumer endpoint: {@code sellerIds} with their {@code mwsAuthTokens} (one per seller, in the
     * same order; an empty entry for a seller using the developer's own keys), else the one {@code sellerId}.
     *
     * @param  config                   the endpoint's configuration
     * @param  consumer                 names the consumer in messages, e.g. {@code mws:Orders/ListOrders consumer}
     * @throws IllegalArgumentException naming the problem, when the options do not name the sellers clearly
     */
    static List<SellerIdentity> of(MwsConfiguration config, String consumer) {
        List<SellerIdentity> sellers = new ArrayList<>();
        if (config.getSellerIds() != null && !config.getSellerIds().isBlank()) {
            String[] ids = config.getSellerIds().split(",", -1);
            String[] tokens = config.getMwsAuthTokens() == null || config.getMwsAuthTokens().isBlank()
                    ? new String[0] : config.getMwsAuthTokens().split(",", -1);
            if (tokens.length > 0 && tokens.length != ids.length) {
                throw new IllegalArgumentException(consumer + ": mwsAuthTokens names " + tokens.length + " tokens for "
                                                   + ids.length + " sellerIds; give one per seller, in the same"
                                                   + " order (empty for a seller using the developer's own keys)");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < ids.length; i++) {
                String id = ids[i].trim();
                if (id.isEmpty()) {
                    throw new IllegalArgumentException(consumer + ": sellerIds has an empty entry");
                }
                if (!seen.add(id)) {
                    throw new IllegalArgumentException(consumer + ": the seller " + id + " is named twice in sellerIds");
                }
                String token = tokens.length > 0 && !tokens[i].isBlank() ? tokens[i].trim() : null;
                sellers.add(new SellerIdentity(id, token));
            }
            return sellers;
        }
        if (config.getMwsAuthTokens() != null && !config.getMwsAuthTokens().isBlank()) {
            throw new IllegalArgumentException(consumer + ": mwsAuthTokens goes with sellerIds; for one seller use"
                                               + " sellerId and mwsAuthToken");
        }
        String sellerId = config.getSellerId();
        if (sellerId == null || sellerId.isBlank()) {
            throw new IllegalArgumentException(consumer + ": set the sellerId option (or sellerIds for several"
                                               + " sellers)");
        }
        sellers.add(new SellerIdentity(sellerId.trim(), null));
        return sellers;
    }

    /** The token is a secret: never shown. */
    @Override
    public String toString() {
        return sellerId;
    }
}
