package org.apache.camel.component.mws.cluster.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.multimap.MultiMap;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.cluster.MwsCluster;
import org.apache.camel.component.mws.model.orders.Order;

/**
 * The routes of a test node. For each seller, the component's ListOrders consumer under {@code master:} (it polls
 * on the seller's leader only, its checkpoint in the cluster's state repository; ten orders a poll, so that the test
 * can kill a leader between two polls of one window): every order it delivers goes
 * into the cluster multimap {@link #SYNCED}, every poll (empty ones included) into {@link ClusterNodeApp#POLLS}. The
 * seller routes start when the test puts {@link SyncNodeApp#SYNC} into {@link SyncNodeApp#CONTROL}. And on
 * every node, two routes send GetOrder for the hammered seller as fast as the shared quota allows while the test's
 * window is open. Sellers come as {@code SELLERID:MARKETPLACEID:MWSAUTHTOKEN,...} in {@code NODE_SELLERS}, the
 * developer's secret key in {@code NODE_SECRET_KEY}.
 */
final class SyncRoutes extends RouteBuilder {

    /** AmazonOrderId to the nodes that stored it (a set: an order delivered twice by one node counts once). */
    static final String SYNCED = "test-synced-orders";

    private final String node;
    private final MwsCluster cluster;
    private final long pollMillis;

    SyncRoutes(String node, MwsCluster cluster, long pollMillis) {
        this.node = node;
        this.cluster = cluster;
        this.pollMillis = pollMillis;
    }

    @Override
    public void configure() {
        String base = "?endpoint=" + System.getProperty("node.endpoint")
                      + "&accessKeyId=" + System.getProperty("node.accessKeyId")
                      + "&secretKey=RAW(" + System.getenv("NODE_SECRET_KEY") + ")"
                      + "&timeScale=" + System.getProperty("node.timeScale", "1");
        MultiMap<String, String> synced = cluster.hazelcast().getMultiMap(SYNCED);
        IMap<String, String> polls = cluster.hazelcast().getMap(ClusterNodeApp.POLLS);
        List<String> sellerRoutes = new ArrayList<>();
        for (String entry : System.getenv("NODE_SELLERS").split(",")) {
            String[] parts = entry.split(":");
            String seller = parts[0];
            String options = base + "&sellerId=" + seller + "&marketplace=" + parts[1] + "&mwsAuthToken=RAW("
                             + parts[2] + ")";
            if (seller.equals(System.getProperty("node.hammerSeller"))) {
                hammer(options);
                continue;
            }
            String routeId = "orders-" + seller;
            sellerRoutes.add(routeId);
            from(MwsCluster.master(routeId, "mws:Orders/ListOrders" + options + "&stateRepository=#"
                                            + MwsCluster.STATE_REPOSITORY_BEAN
                                            + "&initialStart=2000-01-01T00:00:00Z&delay=" + pollMillis
                                            + "&parameters.MaxResultsPerPage=20&maxMessagesPerPoll=10"
                                            + "&sendEmptyMessageWhenIdle=true"))
                    .routeId(routeId).autoStartup(false)
                    .process(e -> {
                        polls.set(seller, node + "|" + System.currentTimeMillis());
                        Order order = e.getMessage().getBody(Order.class);
                        if (order != null) {
                            synced.put(order.getAmazonOrderId(), node);
                        }
                    });
        }
        // the test lets the seller routes go when it is ready to watch them
        IMap<String, Long> control = cluster.hazelcast().getMap(SyncNodeApp.CONTROL);
        control.addEntryListener((EntryAddedListener<String, Long>) e -> {
            if (SyncNodeApp.SYNC.equals(e.getKey())) {
                new Thread(() -> {
                    for (String routeId : sellerRoutes) {
                        try {
                            getContext().getRouteController().startRoute(routeId);
                        } catch (Exception ex) {
                            throw new IllegalStateException(ex);
                        }
                    }
                }, "start-seller-routes").start();
            }
        }, true);
    }

    /**
     * Two routes on every node asking for the same order of one seller as fast as the shared quota allows, while
     * the test's window ({@link SyncNodeApp#HAMMER_UNTIL} in {@link SyncNodeApp#CONTROL}) is open.
     */
    private void hammer(String options) {
        String orderId = System.getProperty("node.hammerOrder");
        IMap<String, Long> hammered = cluster.hazelcast().getMap(SyncNodeApp.HAMMERED);
        IMap<String, Long> control = cluster.hazelcast().getMap(SyncNodeApp.CONTROL);
        AtomicLong until = new AtomicLong();
        control.addEntryListener((EntryAddedListener<String, Long>) e -> until.set(e.getValue()),
                SyncNodeApp.HAMMER_UNTIL, true);
        for (int i = 1; i <= 2; i++) {
            from("timer:hammer-" + i + "?period=1").routeId("hammer-" + i)
                    .filter(e -> System.currentTimeMillis() < until.get())
                    .setHeader(MwsConstants.PARAMETERS, constant(Map.of("AmazonOrderId", List.of(orderId))))
                    .to("mws:Orders/GetOrder" + options)
                    .process(e -> hammered.merge(node, 1L, Long::sum));
        }
    }
}
