package org.apache.camel.component.mws.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.zookeeper.server.ServerConfig;
import org.apache.zookeeper.server.ZooKeeperServerMain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Leadership by configuration: the same {@code master:} routes under ZooKeeper's cluster service. */
class ZooKeeperLeadershipTest {

    @TempDir
    Path dataDir;

    private final List<CamelContext> contexts = new ArrayList<>();
    private final Set<String> leaders = ConcurrentHashMap.newKeySet();
    private TestCluster cluster;
    private ZooKeeperServerMain zookeeper;
    private Thread zookeeperThread;

    @AfterEach
    void stop() throws InterruptedException {
        contexts.forEach(CamelContext::stop);
        if (cluster != null) {
            cluster.close();
        }
        if (zookeeper != null) {
            // close() waits for the server's threads: bounded, so that a server that failed to start cannot hang
            Thread closer = new Thread(zookeeper::close, "zookeeper-close");
            closer.setDaemon(true);
            closer.start();
            closer.join(10_000);
            zookeeperThread.join(10_000);
        }
    }

    @Test
    void oneNodeLeadsAndTheOtherTakesOverWhenItStops() throws Exception {
        int port = TestCluster.freePorts(1).get(0);
        startZooKeeper(port);
        cluster = TestCluster.start(2);
        for (int node = 0; node < 2; node++) {
            MwsCluster mwsCluster = new MwsCluster(cluster.member(node)).setLeadership(MwsCluster.Leadership.ZOOKEEPER)
                    .setZookeeperNodes("127.0.0.1:" + port).setZookeeperSessionTimeout(Duration.ofSeconds(4));
            contexts.add(startNode("node-" + (node + 1), mwsCluster));
        }
        await("one node leads", () -> leaders.size() == 1);
        String first = leaders.iterator().next();
        int firstIndex = first.equals("node-1") ? 0 : 1;
        contexts.get(firstIndex).stop();
        leaders.clear();
        await("the other node leads", () -> !leaders.isEmpty());
        assertEquals(Set.of(firstIndex == 0 ? "node-2" : "node-1"), leaders);
    }

    private CamelContext startNode(String name, MwsCluster mwsCluster) throws Exception {
        CamelContext context = new DefaultCamelContext();
        mwsCluster.installInto(context);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(MwsCluster.master("sellers-a", "timer:sellers-a?period=50")).process(e -> leaders.add(name));
            }
        });
        context.start();
        return context;
    }

    private void startZooKeeper(int port) throws Exception {
        System.setProperty("zookeeper.admin.enableServer", "false");
        ServerConfig config = new ServerConfig();
        config.parse(new String[] { Integer.toString(port), dataDir.toString() });
        zookeeper = new ZooKeeperServerMain();
        zookeeperThread = new Thread(() -> {
            try {
                zookeeper.runFromConfig(config);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "zookeeper");
        zookeeperThread.setDaemon(true);
        zookeeperThread.start();
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
