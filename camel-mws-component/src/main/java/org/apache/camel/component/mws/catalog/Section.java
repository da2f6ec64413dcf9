package org.apache.camel.component.mws.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An MWS API section (Orders, Reports, Feeds, ...): where its requests go, its Version, its response namespace, the
 * name of its seller parameter and every action it offers.
 *
 * @param name              the canonical section name, e.g. {@code Orders}
 * @param path              the URL path requests are posted to, e.g. {@code /Orders/2013-09-01}
 * @param version           the {@code Version} request parameter
 * @param namespace         the xmlns of the section's responses
 * @param sellerParameter   {@code SellerId}, or {@code Merchant} for Feeds and Reports
 * @param sendsQuotaHeaders whether responses of the section carry {@code x-mws-quota-*} headers
 * @param actions           the actions of the section by canonical name, in the catalog's order
 */
public record Section(String name, String path, String version, String namespace, String sellerParameter,
        boolean sendsQuotaHeaders, Map<String, Action> actions) {

    public Section {
        actions = Collections.unmodifiableMap(actions);
    }

    /**
     * @param  actionName an action name, any letter case
     * @return            the action of this section of that name
     */
    public Optional<Action> findAction(String actionName) {
        if (actionName == null) {
            return Optional.empty();
        }
        Action exact = actions.get(actionName);
        if (exact != null) {
            return Optional.of(exact);
        }
        String wanted = actionName.trim().toLowerCase(Locale.ROOT);
        return actions.values().stream().filter(a -> a.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /**
     * @param  actionName                an action name, any letter case
     * @return                           the action of this section of that name
     * @throws IllegalArgumentException naming the valid actions of the section when there is none of that name
     */
    public Action action(String actionName) {
        return findAction(actionName).orElseThrow(() -> new IllegalArgumentException(
                "Unknown MWS action '" + actionName + "' in section " + name + ". Valid actions: "
                                                                                    + String.join(", ", actionNames())));
    }

    /**
     * @return the canonical names of the actions of this section
     */
    public List<String> actionNames() {
        return List.copyOf(actions.keySet());
    }
}
