package org.apache.camel.mws.examples.cluster;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.component.mws.cluster.HazelcastMemberConfig;
import org.apache.camel.component.mws.cluster.MwsCluster;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the application as one node of a cluster ({@code examples.cluster.node=1..N}): the node joins the others
 * (an embedded Hazelcast member, see {@code docs/cluster.md}), all nodes pace to one quota per seller, and each
 * seller's routes (order sync, reports, report schedule) and the sample feed generator run on one node at a time,
 * under a {@link ClusteredRoutePolicy} per route: the routes themselves are the application's usual ones. The
 * checkpoints are already shared when the nodes use one database (PostgreSQL, or one H2 file with AUTO_SERVER on
 * one machine).
 */
public final class ClusterMode {

    /** The routes that must run on one node only: per seller, and the sample generator. */
    private static final List<String> SINGLE_NODE_ROUTES = List.of("orders-", "reports-", "report-schedule-",
            "inventory-samples");

    private static final Logger LOG = LoggerFactory.getLogger(ClusterMode.class);

    private ClusterMode() {
    }

    /**
     * Joins the cluster when the settings say so; call it before the mws component and the routes are created.
     *
     * @return whether the application is a cluster node
     */
    public static boolean installIfEnabled(CamelContext context, ClusterSettings settings) {
        if (!settings.enabled()) {
            return false;
        }
        LOG.info("Cluster mode: {}", settings);
        HazelcastMemberConfig member = new HazelcastMemberConfig().setInstanceName(settings.nodeName())
                .setHost(settings.host()).setPort(settings.port()).setPortAutoIncrement(false)
                .setMembers(settings.members());
        new MwsCluster(member).setLeadership(settings.leadership()).setZookeeperNodes(settings.zookeeperNodes())
                .installInto(context);
        context.addRoutePolicyFactory(new SingleNodeRoutes());
        return true;
    }

    /** A clustered policy, its namespace the route id, for the routes that must run on one node. */
    static final class SingleNodeRoutes implements RoutePolicyFactory {

        @Override
        public RoutePolicy createRoutePolicy(CamelContext context, String routeId, NamedNode route) {
            if (SINGLE_NODE_ROUTES.stream().noneMatch(routeId::startsWith)) {
                return null;
            }
            try {
                return ClusteredRoutePolicy.forNamespace(context, routeId);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot put route " + routeId + " under the cluster: " + e.getMessage(), e);
            }
        }
    }
}
