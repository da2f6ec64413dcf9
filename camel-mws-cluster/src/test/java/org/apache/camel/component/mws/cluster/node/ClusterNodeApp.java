package org.apache.camel.component.mws.cluster.node;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.hazelcast.map.IMap;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.cluster.HazelcastMemberConfig;
import org.apache.camel.component.mws.cluster.MwsCluster;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One node of a test cluster, run in a JVM of its own by {@link NodeProcess}: a Camel context joined to the cluster
 * with {@link MwsCluster}, and for each seller a {@code master:} route that runs only on the seller's leader. Every
 * poll is recorded in the cluster map {@link #POLLS} (seller to "node|epoch millis"), which the test reads as a
 * lite member. Settings come from system properties ({@code node.*}); prints {@code READY} once its routes started.
 */
public final class ClusterNodeApp {

    /** seller id to "node|epochMillis" of its latest poll. */
    public static final String POLLS = "test-polls";
    /** How long a partition owner waits before it leads: short, so that the test moves quickly. */
    public static final Duration TAKEOVER_DELAY = Duration.ofMillis(500);

    private ClusterNodeApp() {
    }

    public static void main(String[] args) throws Exception {
        String name = System.getProperty("node.name");
        HazelcastMemberConfig member = member(name);
        List<String> sellers = Arrays.asList(System.getProperty("node.sellers").split(","));
        long pollMillis = Long.getLong("node.pollMillis", 100);

        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        MwsCluster cluster = new MwsCluster(member).setTakeoverDelay(TAKEOVER_DELAY);
        cluster.installInto(context);
        IMap<String, String> polls = cluster.hazelcast().getMap(POLLS);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (String seller : sellers) {
                    from(MwsCluster.master("orders-" + seller, "timer:poll-" + seller + "?period=" + pollMillis))
                            .routeId("orders-" + seller)
                            .process(e -> polls.set(seller, name + "|" + System.currentTimeMillis()));
                }
            }
        });
        runUntilStopped(context, name);
    }

    /** The node's Hazelcast member from its {@code node.*} system properties. */
    static HazelcastMemberConfig member(String name) {
        return new HazelcastMemberConfig()
                .setClusterName(System.getProperty("node.cluster"))
                .setInstanceName(name)
                .setPort(Integer.getInteger("node.port"))
                .setPortAutoIncrement(false)
                .setMembers(System.getProperty("node.members"))
                .setFailureDetectionSeconds(Integer.getInteger("node.failureDetectionSeconds", 4))
                .setJoinTimeoutSeconds(1);
    }

    /** Starts the context, prints {@code READY <name>} for {@link NodeProcess}, runs until the JVM is stopped. */
    static void runUntilStopped(CamelContext context, String name) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.stop();
            stopped.countDown();
        }));
        context.start();
        System.out.println("READY " + name);
        System.out.flush();
        stopped.await();
    }
}
