package org.apache.camel.component.mws.cluster.node;


import org.apache.camel.CamelContext;
import org.apache.camel.component.mws.cluster.HazelcastMemberConfig;
import org.apache.camel.component.mws.cluster.MwsCluster;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One node of the order sync test's cluster, run in a JVM of its own by {@link NodeProcess}: a Camel context joined
 * to the cluster with {@link MwsCluster} (the shared throttle store, the cluster's state repository, partition
 * leadership) and the routes of {@link SyncRoutes}: for each seller the ListOrders consumer under {@code master:},
 * and on every node a GetOrder hammer for one seller. Settings come from system properties ({@code node.*}) and, for
 * credentials, environment variables; prints {@code READY} once started.
 */
public final class SyncNodeApp {

    /** node to the number of GetOrder answers it got for the hammered seller. */
    public static final String HAMMERED = "test-hammered";
    /** Settings the test gives the running nodes. */
    public static final String CONTROL = "test-control";
    /** Key in {@link #CONTROL}: the epoch millis until which the nodes hammer. */
    public static final String HAMMER_UNTIL = "hammerUntil";
    /** Key in {@link #CONTROL}: present once the order polls may begin. */
    public static final String SYNC = "sync";

    private SyncNodeApp() {
    }

    public static void main(String[] args) throws Exception {
        String name = System.getProperty("node.name");
        HazelcastMemberConfig member = ClusterNodeApp.member(name)
                .setInitialMinClusterSize(Integer.getInteger("node.nodes", 1));

        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        MwsCluster cluster = new MwsCluster(member).setTakeoverDelay(ClusterNodeApp.TAKEOVER_DELAY);
        cluster.installInto(context);
        context.addRoutes(new SyncRoutes(name, cluster, Long.getLong("node.pollMillis", 300)));
        ClusterNodeApp.runUntilStopped(context, name);
    }
}
