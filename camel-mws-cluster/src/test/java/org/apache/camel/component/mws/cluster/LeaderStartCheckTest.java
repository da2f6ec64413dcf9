package org.apache.camel.component.mws.cluster;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A node that leads a namespace whose {@code master:} route did not start its consumer: Camel's master consumer makes
 * a single start attempt, and here it fails (the state repository is unreachable at that moment). The cluster service
 * notices that the consumer is not running and announces the leadership again, so the seller is synced after all;
 * with the check turned off, the node leads and nothing is synced.
 */
class LeaderStartCheckTest {

    private MwsSimulator simulator;
    private TestCluster cluster;
    private CamelContext context;

    @BeforeEach
    void startSimulator() {
        simulator = MwsSimulator.builder().seed(5).sellers(1).ordersPerSeller(20).timeScale(600).httpsPort(-1)
                .start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
        simulator.close();
    }

    @Test
    void aConsumerWhoseStartFailedIsStartedByAnnouncingTheLeadershipAgain() throws Exception {
        HazelcastPartitionClusterService service = startNode(Duration.ofSeconds(2));
        await("orders delivered", () -> delivered.get() > 0);
        assertTrue(service.isLeader("orders-1"));
        assertTrue(repository.failedOnce.get(), "the first start attempt failed");
    }

    @Test
    void withoutTheCheckTheLedNamespaceStaysWithoutConsumer() throws Exception {
        HazelcastPartitionClusterService service = startNode(Duration.ZERO);
        await("the first start attempt failed", () -> repository.failedOnce.get());
        // the master consumer's single attempt is spent: nothing starts the consumer again
        Thread.sleep(4_000);
        assertTrue(service.isLeader("orders-1"));
        assertEquals(0, delivered.get(), "orders delivered without a consumer start");
    }

    private final AtomicLong delivered = new AtomicLong();
    private final FailingOnceRepository repository = new FailingOnceRepository();

    private HazelcastPartitionClusterService startNode(Duration leaderStartCheck) throws Exception {
        cluster = TestCluster.start(1);
        HazelcastPartitionClusterService service = new HazelcastPartitionClusterService(cluster.member(0));
        service.setTakeoverDelay(Duration.ZERO);
        service.setLeaderStartCheck(leaderStartCheck);
        SellerAccount seller = simulator.seller();
        DeveloperAccount developer = simulator.accounts().developerOf(seller.sellerId());
        String uri = "mws:Orders/ListOrders?endpoint=" + simulator.httpBaseUrl() + "&accessKeyId="
                     + developer.accessKeyId() + "&secretKey=RAW(" + developer.secretKey() + ")&sellerId="
                     + seller.sellerId() + "&marketplace=" + seller.marketplaceIds().get(0)
                     + "&timeScale=600&initialStart=P1D&delay=100&stateRepository=#checkpoints";
        context = new DefaultCamelContext();
        context.getRegistry().bind("checkpoints", repository);
        context.addService(service);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(MwsCluster.master("orders-1", uri)).routeId("orders-1")
                        .process(exchange -> delivered.incrementAndGet());
            }
        });
        context.start();
        return service;
    }

    /** A checkpoint store that is unreachable the first time the consumer reads it. */
    static final class FailingOnceRepository extends MemoryStateRepository {
        final AtomicBoolean failedOnce = new AtomicBoolean();

        @Override
        public String getState(String key) {
            if (failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("checkpoint store unreachable");
            }
            return super.getState(key);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
