package org.apache.camel.component.mws.throttle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts the items of a request, the cost of a Products operation throttled per item. Items are the members of
 * the request's list parameter, whatever its name: {@code IdList.Id.N}, {@code ASINList.ASIN.N},
 * {@code SellerSKUList.SellerSKU.N}, {@code FeesEstimateRequestList.FeesEstimateRequest.N.<field>} (one item per
 * index, however many fields it has).
 */
public final class RequestItems {

    private RequestItems() {
    }

    /**
     * The number of distinct members of the largest {@code <Name>List.<Member>.<N>} parameter family, at least 1
     * (a request without a list still costs one unit).
     */
    public static int count(Map<String, ?> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return 1;
        }
        Map<String, Set<String>> indexesByList = null;
        for (String name : parameters.keySet()) {
            if (name == null) {
                continue;
            }
            int firstDot = name.indexOf('.');
            if (firstDot <= 4 || !name.regionMatches(firstDot - 4, "List", 0, 4)) {
                continue;
            }
            int secondDot = name.indexOf('.', firstDot + 1);
            if (secondDot < 0 || secondDot == firstDot + 1) {
                continue;
            }
            int indexEnd = name.indexOf('.', secondDot + 1);
            String index = indexEnd < 0 ? name.substring(secondDot + 1) : name.substring(secondDot + 1, indexEnd);
            if (index.isEmpty() || !index.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (indexesByList == null) {
                indexesByList = new HashMap<>();
            }
            indexesByList.computeIfAbsent(name.substring(0, secondDot), k -> new HashSet<>()).add(index);
        }
        if (indexesByList == null) {
            return 1;
        }
        int largest = 1;
        for (Set<String> indexes : indexesByList.values()) {
            largest = Math.max(largest, indexes.size());
        }
        return largest;
    }
}
