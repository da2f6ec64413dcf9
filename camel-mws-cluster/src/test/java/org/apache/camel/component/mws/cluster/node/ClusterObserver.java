package org.apache.camel.component.mws.cluster.node;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

import org.apache.camel.component.mws.cluster.HazelcastMemberConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The test's eyes on a cluster of node JVMs: a Hazelcast lite member (it holds no partition, so it leads nothing)
 * reading the maps the nodes write, in particular {@link ClusterNodeApp#POLLS} (seller to "node|epoch millis" of
 * its latest poll).
 * <p>
 * Who polls a seller may only be sampled once the cluster has settled ({@link #awaitSettled}): while members join or
 * leave, partitions move and a seller is legally handed from one node to another, and for a moment both poll it.
 */
final class ClusterObserver implements AutoCloseable {

    private final HazelcastInstance hazelcast;
    private final Supplier<String> diagnostics;

    /**
     * @param diagnostics what to add to a failure message (the end of the nodes' logs)
     */
    ClusterObserver(String clusterName, int port, List<String> members, Supplier<String> diagnostics) {
        Config config = new HazelcastMemberConfig().setClusterName(clusterName).setInstanceName("observer")
                .setPort(port).setPortAutoIncrement(false).setMembers(members).setJoinTimeoutSeconds(1).toConfig();
        config.setLiteMember(true);
        this.hazelcast = Hazelcast.newHazelcastInstance(config);
        this.diagnostics = diagnostics;
    }

    HazelcastInstance hazelcast() {
        return hazelcast;
    }

    IMap<String, String> polls() {
        return hazelcast.getMap(ClusterNodeApp.POLLS);
    }

    /**
     * Waits until the observer sees {@code members} members (itself included) and no partition is migrating, then
     * for the nodes' takeover delay and leadership check interval.
     *
     * @return the time (epoch millis) from which every leader is final
     */
    long awaitSettled(int members) throws InterruptedException {
        await(members + " members and no partition migrating",
                () -> hazelcast.getCluster().getMembers().size() == members
                      && hazelcast.getPartitionService().isClusterSafe());
        Thread.sleep(ClusterNodeApp.TAKEOVER_DELAY.toMillis() + 1000);
        return System.currentTimeMillis();
    }

    /**
     * Samples the polls for {@code millis}: each seller must be polled by one node only.
     *
     * @return seller to the node polling it
     */
    Map<String, String> soleLeaders(Collection<String> sellers, long millis) throws InterruptedException {
        IMap<String, String> polls = polls();
        Map<String, Set<String>> seen = new HashMap<>();
        long from = System.currentTimeMillis();
        while (System.currentTimeMillis() - from < millis) {
            for (String seller : sellers) {
                String value = polls.get(seller);
                if (value != null && pollTime(value) >= from) {
                    seen.computeIfAbsent(seller, k -> new HashSet<>()).add(value.substring(0, value.indexOf('|')));
                }
            }
            Thread.sleep(25);
        }
        Map<String, String> leaders = new HashMap<>();
        for (String seller : sellers) {
            Set<String> nodes = seen.getOrDefault(seller, Set.of());
            assertEquals(1, nodes.size(), seller + " polled by " + nodes);
            leaders.put(seller, nodes.iterator().next());
        }
        return leaders;
    }

    /** Whether the seller was polled after {@code time} (epoch millis). */
    boolean polledAfter(String seller, long time) {
        String value = polls().get(seller);
        return value != null && pollTime(value) > time;
    }

    /** Waits for the condition, at most 90 s; fails with the diagnostics. */
    void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what + diagnostics.get());
            }
            Thread.sleep(20);
        }
    }

    private static long pollTime(String value) {
        return Long.parseLong(value.substring(value.indexOf('|') + 1));
    }

    @Override
    public void close() {
        hazelcast.getLifecycleService().terminate();
    }
}
