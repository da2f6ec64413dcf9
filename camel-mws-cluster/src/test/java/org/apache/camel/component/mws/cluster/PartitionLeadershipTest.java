package org.apache.camel.component.mws.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.hazelcast.core.HazelcastInstance;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code master:} routes under the partition cluster service: each namespace runs on exactly one of three nodes,
 * the namespaces spread over the nodes, a node's namespaces move to the others when it dies, and a node alone
 * below the quorum leads nothing.
 */
class PartitionLeadershipTest {

    private static final int NAMESPACES = 40;

    private TestCluster cluster;
    private final List<CamelContext> contexts = new ArrayList<>();
    /** namespace to the nodes whose consumer fired for it since the last reset. */
    private final Map<String, Set<String>> firedOn = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        contexts.forEach(CamelContext::stop);
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void eachNamespaceRunsOnOneNodeAndMovesWhenItDies() throws Exception {
        cluster = TestCluster.start(3);
        List<HazelcastPartitionClusterService> services = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            HazelcastPartitionClusterService service = new HazelcastPartitionClusterService(cluster.member(node));
            service.setTakeoverDelay(Duration.ofMillis(200));
            service.setQuorum(2);
            services.add(service);
            contexts.add(startNode("node-" + (node + 1), service));
        }

        await("every namespace led by exactly one node", () -> leaders(services).values().stream()
                .allMatch(nodes -> nodes.size() == 1) && leaders(services).size() == NAMESPACES);
        Map<String, List<Integer>> leaders = leaders(services);
        int[] perNode = new int[3];
        leaders.values().forEach(nodes -> perNode[nodes.get(0)]++);
        for (int node = 0; node < 3; node++) {
            assertTrue(perNode[node] > 0, "node " + (node + 1) + " leads nothing: " + java.util.Arrays.toString(perNode));
        }
        // the consumers that fire are the leaders' only
        firedOn.clear();
        await("every namespace fired", () -> firedOn.size() == NAMESPACES);
        for (Map.Entry<String, Set<String>> fired : firedOn.entrySet()) {
            int leader = leaders.get(fired.getKey()).get(0);
            assertEquals(Set.of("node-" + (leader + 1)), fired.getValue(), fired.getKey());
        }

        // the first node dies without a word (as with kill -9): its namespaces move to the two others
        List<String> orphans = leaders.entrySet().stream().filter(e -> e.getValue().get(0) == 0)
                .map(Map.Entry::getKey).toList();
        HazelcastInstance dead = cluster.member(0);
        dead.getLifecycleService().terminate();
        contexts.get(0).stop();
        List<HazelcastPartitionClusterService> survivors = services.subList(1, 3);
        await("the dead node's namespaces led by a survivor", () -> {
            Map<String, List<Integer>> now = leaders(survivors);
            return now.size() == NAMESPACES && now.values().stream().allMatch(nodes -> nodes.size() == 1);
        });
        firedOn.clear();
        await("the moved namespaces fired again", () -> orphans.stream().allMatch(firedOn::containsKey));
        for (String orphan : orphans) {
            assertFalse(firedOn.get(orphan).contains("node-1"), orphan + " still fired on the dead node");
            assertEquals(1, firedOn.get(orphan).size(), orphan + " fired on " + firedOn.get(orphan));
        }

        // the second dies too: the last node is below the quorum of 2 and must not lead alone
        cluster.member(1).getLifecycleService().terminate();
        contexts.get(1).stop();
        await("the lone node gave up every namespace",
                () -> leaders(services.subList(2, 3)).isEmpty() && contexts.get(2).getRoutes().stream()
                        .allMatch(r -> !(r.getConsumer() instanceof org.apache.camel.component.master.MasterConsumer m)
                                       || !m.isMaster()));
    }

    private CamelContext startNode(String name, HazelcastPartitionClusterService service) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        context.addService(service);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < NAMESPACES; i++) {
                    String namespace = "seller-" + i;
                    from("master:" + namespace + ":timer:" + namespace + "?period=50").routeId(namespace)
                            .process(exchange -> firedOn.computeIfAbsent(namespace, k -> ConcurrentHashMap.newKeySet())
                                    .add(name));
                }
            }
        });
        context.start();
        return context;
    }

    /** namespace to the indexes (in {@code services}) of the nodes that consider themselves its leader. */
    private static Map<String, List<Integer>> leaders(List<HazelcastPartitionClusterService> services) {
        Map<String, List<Integer>> leaders = new HashMap<>();
        for (int node = 0; node < services.size(); node++) {
            for (int i = 0; i < NAMESPACES; i++) {
                String namespace = "seller-" + i;
                if (services.get(node).isLeader(namespace)) {
                    leaders.computeIfAbsent(namespace, k -> new ArrayList<>()).add(node);
                }
            }
        }
        return leaders;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
