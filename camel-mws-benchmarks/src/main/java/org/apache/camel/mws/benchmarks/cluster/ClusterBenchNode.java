package org.apache.camel.mws.benchmarks.cluster;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import com.hazelcast.map.listener.EntryAddedListener;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.cluster.HazelcastMemberConfig;
import org.apache.camel.component.mws.cluster.MwsCluster;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A node of the cluster scenario, in a JVM of its own: joins the cluster with {@link MwsCluster} (shared throttle
 * store, checkpoints in the cluster's map, partition leadership) and declares, for every group of sellers
 * ({@link SellerGroups}), the component's ListOrders consumer for those sellers under {@code master:}. The routes
 * start when the scenario puts "go" into {@link BenchMaps#CONTROL}.
 * <p>
 * Bookkeeping, in {@link BenchMaps}: when the first poll of a group on this node delivered something (an order, or
 * the empty message of an idle poll); when every order of a seller had been delivered here (the distinct order ids
 * counted per seller against the count given in the sellers file); the orders this node delivered. Prints
 * {@code READY <name>} once started; stops on SIGTERM.
 */
public final class ClusterBenchNode {

    private final String name;
    private final BenchMaps maps;
    private final Map<String, Integer> expected = new HashMap<>();
    private final Map<String, Set<String>> ordersBySeller = new ConcurrentHashMap<>();
    private final Set<String> completed = ConcurrentHashMap.newKeySet();
    private final Set<String> polledHere = ConcurrentHashMap.newKeySet();
    private final AtomicLong delivered = new AtomicLong();

    private ClusterBenchNode(String name, BenchMaps maps, List<SellerGroups.Group> groups) {
        this.name = name;
        this.maps = maps;
        for (SellerGroups.Group group : groups) {
            for (int i = 0; i < group.sellerIds().size(); i++) {
                expected.put(group.sellerIds().get(i), group.orders().get(i));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String name = System.getProperty("bench.name");
        HazelcastMemberConfig member = new HazelcastMemberConfig()
                .setClusterName(System.getProperty("bench.cluster"))
                .setInstanceName(name)
                .setPort(Integer.getInteger("bench.port"))
                .setPortAutoIncrement(false)
                .setMembers(System.getProperty("bench.members"))
                .setFailureDetectionSeconds(Integer.getInteger("bench.failureDetectionSeconds", 5))
                .setJoinTimeoutSeconds(1)
                .setInitialMinClusterSize(Integer.getInteger("bench.nodes", 1));
        List<SellerGroups.Group> groups = SellerGroups.read(Path.of(System.getProperty("bench.sellersFile")),
                Integer.getInteger("bench.groupSize", 25));
        long pollMillis = Long.getLong("bench.pollMillis", 600_000);
        String options = "?endpoint=" + System.getProperty("bench.endpoint")
                         + "&accessKeyId=" + System.getProperty("bench.accessKeyId")
                         + "&secretKey=RAW(" + System.getenv("BENCH_SECRET_KEY") + ")"
                         + "&timeScale=" + System.getProperty("bench.timeScale")
                         + "&stateRepository=#" + MwsCluster.STATE_REPOSITORY_BEAN
                         + "&initialStart=2000-01-01T00:00:00Z&delay=" + pollMillis
                         + "&sendEmptyMessageWhenIdle=true&parameters.MaxResultsPerPage="
                         + Integer.getInteger("bench.pageSize", 100)
                         // a poll hands out at most this many orders and the next poll follows at once (greedy)
                         + "&maxMessagesPerPoll=" + Integer.getInteger("bench.maxMessagesPerPoll", 100)
                         + "&greedy=true";

        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        MwsCluster cluster = new MwsCluster(member).setTakeoverDelay(Duration.ofSeconds(1));
        cluster.installInto(context);
        ClusterBenchNode node = new ClusterBenchNode(name, new BenchMaps(cluster.hazelcast()), groups);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (SellerGroups.Group group : groups) {
                    String uri = "mws:Orders/ListOrders" + options + "&marketplace=" + group.marketplaceId()
                                 + "&sellerIds=" + String.join(",", group.sellerIds())
                                 + "&mwsAuthTokens=RAW(" + String.join(",", group.tokens()) + ")";
                    from(MwsCluster.master(group.name(), uri)).routeId(group.name()).autoStartup(false)
                            .process(e -> node.record(e, group.name()));
                }
            }
        });
        node.maps.control().addEntryListener((EntryAddedListener<String, Long>) e -> new Thread(() -> {
            for (SellerGroups.Group group : groups) {
                try {
                    context.getRouteController().startRoute(group.name());
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }, "start-groups").start(), "go", false);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.stop();
            stopped.countDown();
        }));
        context.start();
        node.reportJvm();
        System.out.println("READY " + name);
        System.out.flush();
        stopped.await();
    }

    /** Publishes this JVM's total GC time and its peak of used heap every second. */
    private void reportJvm() {
        Thread reporter = new Thread(() -> {
            long peak = 0;
            while (!Thread.currentThread().isInterrupted()) {
                long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                maps.jvm().setAsync(name + ".gcMillis", gc);
                maps.jvm().setAsync(name + ".peakHeap", peak);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "jvm-report");
        reporter.setDaemon(true);
        reporter.start();
    }

    private void record(Exchange exchange, String group) {
        if (polledHere.add(group)) {
            maps.takeovers().set(group + "@" + name, System.currentTimeMillis());
        }
        String orderId = exchange.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID, String.class);
        if (orderId == null) {
            return; // the empty message of an idle poll
        }
        String seller = exchange.getMessage().getHeader(MwsConstants.SELLER_ID, String.class);
        Set<String> orders = ordersBySeller.computeIfAbsent(seller, k -> ConcurrentHashMap.newKeySet());
        orders.add(orderId);
        if (orders.size() >= expected.getOrDefault(seller, Integer.MAX_VALUE) && completed.add(seller)) {
            maps.completed().setAsync(seller, System.currentTimeMillis());
        }
        long count = delivered.incrementAndGet();
        if (exchange.getProperty(Exchange.BATCH_COMPLETE, false, Boolean.class)) {
            maps.delivered().setAsync(name, count);
        }
    }
}
