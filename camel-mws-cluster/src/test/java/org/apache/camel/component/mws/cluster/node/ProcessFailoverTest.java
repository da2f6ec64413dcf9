package org.apache.camel.component.mws.cluster.node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

import org.apache.camel.component.mws.cluster.HazelcastMemberConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Three nodes in three JVMs on loopback: every seller's consumer runs on exactly one of them, and when the leader of
 * a seller is killed with {@code kill -9} its sellers are taken over by the two others.
 */
class ProcessFailoverTest {

    private static final List<String> SELLERS = IntStream.rangeClosed(1, 12).mapToObj(i -> "A" + i + "SELLER").toList();

    private final Path logs = NodeProcess.logDirectory("failover");

    private final List<NodeProcess> nodes = new ArrayList<>();
    private HazelcastInstance observer;

    @AfterEach
    void stop() throws InterruptedException {
        for (NodeProcess node : nodes) {
            node.close();
        }
        if (observer != null) {
            observer.getLifecycleService().terminate();
        }
    }

    @Test
    void leadershipMovesWhenTheLeaderIsKilled() throws Exception {
        List<Integer> ports = org.apache.camel.component.mws.cluster.TestClusterPorts.free(4);
        List<String> members = ports.stream().map(p -> "127.0.0.1:" + p).toList();
        String clusterName = "process-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            nodes.add(NodeProcess.start("node-" + (i + 1), ClusterNodeApp.class, Map.of(
                    "node.cluster", clusterName, "node.port", ports.get(i).toString(),
                    "node.members", String.join(",", members), "node.sellers", String.join(",", SELLERS)),
                    Map.of(), logs));
        }
        // this JVM watches as a lite member: it holds no partition, so it leads nothing
        Config config = new HazelcastMemberConfig().setClusterName(clusterName).setInstanceName("observer")
                .setPort(ports.get(3)).setPortAutoIncrement(false).setMembers(members).toConfig();
        config.setLiteMember(true);
        observer = Hazelcast.newHazelcastInstance(config);
        for (NodeProcess node : nodes) {
            node.awaitReady(90, TimeUnit.SECONDS);
        }
        IMap<String, String> polls = observer.getMap(ClusterNodeApp.POLLS);

        // a node joining late takes partitions (and their sellers) from the others: a legal handover, so leaders are
        // only sampled once the partitions have stopped moving
        long start = awaitSettled(4);
        await("every seller polled", () -> SELLERS.stream().allMatch(s -> polledAfter(polls, s, start)));
        Map<String, String> leaders = soleLeaders(polls);
        assertTrue(new HashSet<>(leaders.values()).size() > 1, "all sellers on one node: " + leaders);

        String victim = leaders.get(SELLERS.get(0));
        NodeProcess dead = nodes.stream().filter(n -> n.name().equals(victim)).findFirst().orElseThrow();
        List<String> orphans = SELLERS.stream().filter(s -> leaders.get(s).equals(victim)).toList();
        dead.kill();
        long killed = System.currentTimeMillis();
        assertFalse(dead.isAlive());

        await("the dead node's sellers polled by the others",
                () -> orphans.stream().allMatch(s -> polledAfter(polls, s, killed)));
        long settled = awaitSettled(3);
        await("every seller polled after the cluster settled",
                () -> SELLERS.stream().allMatch(s -> polledAfter(polls, s, settled)));
        Map<String, String> after = soleLeaders(polls);
        for (String seller : SELLERS) {
            assertFalse(after.get(seller).equals(victim), seller + " still led by the dead node");
        }
        for (String seller : SELLERS) {
            if (!orphans.contains(seller)) {
                assertEquals(leaders.get(seller), after.get(seller), seller + " moved although its node lives");
            }
        }
    }

    /**
     * Waits until the observer sees the given number of members and no partition is migrating, then for the
     * nodes' takeover delay and leadership check interval.
     *
     * @return the time (epoch millis) from which every leader is final
     */
    private long awaitSettled(int members) throws InterruptedException {
        await(members + " members and no partition migrating",
                () -> observer.getCluster().getMembers().size() == members
                      && observer.getPartitionService().isClusterSafe());
        Thread.sleep(ClusterNodeApp.TAKEOVER_DELAY.toMillis() + 1000);
        return System.currentTimeMillis();
    }

    /** Samples the polls for a second: each seller must be polled by one node only. */
    private static Map<String, String> soleLeaders(IMap<String, String> polls) throws InterruptedException {
        Map<String, Set<String>> seen = new HashMap<>();
        long from = System.currentTimeMillis();
        while (System.currentTimeMillis() - from < 1500) {
            for (String seller : SELLERS) {
                String value = polls.get(seller);
                if (value != null && Long.parseLong(value.substring(value.indexOf('|') + 1)) >= from) {
                    seen.computeIfAbsent(seller, k -> new HashSet<>()).add(value.substring(0, value.indexOf('|')));
                }
            }
            Thread.sleep(25);
        }
        Map<String, String> leaders = new HashMap<>();
        for (String seller : SELLERS) {
            Set<String> nodes = seen.getOrDefault(seller, Set.of());
            assertEquals(1, nodes.size(), seller + " polled by " + nodes);
            leaders.put(seller, nodes.iterator().next());
        }
        return leaders;
    }

    private static boolean polledAfter(IMap<String, String> polls, String seller, long time) {
        String value = polls.get(seller);
        return value != null && Long.parseLong(value.substring(value.indexOf('|') + 1)) > time;
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                StringBuilder logs = new StringBuilder();
                nodes.forEach(n -> logs.append("\n--- ").append(n).append('\n').append(n.tail()));
                fail("timed out waiting until " + what + logs);
            }
            Thread.sleep(20);
        }
    }
}
