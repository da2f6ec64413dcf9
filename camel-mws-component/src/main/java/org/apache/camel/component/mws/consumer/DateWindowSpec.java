package org.apache.camel.component.mws.consumer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A listing windowed by a date parameter: the window starts at the checkpoint and ends at the planned end (now minus
 * the windowLag option), sent as the upper bound where the action has one. Without an upper bound (inventory
 * supply) the listing reaches up to the request time and the records changed after the planned end come again in
 * the next window: duplicates, never gaps.
 */
public abstract class DateWindowSpec implements ListingSpec {

    private final String fromParameter;
    private final String toParameter;
    private final Set<String> reserved;

    /**
     * @param fromParameter the parameter of the window's start, e.g. PostedAfter
     * @param toParameter   the parameter of its end, e.g. PostedBefore, or null when the action has none
     * @param excluding     parameters that cannot be combined with the window (e.g. AmazonOrderId)
     */
    protected DateWindowSpec(String fromParameter, String toParameter, String... excluding) {
        this.fromParameter = fromParameter;
        this.toParameter = toParameter;
        Set<String> names = new LinkedHashSet<>();
        names.add(fromParameter);
        if (toParameter != null) {
            names.add(toParameter);
        }
        names.addAll(Set.of(excluding));
        this.reserved = Set.copyOf(names);
    }

    @Override
    public Set<String> windowParameterNames() {
        return reserved;
    }

    @Override
    public Map<String, Object> windowParameters(Instant start, Instant plannedEnd) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(fromParameter, start);
        if (toParameter != null) {
            p.put(toParameter, plannedEnd);
        }
        p.putAll(listingParameters());
        return p;
    }

    /** A part ends at the upper bound; an action without one (inventory supply) cannot be narrowed. */
    @Override
    public Map<String, Object> partParameters(Instant start, Instant end) {
        return toParameter == null ? null : windowParameters(start, end);
    }

    /**
     * @return further parameters of every window (e.g. report types from an option)
     */
    protected Map<String, Object> listingParameters() {
        return Map.of();
    }
}
