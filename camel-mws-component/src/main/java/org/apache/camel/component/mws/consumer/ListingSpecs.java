package org.apache.camel.component.mws.consumer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.camel.component.mws.MwsConfiguration;
import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.Section;

/**
 * The actions an mws endpoint can poll in {@code from(...)}, each with its {@link ListingSpec}.
 */
public final class ListingSpecs {

    /** Section/Action to the spec for an endpoint of that action. */
    private static final Map<String, Function<Context, ListingSpec>> SPECS = new LinkedHashMap<>();

    static {
        SPECS.put("Orders/ListOrders", c -> new ListOrdersSpec(
                c.configuration().isIncludeOrderItems() ? c.section().action("ListOrderItems") : null));
        SPECS.put("Finances/ListFinancialEvents", c -> new FinancialEventsSpec());
        SPECS.put("FulfillmentInventory/ListInventorySupply", c -> new InventorySupplySpec());
        SPECS.put("Feeds/GetFeedSubmissionList", c -> new FeedSubmissionListSpec());
    }

    private ListingSpecs() {
    }

    /**
     * @param  section                  the endpoint's section
     * @param  action                   the endpoint's action
     * @param  configuration            the endpoint's configuration
     * @return                          the spec of the consumer of that action
     * @throws IllegalArgumentException when the action cannot be polled, naming the ones that can
     */
    public static ListingSpec of(Section section, Action action, MwsConfiguration configuration) {
        Function<Context, ListingSpec> spec = SPECS.get(action.section() + "/" + action.name());
        if (spec == null) {
            throw new IllegalArgumentException("mws:" + action + " cannot be used as a consumer (from): only these"
                                               + " actions can be polled: " + String.join(", ", SPECS.keySet())
                                               + ", Reports/GetReportList"
                                               + ". Use it in to(...) to send it.");
        }
        if (configuration.isIncludeOrderItems() && !"ListOrders".equals(action.name())) {
            throw new IllegalArgumentException("mws:" + action + ": includeOrderItems applies only to"
                                               + " Orders/ListOrders");
        }
        return spec.apply(new Context(section, configuration));
    }

    /**
     * @return the Section/Action names that can be polled
     */
    public static Iterable<String> consumable() {
        return SPECS.keySet();
    }

    private record Context(Section section, MwsConfiguration configuration) {
    }
}
