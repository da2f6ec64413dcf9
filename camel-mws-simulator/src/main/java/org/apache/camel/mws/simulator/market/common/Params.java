package org.apache.camel.mws.simulator.market.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.spi.SimException;

/** Reads and validates request parameters, answering bad ones with the MWS error that names the problem. */
public final class Params {

    private final Map<String, String> params;

    public Params(Map<String, String> params) {
        this.params = params;
    }

    public String get(String name) {
        String v = params.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    public boolean has(String name) {
        return get(name) != null;
    }

    public String required(String name) {
        String v = get(name);
        if (v == null) {
            throw SimException.missingParameter(name);
        }
        return v;
    }

    /** An ISO 8601 date, or null when absent. */
    public Instant date(String name) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        Instant t = org.apache.camel.mws.simulator.market.xml.IsoTime.parse(v);
        if (t == null) {
            throw SimException.invalidParameter("Invalid " + name + ": '" + v + "' is not an ISO 8601 date-time.");
        }
        return t;
    }

    /** An integer within [min, max], or {@code dflt} when absent. */
    public int intIn(String name, int min, int max, int dflt) {
        String v = get(name);
        if (v == null) {
            return dflt;
        }
        int i;
        try {
            i = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw SimException.invalidParameter("Invalid " + name + ": '" + v + "' is not an integer.");
        }
        if (i < min || i > max) {
            throw SimException.invalidParameter(
                    "Invalid " + name + ": " + i + ". It must be between " + min + " and " + max + ".");
        }
        return i;
    }

    /** {@code true}/{@code false} (case-insensitive), or null when absent. */
    public Boolean bool(String name) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        if ("true".equalsIgnoreCase(v)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(v)) {
            return Boolean.FALSE;
        }
        throw SimException.invalidParameter("Invalid " + name + ": '" + v + "' must be true or false.");
    }

    /**
     * The values of a dotted list ({@code prefix} such as {@code MarketplaceId.Id.}) in the order of their
     * 1-based index; empty when absent. An index that is not a positive number is an error.
     */
    public List<String> list(String prefix) {
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String k = e.getKey();
            if (k.startsWith(prefix) && k.length() > prefix.length()) {
                int n;
                try {
                    n = Integer.parseInt(k.substring(prefix.length()));
                } catch (NumberFormatException ex) {
                    throw SimException.invalidParameter("Invalid parameter name " + k + ".");
                }
                if (n < 1) {
                    throw SimException.invalidParameter("Invalid parameter name " + k + ": lists start at 1.");
                }
                if (e.getValue() != null && !e.getValue().isEmpty()) {
                    byIndex.put(n, e.getValue());
                }
            }
        }
        return new ArrayList<>(byIndex.values());
    }

    /** The index of one of the seller's marketplaces; any other MarketplaceId is InvalidParameterValue. */
    public static int marketplaceIndex(Seller seller, String marketplaceId) {
        int i = seller.marketplaceIndex(marketplaceId);
        if (i < 0) {
            throw SimException.invalidParameter("Invalid MarketplaceId '" + marketplaceId
                    + "': the seller is not registered in that marketplace.");
        }
        return i;
    }

    /** A dotted list of MarketplaceIds (at most 50), each one of the seller's. */
    public List<Marketplace> marketplaces(String prefix, Seller seller) {
        List<Marketplace> out = new ArrayList<>();
        for (String id : list(prefix, 50)) {
            out.add(seller.marketplaces().get(marketplaceIndex(seller, id)));
        }
        return out;
    }

    /** A list with at most {@code max} values. */
    public List<String> list(String prefix, int max) {
        List<String> values = list(prefix);
        if (values.size() > max) {
            throw SimException.invalidParameter(
                    prefix + "N has " + values.size() + " values; at most " + max + " are allowed.");
        }
        return values;
    }
}
