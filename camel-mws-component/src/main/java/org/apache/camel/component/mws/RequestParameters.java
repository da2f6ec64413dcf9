package org.apache.camel.component.mws;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.ListParameterNames;
import org.apache.camel.component.mws.catalog.MarketplaceParameter;

/**
 * Turns the parameters a route gives (URI {@code parameters.*}, a Map body, the {@code CamelMwsParameters} header)
 * into the flat, string-valued MWS request parameters: lists become {@code Name.Member.N}, nested maps dotted names,
 * dates ISO 8601 UTC; and adds the endpoint's marketplaces where the action takes them.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    /**
     * @param  sources        parameter maps from lowest to highest precedence; a null value removes a parameter
     * @param  action         the action the parameters are for
     * @param  marketplaceIds the endpoint's marketplaces
     * @return                the flat parameters
     */
    @SafeVarargs
    public static Map<String, String> assemble(Action action, List<String> marketplaceIds, Map<String, ?>... sources) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Map<String, ?> source : sources) {
            if (source == null) {
                continue;
            }
            for (Map.Entry<String, ?> e : source.entrySet()) {
                String name = e.getKey() == null ? "" : e.getKey().trim();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("An MWS request parameter has an empty name");
                }
                // a later source replaces a list given earlier under the same name as a whole
                merged.keySet().removeIf(k -> k.startsWith(name + "."));
                if (e.getValue() == null) {
                    merged.remove(name);
                } else {
                    merged.put(name, e.getValue());
                }
            }
        }
        Map<String, String> flat = new LinkedHashMap<>();
        merged.forEach((name, value) -> flatten(name, value, flat));
        addMarketplaces(action, marketplaceIds, flat);
        return flat;
    }

    private static void flatten(String name, Object value, Map<String, String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(name + "." + k, v, out));
        } else if (value instanceof Collection<?> list) {
            int i = 1;
            String element = listElementName(name);
            for (Object v : list) {
                flatten(element + "." + i++, v, out);
            }
        } else if (value.getClass().isArray() && !(value instanceof byte[])) {
            String element = listElementName(name);
            for (int i = 0; i < Array.getLength(value); i++) {
                flatten(element + "." + (i + 1), Array.get(value, i), out);
            }
        } else {
            out.put(name, format(value));
        }
    }

    /**
     * @return {@code Name.Member} for a plain list name; a name that already has a member ({@code X.Id}) as given
     */
    static String listElementName(String name) {
        return name.indexOf('.') >= 0 ? name : name + "." + ListParameterNames.memberOf(name);
    }

    static String format(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Instant i) {
            return DateTimeFormatter.ISO_INSTANT.format(i);
        }
        if (value instanceof ZonedDateTime z) {
            return DateTimeFormatter.ISO_INSTANT.format(z.toInstant());
        }
        if (value instanceof OffsetDateTime o) {
            return DateTimeFormatter.ISO_INSTANT.format(o.toInstant());
        }
        if (value instanceof Date d) {
            return DateTimeFormatter.ISO_INSTANT.format(d.toInstant());
        }
        if (value instanceof Calendar c) {
            return DateTimeFormatter.ISO_INSTANT.format(c.toInstant());
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor t) {
            return t.toString();
        }
        return String.valueOf(value);
    }

    private static void addMarketplaces(Action action, List<String> marketplaceIds, Map<String, String> flat) {
        MarketplaceParameter mp = action.marketplaceParameter();
        if (mp == null || marketplaceIds.isEmpty()) {
            return;
        }
        String base = mp.baseName();
        boolean userSet = flat.keySet().stream().anyMatch(k -> k.equals(base) || k.startsWith(base + "."));
        if (userSet) {
            return;
        }
        if (mp.isList()) {
            for (int i = 0; i < marketplaceIds.size(); i++) {
                flat.put(mp.elementName(i + 1), marketplaceIds.get(i));
            }
        } else if (marketplaceIds.size() == 1) {
            flat.put(base, marketplaceIds.get(0));
        } else {
            throw new IllegalArgumentException(action + " takes a single " + base + " but the marketplace option names "
                                               + marketplaceIds.size() + " " + marketplaceIds
                                               + ": set the " + base + " parameter");
        }
    }
}
