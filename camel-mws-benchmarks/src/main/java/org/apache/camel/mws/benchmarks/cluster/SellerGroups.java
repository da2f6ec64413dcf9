package org.apache.camel.mws.benchmarks.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sellers of the scenario in groups, one consumer endpoint ({@code sellerIds}, {@code mwsAuthTokens}) and one
 * cluster namespace each: sellers of one home marketplace, at most {@code size} per group. Read from the sellers
 * file, {@code SELLERID:MARKETPLACEID:MWSAUTHTOKEN:ORDERS} per line (ORDERS: how many orders the seller's home
 * marketplace lists).
 */
public final class SellerGroups {

    /** One group: its name (the namespace), marketplace, sellers, their tokens and order counts (same order). */
    public record Group(String name, String marketplaceId, List<String> sellerIds, List<String> tokens,
                        List<Integer> orders) {
    }

    private SellerGroups() {
    }

    public static List<Group> read(Path sellersFile, int size) throws IOException {
        Map<String, List<String[]>> byMarketplace = new LinkedHashMap<>();
        for (String line : Files.readAllLines(sellersFile)) {
            if (!line.isBlank()) {
                String[] parts = line.split(":");
                byMarketplace.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(parts);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : byMarketplace.entrySet()) {
            List<String[]> sellers = e.getValue();
            for (int from = 0, n = 0; from < sellers.size(); from += size, n++) {
                List<String[]> part = sellers.subList(from, Math.min(sellers.size(), from + size));
                groups.add(new Group("sync-" + e.getKey() + "-" + n, e.getKey(),
                        part.stream().map(p -> p[0]).toList(), part.stream().map(p -> p[2]).toList(),
                        part.stream().map(p -> Integer.valueOf(p[3])).toList()));
            }
        }
        return groups;
    }
}
