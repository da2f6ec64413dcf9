package org.apache.camel.component.mws.cluster.node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.camel.component.mws.cluster.TestClusterPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three nodes in three JVMs on loopback: every seller's consumer runs on exactly one of them, and when the leader of
 * a seller is killed with {@code kill -9} its sellers are taken over by the two others.
 */
class ProcessFailoverTest {

    private static final List<String> SELLERS = IntStream.rangeClosed(1, 12).mapToObj(i -> "A" + i + "SELLER").toList();

    private final Path logs = NodeProcess.logDirectory("failover");

    private final List<NodeProcess> nodes = new ArrayList<>();
    private ClusterObserver observer;

    @AfterEach
    void stop() throws InterruptedException {
        for (NodeProcess node : nodes) {
            node.close();
        }
        if (observer != null) {
            observer.close();
        }
    }

    @Test
    void leadershipMovesWhenTheLeaderIsKilled() throws Exception {
        List<Integer> ports = TestClusterPorts.free(4);
        List<String> members = ports.stream().map(p -> "127.0.0.1:" + p).toList();
        String clusterName = "process-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            nodes.add(NodeProcess.start("node-" + (i + 1), ClusterNodeApp.class, Map.of(
                    "node.cluster", clusterName, "node.port", ports.get(i).toString(),
                    "node.members", String.join(",", members), "node.sellers", String.join(",", SELLERS)),
                    Map.of(), logs));
        }
        observer = new ClusterObserver(clusterName, ports.get(3), members, () -> NodeProcess.tails(nodes));
        for (NodeProcess node : nodes) {
            node.awaitReady(90, TimeUnit.SECONDS);
        }

        // a node joining late takes partitions (and their sellers) from the others: a legal handover, so leaders are
        // only sampled once the partitions have stopped moving
        long start = observer.awaitSettled(4);
        observer.await("every seller polled", () -> SELLERS.stream().allMatch(s -> observer.polledAfter(s, start)));
        Map<String, String> leaders = observer.soleLeaders(SELLERS, 1500);
        assertTrue(new HashSet<>(leaders.values()).size() > 1, "all sellers on one node: " + leaders);

        String victim = leaders.get(SELLERS.get(0));
        NodeProcess dead = nodes.stream().filter(n -> n.name().equals(victim)).findFirst().orElseThrow();
        List<String> orphans = SELLERS.stream().filter(s -> leaders.get(s).equals(victim)).toList();
        dead.kill();
        long killed = System.currentTimeMillis();
        assertFalse(dead.isAlive());

        observer.await("the dead node's sellers polled by the others",
                () -> orphans.stream().allMatch(s -> observer.polledAfter(s, killed)));
        long settled = observer.awaitSettled(3);
        observer.await("every seller polled after the cluster settled",
                () -> SELLERS.stream().allMatch(s -> observer.polledAfter(s, settled)));
        Map<String, String> after = observer.soleLeaders(SELLERS, 1500);
        for (String seller : SELLERS) {
            assertFalse(after.get(seller).equals(victim), seller + " still led by the dead node");
        }
        for (String seller : SELLERS) {
            if (!orphans.contains(seller)) {
                assertEquals(leaders.get(seller), after.get(seller), seller + " moved although its node lives");
            }
        }
    }
}
