package org.apache.camel.component.mws.cluster;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.master.MasterEndpoint;
import org.apache.camel.component.mws.MwsEndpoint;

/**
 * Finds a {@code master:} route of a namespace whose mws consumer has not started although the route runs and this
 * node leads. Camel 4.18's master consumer acts on a leadership with one attempt, a second later and within a
 * budget of five seconds; an attempt that comes too late (an overloaded node) or fails (a state repository briefly
 * unreachable) is never made again while the leadership lasts, and the seller would not be synced at all.
 */
final class LeaderConsumers {

    private LeaderConsumers() {
    }

    /**
     * @return the id of a started {@code master:} route of the namespace over an mws endpoint whose consumer is not
     *         started, or null when there is none (routes of other components are not checked)
     */
    static String routeWithoutConsumer(CamelContext context, String namespace) {
        if (context == null) {
            return null;
        }
        for (Route route : context.getRoutes()) {
            if (route.getEndpoint() instanceof MasterEndpoint master && namespace.equals(master.getNamespace())
                && master.getEndpoint() instanceof MwsEndpoint mws
                && context.getRouteController().getRouteStatus(route.getRouteId()) == ServiceStatus.Started
                && !mws.hasStartedConsumer()) {
                return route.getRouteId();
            }
        }
        return null;
    }
}
