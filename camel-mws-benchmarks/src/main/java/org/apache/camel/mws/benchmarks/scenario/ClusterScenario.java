package org.apache.camel.mws.benchmarks.scenario;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import org.apache.camel.component.mws.cluster.HazelcastMemberConfig;
import org.apache.camel.component.mws.cluster.HazelcastPartitionClusterService;
import org.apache.camel.mws.benchmarks.cluster.BenchMaps;
import org.apache.camel.mws.benchmarks.cluster.NodeLauncher;
import org.apache.camel.mws.benchmarks.cluster.SellerGroups;
import org.apache.camel.mws.benchmarks.support.HeapProbe;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.spi.SellerAccount;

/**
 * Cluster mode: 1, 2 and 4 nodes (each a JVM of its own, on this machine) syncing the orders of many sellers from
 * one simulator (in this JVM, server throttling on) with the component's ListOrders consumer: the sellers in groups
 * of 25 of one marketplace, one consumer endpoint per group ({@code sellerIds}) under {@code master:} (Hazelcast
 * partition leadership), its checkpoints in the cluster's map, every request paced by the shared Hazelcast throttle
 * store.
 * <p>
 * Per node count: the wall time from the moment the nodes are told to go until the last seller had every order of
 * its home marketplace delivered; orders and sellers per second; how the sellers spread over the nodes (min-max and
 * Jain's fairness index, 1 = perfectly even); the failover time (the node leading the most groups killed with
 * {@code kill -9}, to the first poll of each of its groups on the node that took it over: failure detection,
 * takeover delay, the master consumer's start delay, the poll's listings); the 503 answers the simulator gave
 * (goal 0); the CPU each JVM used. A seller not complete within the deadline is lost data.
 * <p>
 * The polls after a group's first one are pushed out ({@code cluster.pollMillis}, 10 minutes), so that the figure is
 * the initial sync of every seller and not the steady polling. {@code -Dcluster.sellers=N},
 * {@code -Dcluster.nodes=1,2,4}, {@code -Dcluster.deadlineMinutes=20}, {@code -Dcluster.timeScale=60} override the sizes.
 */
public final class ClusterScenario implements Scenario {

    /** MWS minutes per real second: a ListOrders bucket restores one request a second, so the CPU is the limit. */
    private static final double TIME_SCALE = Double.parseDouble(System.getProperty("cluster.timeScale", "60"));
    /**
     * Orders per seller and page size: most sellers list 7 or 8 pages through their ListOrders bucket (a burst of
     * 6, then one request per MWS minute, one second here), so every seller needs the bucket to restore and the
     * nodes' pacing is what keeps the server from answering RequestThrottled.
     */
    private static final int ORDERS_PER_SELLER = 80;
    private static final int PAGE_SIZE = 10;
    private static final int FAILURE_DETECTION_SECONDS = 5;
    /**
     * A poll hands out at most this many orders, the next poll following at once ({@code greedy}): what a user
     * syncing thousands of sellers sets, so that a node holds a bounded number of orders rather than every order of
     * every group it leads (without it, one node leading all 10,000 sellers held 730,000 orders at its peak).
     */
    private static final int MAX_MESSAGES_PER_POLL = 100;
    private static final String NODE_HEAP = "3g";
    private static final int GROUP_SIZE = 25;
    /**
     * How long before the start the orders were bought: long enough for every order to be in its final state, so
     * that none changes during the run and the first window of each seller holds all its orders. (An order updated
     * during the run would legitimately come with the seller's next window, one poll interval later.)
     */
    private static final Duration SETTLED = Duration.ofDays(400);

    @Override
    public String name() {
        return "cluster";
    }

    @Override
    public String title() {
        return "cluster mode: 1, 2 and 4 node JVMs syncing many sellers; throughput, fairness, failover, 503s";
    }

    @Override
    public String maxHeap() {
        return "2g";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void run(Size size, ScenarioReport report) throws Exception {
        int sellers = Integer.getInteger("cluster.sellers", size == Size.QUICK ? 200 : 10_000);
        long pollMillis = Long.getLong("cluster.pollMillis", 600_000);
        long deadlineMinutes = Long.getLong("cluster.deadlineMinutes", 20);
        List<Integer> nodeCounts = new ArrayList<>();
        for (String n : System.getProperty("cluster.nodes", size == Size.QUICK ? "1,2" : "1,2,4").split(",")) {
            nodeCounts.add(Integer.parseInt(n.trim()));
        }
        report.line("simulator in this JVM: %,d sellers, %d orders each (home marketplace synced, all bought over 400"
                    + " days ago and in their final state), time scale %.0f,"
                    + " server throttling on; each node: a ListOrders consumer per group of %d sellers under master:,"
                    + " pages of %d, at most %d orders a poll (greedy), next poll after %d ms when idle, -Xmx%s,"
                    + " failure detection %d s, takeover delay 1 s",
                sellers, ORDERS_PER_SELLER, TIME_SCALE, GROUP_SIZE, PAGE_SIZE, MAX_MESSAGES_PER_POLL, pollMillis,
                NODE_HEAP,
                FAILURE_DETECTION_SECONDS);
        Path work = Files.createTempDirectory("mws-cluster-scenario");
        report.line("node logs under %s", work);
        try (MwsSimulator sim = MwsSimulator.builder().timeScale(TIME_SCALE).sellers(sellers)
                .ordersPerSeller(ORDERS_PER_SELLER).httpsPort(-1).requestLogCapacity(1_000)
                .marketSettings(s -> s.withNewOrdersPerHour(0).withEpoch(Instant.now().minus(SETTLED)))
                .start()) {
            Map<String, Integer> expected = expectedOrders(sim);
            Path sellersFile = sellersFile(sim, expected, work);
            List<List<String>> rows = new ArrayList<>();
            for (int nodes : nodeCounts) {
                sim.reset();
                rows.add(runWith(nodes, sim, expected, sellersFile, work, pollMillis, deadlineMinutes, report));
            }
            report.table(List.of("nodes", "sellers synced", "orders", "sync wall time", "orders/s", "sellers/s", "requests",
                    "seller complete after first / median / last", "sellers per node (min-max)", "Jain index",
                    "failover min / median / max", "503 answers"), rows);
        }
    }

    private List<String> runWith(int nodes, MwsSimulator sim, Map<String, Integer> expected, Path sellersFile,
                                 Path work, long pollMillis, long deadlineMinutes, ScenarioReport report)
            throws Exception {
        report.line("-- %d node(s); load average at start %.2f", nodes,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Integer> ports = freePorts(nodes + 1);
        List<String> members = ports.stream().map(p -> "127.0.0.1:" + p).toList();
        String clusterName = "scenario-" + UUID.randomUUID();
        DeveloperAccount developer = sim.accounts().thirdPartyDeveloper();
        Path logs = Files.createDirectories(work.resolve(nodes + "-nodes"));
        List<SellerGroups.Group> groups = SellerGroups.read(sellersFile, GROUP_SIZE);
        List<NodeLauncher> launched = new ArrayList<>();
        HazelcastInstance observer = null;
        try {
            for (int i = 0; i < nodes; i++) {
                Map<String, String> properties = new HashMap<>();
                properties.put("bench.cluster", clusterName);
                properties.put("bench.nodes", Integer.toString(nodes));
                properties.put("bench.port", ports.get(i).toString());
                properties.put("bench.members", String.join(",", members));
                properties.put("bench.endpoint", sim.httpBaseUrl());
                properties.put("bench.accessKeyId", developer.accessKeyId());
                properties.put("bench.timeScale", Double.toString(TIME_SCALE));
                properties.put("bench.sellersFile", sellersFile.toString());
                properties.put("bench.groupSize", Integer.toString(GROUP_SIZE));
                properties.put("bench.pageSize", Integer.toString(PAGE_SIZE));
                properties.put("bench.maxMessagesPerPoll", Integer.toString(MAX_MESSAGES_PER_POLL));
                properties.put("bench.pollMillis", Long.toString(pollMillis));
                properties.put("bench.failureDetectionSeconds", Integer.toString(FAILURE_DETECTION_SECONDS));
                launched.add(NodeLauncher.start("node-" + (i + 1), NODE_HEAP, properties,
                        Map.of("BENCH_SECRET_KEY", developer.secretKey()), logs));
            }
            // the scenario watches as a lite member: it holds no partition, so it leads no seller
            Config config = new HazelcastMemberConfig().setClusterName(clusterName).setInstanceName("scenario")
                    .setPort(ports.get(nodes)).setPortAutoIncrement(false).setMembers(members)
                    .setJoinTimeoutSeconds(1).toConfig();
            config.setLiteMember(true);
            observer = Hazelcast.newHazelcastInstance(config);
            for (NodeLauncher node : launched) {
                node.awaitReady(15, TimeUnit.MINUTES);
            }
            awaitSettled(observer, nodes + 1);
            BenchMaps maps = new BenchMaps(observer);
            int total = expected.values().stream().mapToInt(Integer::intValue).sum();
            Map<String, Long> jvmBefore = new HashMap<>(maps.jvm());
            double[] cpuBefore = cpu(launched);
            double simCpuBefore = ownCpuSeconds();
            long go = System.currentTimeMillis();
            maps.control().set("go", go);
            // a seller without orders in its home marketplace has nothing to complete
            int target = (int) expected.values().stream().filter(n -> n > 0).count();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(deadlineMinutes);
            long nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (maps.completed().size() < target) {
                if (System.nanoTime() > deadline) {
                    Map<String, Long> done = new HashMap<>(maps.completed());
                    report.lostData((target - done.size()) + " of " + target + " sellers not complete in "
                                    + deadlineMinutes + " minutes (" + nodes + " nodes), e.g. "
                                    + expected.entrySet().stream().filter(e -> e.getValue() > 0
                                            && !done.containsKey(e.getKey())).limit(5).toList());
                    break;
                }
                for (NodeLauncher node : launched) {
                    if (!node.isAlive()) {
                        throw new IllegalStateException(node.name() + " died during the sync:\n" + node.tail());
                    }
                }
                if (System.nanoTime() > nextProgress) {
                    report.line("  %.0f s: %,d of %,d sellers complete", (System.currentTimeMillis() - go) / 1000.0,
                            maps.completed().size(), target);
                    nextProgress += TimeUnit.SECONDS.toNanos(30);
                }
                Thread.sleep(250);
            }
            Map<String, Long> completed = new HashMap<>(maps.completed());
            long last = completed.values().stream().mapToLong(Long::longValue).max().orElse(go);
            double seconds = (last - go) / 1000.0;
            long requests = sim.requests().countsByOutcome().values().stream().mapToLong(Long::longValue).sum();
            double[] cpuAfter = cpu(launched);
            double simCpu = ownCpuSeconds() - simCpuBefore;

            // who led which group (the owner of its namespace's partition), and what each node delivered
            Map<String, Integer> sellersPerNode = new TreeMap<>();
            Map<String, Integer> groupsPerNode = new TreeMap<>();
            Map<String, String> leaders = new HashMap<>();
            for (NodeLauncher node : launched) {
                sellersPerNode.put(node.name(), 0);
                groupsPerNode.put(node.name(), 0);
            }
            for (SellerGroups.Group group : groups) {
                String leader = HazelcastPartitionClusterService.nodeName(
                        observer.getPartitionService().getPartition(group.name()).getOwner());
                leaders.put(group.name(), leader);
                sellersPerNode.merge(leader, group.sellerIds().size(), Integer::sum);
                groupsPerNode.merge(leader, 1, Integer::sum);
            }
            Map<String, Long> delivered = new TreeMap<>(maps.delivered());
            long deliveredTotal = delivered.values().stream().mapToLong(Long::longValue).sum();
            report.line("%d node(s): sync %.1f s; sellers led per node %s, orders delivered per node %s (%,d in all,"
                        + " %,d more than the %,d distinct orders)", nodes, seconds, sellersPerNode, delivered,
                    deliveredTotal, deliveredTotal - total, total);
            Map<String, Long> jvmAfter = new HashMap<>(maps.jvm());
            StringBuilder cpu = new StringBuilder();
            for (int i = 0; i < launched.size(); i++) {
                String node = launched.get(i).name();
                cpu.append(node).append(String.format(" %.1f s (GC pauses %.1f s, peak used heap %s), ", cpuAfter[i] - cpuBefore[i],
                        (jvmAfter.getOrDefault(node + ".gcMillis", 0L) - jvmBefore.getOrDefault(node + ".gcMillis", 0L))
                        / 1000.0, HeapProbe.mib(jvmAfter.getOrDefault(node + ".peakHeap", 0L))));
            }
            report.line("CPU during the sync: %ssimulator and observer JVM %.1f s; requests by outcome %s", cpu, simCpu,
                    sim.requests().countsByOutcome());
            String failover = nodes > 1 ? failover(maps, launched, groupsPerNode, leaders, report) : "-";
            long answers503 = sim.requests().throttled() + sim.requests().count("ServiceUnavailable")
                              + sim.requests().count("InternalError");
            report.goal("503 answers with " + nodes + " node(s)", "= 0", answers503 == 0);
            report.line("requests by outcome at the end (failover included) %s", sim.requests().countsByOutcome());
            int min = sellersPerNode.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            int max = sellersPerNode.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            report.line("load average at end: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return List.of(Integer.toString(nodes), String.format("%,d of %,d", completed.size(), target),
                    String.format("%,d", total), String.format("%.1f s", seconds),
                    String.format("%,.0f", total / seconds), String.format("%,.0f", completed.size() / seconds),
                    String.format("%,d (%,.0f/s)", requests, requests / seconds),
                    completionSpread(completed.values(), go), min + " - " + max, String.format("%.3f", jain(sellersPerNode.values())), failover,
                    Long.toString(answers503));
        } finally {
            // the observer first: nodes leaving a lite member alone would only log lost partitions
            if (observer != null) {
                observer.getLifecycleService().terminate();
            }
            for (NodeLauncher node : launched) {
                node.close();
            }
        }
    }

    /** Waits until the observer sees every member and no partition migrates, then for the takeover delays. */
    private static void awaitSettled(HazelcastInstance observer, int members) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (observer.getCluster().getMembers().size() != members
               || !observer.getPartitionService().isClusterSafe()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the cluster did not settle: " + observer.getCluster().getMembers());
            }
            Thread.sleep(100);
        }
        Thread.sleep(2_000);
    }

    /**
     * Kills the node leading the most seller groups and times, for each group it led, the first poll on the node
     * that took the group over.
     *
     * @return "min / median / max" in seconds
     */
    private static String failover(BenchMaps maps, List<NodeLauncher> launched, Map<String, Integer> groupsPerNode,
                                   Map<String, String> leaders, ScenarioReport report) throws Exception {
        String victimName = groupsPerNode.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        NodeLauncher victim = launched.stream().filter(n -> n.name().equals(victimName)).findFirst().orElseThrow();
        List<String> orphans = leaders.entrySet().stream().filter(e -> e.getValue().equals(victimName))
                .map(Map.Entry::getKey).toList();
        long killed = System.currentTimeMillis();
        victim.kill();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        Map<String, Long> firstPoll = new HashMap<>();
        while (firstPoll.size() < orphans.size()) {
            if (System.nanoTime() > deadline) {
                report.lostData((orphans.size() - firstPoll.size()) + " seller groups not taken over within 5 minutes");
                return "not taken over";
            }
            Thread.sleep(100);
            for (Map.Entry<String, Long> e : maps.takeovers().entrySet()) {
                String key = e.getKey();
                String group = key.substring(0, key.indexOf('@'));
                if (e.getValue() >= killed && !key.endsWith("@" + victimName) && orphans.contains(group)) {
                    firstPoll.merge(group, e.getValue(), Math::min);
                }
            }
        }
        List<Long> delays = new ArrayList<>();
        for (String group : orphans) {
            delays.add(firstPoll.get(group) - killed);
        }
        delays.sort(Comparator.naturalOrder());
        report.line("failover: %s (leading %d groups) killed with kill -9; first poll of each of its groups on the"
                    + " node that took it over", victimName, orphans.size());
        return String.format("%.1f / %.1f / %.1f s (%d groups)", delays.get(0) / 1000.0,
                delays.get(delays.size() / 2) / 1000.0, delays.get(delays.size() - 1) / 1000.0, delays.size());
    }

    /** When the sellers were complete, in seconds after "go": the first, the median and the last. */
    private static String completionSpread(Collection<Long> completedAt, long go) {
        List<Long> times = completedAt.stream().sorted().toList();
        if (times.isEmpty()) {
            return "-";
        }
        return String.format("%.1f / %.1f / %.1f s", (times.get(0) - go) / 1000.0,
                (times.get(times.size() / 2) - go) / 1000.0, (times.get(times.size() - 1) - go) / 1000.0);
    }

    /** Jain's fairness index: 1 when every node has the same share, 1/n when one node has everything. */
    static double jain(Collection<Integer> shares) {
        double sum = 0;
        double squares = 0;
        for (int x : shares) {
            sum += x;
            squares += (double) x * x;
        }
        return squares == 0 ? 0 : sum * sum / (shares.size() * squares);
    }

    private static double[] cpu(List<NodeLauncher> nodes) {
        double[] seconds = new double[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            seconds[i] = nodes.get(i).cpuSeconds();
        }
        return seconds;
    }

    private static double ownCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** Each seller's orders in its home marketplace, the one the nodes sync. */
    private static Map<String, Integer> expectedOrders(MwsSimulator sim) {
        Map<String, Integer> expected = new HashMap<>();
        for (SellerAccount seller : sim.accounts().sellers()) {
            String home = seller.marketplaceIds().get(0);
            expected.put(seller.sellerId(), (int) sim.market().orders(seller.sellerId()).stream()
                    .filter(o -> o.marketplace().id().equals(home)).count());
        }
        return expected;
    }

    /** SELLERID:MARKETPLACEID:MWSAUTHTOKEN:ORDERS lines, readable by this user only (the tokens are credentials). */
    private static Path sellersFile(MwsSimulator sim, Map<String, Integer> expected, Path work) throws Exception {
        List<String> lines = new ArrayList<>();
        for (SellerAccount seller : sim.accounts().sellers()) {
            lines.add(seller.sellerId() + ":" + seller.marketplaceIds().get(0) + ":"
                      + sim.accounts().authToken(seller.sellerId()) + ":" + expected.get(seller.sellerId()));
        }
        Path file = work.resolve("sellers.txt");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, lines);
        return file;
    }

    private static List<Integer> freePorts(int count) throws Exception {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }
}
