package org.apache.camel.component.mws.cluster.node;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.hazelcast.map.IMap;
import com.hazelcast.multimap.MultiMap;

import org.apache.camel.component.mws.cluster.HazelcastPartitionClusterService;
import org.apache.camel.component.mws.cluster.HazelcastStateRepository;
import org.apache.camel.component.mws.cluster.TestClusterPorts;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three nodes in three JVMs on loopback against one simulator with server throttling on, the test watching as a
 * Hazelcast lite member. All of them asking for one seller at once (GetOrder, two routes per node) never draw a
 * RequestThrottled: they share one bucket. The order sync of three sellers (the component's ListOrders consumer under
 * {@code master:}, checkpoints in the cluster's map) completes with no order missing although the leader of one
 * seller is killed ({@code kill -9}) while it delivers that seller's orders; the seller moves to another node, the
 * sellers of the living nodes stay where they were, and each is polled by one node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessSyncTest {

    private static final double TIME_SCALE = 60;
    private static final int ORDERS = 300;

    private static MwsSimulator simulator;
    private static final List<NodeProcess> NODES = new ArrayList<>();
    private static ClusterObserver observer;
    private static List<SellerAccount> synced;
    private static SellerAccount hammered;

    @BeforeAll
    static void startCluster() throws Exception {
        simulator = MwsSimulator.builder().seed(8).sellers(4).ordersPerSeller(ORDERS).timeScale(TIME_SCALE)
                .httpsPort(-1).marketSettings(s -> s.withNewOrdersPerHour(0)).requestLogCapacity(100_000).start();
        List<SellerAccount> sellers = simulator.accounts().sellers();
        synced = sellers.subList(0, 3);
        hammered = sellers.get(3);
        DeveloperAccount developer = simulator.accounts().thirdPartyDeveloper();
        String sellerList = sellers.stream()
                .map(s -> s.sellerId() + ":" + s.marketplaceIds().get(0) + ":"
                          + simulator.accounts().authToken(s.sellerId()))
                .collect(Collectors.joining(","));

        List<Integer> ports = TestClusterPorts.free(4);
        List<String> members = ports.stream().map(p -> "127.0.0.1:" + p).toList();
        String clusterName = "sync-" + UUID.randomUUID();
        Path logs = NodeProcess.logDirectory("sync");
        for (int i = 0; i < 3; i++) {
            Map<String, String> properties = new HashMap<>();
            properties.put("node.cluster", clusterName);
            properties.put("node.port", ports.get(i).toString());
            properties.put("node.members", String.join(",", members));
            properties.put("node.nodes", "3");
            properties.put("node.endpoint", simulator.httpBaseUrl());
            properties.put("node.accessKeyId", developer.accessKeyId());
            properties.put("node.timeScale", Double.toString(TIME_SCALE));
            properties.put("node.hammerSeller", hammered.sellerId());
            properties.put("node.hammerOrder", simulator.market().orders(hammered.sellerId()).get(0).amazonOrderId());
            NODES.add(NodeProcess.start("node-" + (i + 1), SyncNodeApp.class, properties,
                    Map.of("NODE_SECRET_KEY", developer.secretKey(), "NODE_SELLERS", sellerList), logs));
        }
        observer = new ClusterObserver(clusterName, ports.get(3), members, ProcessSyncTest::diagnostics);
        for (NodeProcess node : NODES) {
            node.awaitReady(90, TimeUnit.SECONDS);
        }
        // leaders are read from the partition table below: only once the partitions have stopped moving
        observer.awaitSettled(4);
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        for (NodeProcess node : NODES) {
            node.close();
        }
        if (observer != null) {
            observer.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    @Order(1)
    void threeNodesAskingForOneSellerAtOnceAreNeverThrottled() throws Exception {
        IMap<String, Long> control = observer.hazelcast().getMap(SyncNodeApp.CONTROL);
        long windowMillis = 8_000;
        control.set(SyncNodeApp.HAMMER_UNTIL, System.currentTimeMillis() + windowMillis);
        Thread.sleep(windowMillis + 1_000);

        List<RequestRecord> requests = simulator.requests().requests(r -> hammered.sellerId().equals(r.sellerId())
                && "GetOrder".equals(r.action()));
        assertEquals(0, requests.stream().filter(RequestRecord::throttled).count(),
                "RequestThrottled answers for the seller all nodes asked for");
        // GetOrder: a burst of 6, then one a minute of MWS time (a second here). Six routes on three nodes ask far
        // faster than that: with a bucket per node they would have sent 18 at once and drawn RequestThrottled. They
        // went on past the burst, at the pace of one bucket.
        assertTrue(requests.size() > 6 + 2, requests.size() + " requests: the nodes never went past the burst");
        Map<String, Long> perNode = new HashMap<>(observer.hazelcast().<String, Long>getMap(SyncNodeApp.HAMMERED));
        assertEquals(3, perNode.size(), "every node took part: " + perNode);
    }

    @Test
    @Order(2)
    void theSyncCompletesWithNoOrderMissingWhenALeaderIsKilled() throws Exception {
        MultiMap<String, String> syncedOrders = observer.hazelcast().getMultiMap(SyncRoutes.SYNCED);
        SellerAccount victimSeller = synced.get(0);
        Set<String> victimOrders = orderIds(victimSeller);
        assertEquals(0, syncedOrders.size(), "the sync began before it was let go");
        Map<String, String> leadersBefore = new HashMap<>();
        for (SellerAccount seller : synced) {
            leadersBefore.put(seller.sellerId(), HazelcastPartitionClusterService.nodeName(observer.hazelcast()
                    .getPartitionService().getPartition("orders-" + seller.sellerId()).getOwner()));
        }
        observer.hazelcast().getMap(SyncNodeApp.CONTROL).set(SyncNodeApp.SYNC, 1L);

        // kill the seller's leader while it delivers the seller's first window (ten orders a poll): some delivered,
        // the checkpoint not moved yet
        observer.await("the first orders of " + victimSeller.sellerId() + " delivered",
                () -> victimOrders.stream().anyMatch(syncedOrders::containsKey));
        Set<String> deliverers = victimOrders.stream().flatMap(id -> syncedOrders.get(id).stream())
                .collect(Collectors.toSet());
        String leader = leadersBefore.get(victimSeller.sellerId());
        assertEquals(Set.of(leader), deliverers, "the seller's orders came from its leader only");
        NodeProcess dead = NODES.stream().filter(n -> n.name().equals(leader)).findFirst().orElseThrow();
        dead.kill();
        assertFalse(dead.isAlive());
        long before = victimOrders.stream().filter(syncedOrders::containsKey).count();
        assertTrue(before < victimOrders.size(), "the sync was already complete: kill it earlier");

        for (SellerAccount seller : synced) {
            Set<String> expected = orderIds(seller);
            observer.await("every order of " + seller.sellerId() + " synced",
                    () -> expected.stream().allMatch(syncedOrders::containsKey));
        }
        Set<String> storers = victimOrders.stream().flatMap(id -> syncedOrders.get(id).stream())
                .collect(Collectors.toSet());
        assertTrue(storers.stream().anyMatch(n -> !n.equals(leader)),
                "the sync was not taken over by another node: stored by " + storers);
        assertNotNull(checkpoint(victimSeller), "the new leader stored a checkpoint");
        assertEquals(0, simulator.requests().throttled(), "RequestThrottled answers during the sync");

        // once the cluster has settled, each seller is polled by one live node; a seller whose leader lives kept it
        long settled = observer.awaitSettled(3);
        List<String> sellerIds = synced.stream().map(SellerAccount::sellerId).toList();
        observer.await("every seller polled after the cluster settled",
                () -> sellerIds.stream().allMatch(s -> observer.polledAfter(s, settled)));
        Map<String, String> leadersAfter = observer.soleLeaders(sellerIds, 2_000);
        for (String seller : sellerIds) {
            String now = leadersAfter.get(seller);
            assertFalse(now.equals(leader), seller + " still polled by the dead node");
            String was = leadersBefore.get(seller);
            if (!was.equals(leader)) {
                assertEquals(was, now, seller + " moved although its node lives");
            }
        }
    }

    /** The ListOrders consumer's checkpoint of the seller (its key names the seller and the marketplaces). */
    private static String checkpoint(SellerAccount seller) {
        IMap<String, String> states = observer.hazelcast().getMap(HazelcastStateRepository.DEFAULT_MAP_NAME);
        return states.entrySet().stream()
                .filter(e -> e.getKey().startsWith("mws:Orders/ListOrders/" + seller.sellerId() + "/"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The seller's orders in its home marketplace (the one the nodes sync: one endpoint talks to one host). */
    private static Set<String> orderIds(SellerAccount seller) {
        Set<String> ids = new HashSet<>();
        for (org.apache.camel.mws.simulator.market.data.Order order : simulator.market().orders(seller.sellerId())) {
            if (order.marketplace().id().equals(seller.marketplaceIds().get(0))) {
                ids.add(order.amazonOrderId());
            }
        }
        assertTrue(ids.size() > ORDERS / 2, seller.sellerId() + " has only " + ids.size() + " orders at home");
        return ids;
    }

    /** Where each seller's sync stands, what the simulator answered, the end of the nodes' logs. */
    private static String diagnostics() {
        StringBuilder logs = new StringBuilder();
        MultiMap<String, String> syncedOrders = observer.hazelcast().getMultiMap(SyncRoutes.SYNCED);
        for (SellerAccount seller : synced) {
            Set<String> ids = orderIds(seller);
            logs.append("\nseller ").append(seller.sellerId()).append(": ")
                    .append(ids.stream().filter(syncedOrders::containsKey).count()).append(" of ").append(ids.size())
                    .append(" synced, checkpoint ").append(checkpoint(seller)).append(", first missing updated at ")
                    .append(simulator.market().orders(seller.sellerId()).stream()
                            .filter(o -> ids.contains(o.amazonOrderId()) && !syncedOrders.containsKey(o.amazonOrderId()))
                            .map(o -> Instant.ofEpochMilli(o.lastUpdateDate()).toString()).sorted().limit(3)
                            .toList());
        }
        Map<String, Long> requests = simulator.requests().requests().stream().collect(Collectors.groupingBy(
                r -> r.sellerId() + " " + r.action() + " " + r.outcome(), TreeMap::new, Collectors.counting()));
        logs.append("\nrequests: ").append(requests);
        logs.append(NodeProcess.tails(NODES));
        return logs.toString();
    }
}
