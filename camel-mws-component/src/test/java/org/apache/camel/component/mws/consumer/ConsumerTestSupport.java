package org.apache.camel.component.mws.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.camel.component.mws.support.SimulatorTestSupport;
import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.spi.SellerAccount;

/**
 * What the consumer tests share: waiting for a condition, and the simulator's truth about a seller's orders.
 */
abstract class ConsumerTestSupport extends SimulatorTestSupport {

    /**
     * Waits until the condition holds.
     *
     * @throws AssertionError when it does not within the timeout
     */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
            }
            Thread.sleep(10);
        }
    }

    /**
     * @return the AmazonOrderIds of every order of the seller purchased before the instant: what an incremental sync
     *         that reached this checkpoint must have delivered (each order comes at least in its first version)
     */
    Set<String> ordersPurchasedBefore(SellerAccount seller, Instant checkpoint) {
        return simulator().market().orders(seller.sellerId(), checkpoint).stream()
                .filter(o -> o.purchaseDate() < checkpoint.toEpochMilli()).map(Order::amazonOrderId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * @return the orders whose last update is before the checkpoint, as they are now
     */
    List<Order> ordersLastUpdatedBefore(SellerAccount seller, Instant checkpoint) {
        return simulator().market().ordersLastUpdatedBefore(seller.sellerId(), checkpoint);
    }

    /**
     * @return a ListOrders consumer URI over every marketplace of the seller
     */
    String listOrders(SellerAccount seller, String... options) {
        String[] all = new String[options.length + 1];
        all[0] = "marketplace=" + String.join(",", seller.marketplaceIds());
        System.arraycopy(options, 0, all, 1, options.length);
        return uri(seller, "Orders/ListOrders", all);
    }
}
