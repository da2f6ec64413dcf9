package org.apache.camel.component.mws.cluster;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A leadership lost within the second that Camel's {@code master:} consumer waits before it starts its route: the
 * route must not go on running without the leadership (it did, on two nodes at once, as members joined).
 */
class LostLeadershipTest {

    private TestCluster cluster;
    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aRouteWhoseLeadershipWasLostBeforeItStartedStops() throws Exception {
        cluster = TestCluster.start(1);
        HazelcastPartitionClusterService service = new HazelcastPartitionClusterService(cluster.member(0));
        service.setTakeoverDelay(Duration.ZERO);
        AtomicLong fired = new AtomicLong();
        context = new DefaultCamelContext();
        context.addService(service);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:seller-1:timer:seller-1?period=20").routeId("seller-1")
                        .process(exchange -> fired.incrementAndGet());
            }
        });
        context.start();
        await("the node leads", () -> service.isLeader("seller-1"));

        // the leadership goes while the master consumer still waits to start its route
        service.setQuorum(2);
        service.requestCheck();
        await("the node no longer leads", () -> !service.isLeader("seller-1"));

        // past the consumer's start and the second announcement of the loss, nothing fires any more
        Thread.sleep(HazelcastPartitionClusterView.REANNOUNCE_LOSS_NANOS / 1_000_000 + 1000);
        long before = fired.get();
        Thread.sleep(500);
        assertEquals(before, fired.get(), "the route still runs without the leadership");

        // and it runs again once the node leads again
        service.setQuorum(1);
        service.requestCheck();
        await("the route fires again", () -> fired.get() > before);
        assertTrue(service.isLeader("seller-1"));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(5);
        }
    }
}
