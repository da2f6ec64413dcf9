package org.apache.camel.mws.examples;

import java.time.Duration;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.fail;

/** Waits for a condition the application reaches by itself (polling, not sleeping for a fixed time). */
final class Waits {

    private Waits() {
    }

    static void until(Duration timeout, String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > deadline) {
                fail("waited " + timeout.toSeconds() + " s for: " + what);
            }
            Thread.sleep(200);
        }
    }
}
