package org.apache.camel.mws.simulator.spi;

import java.time.Duration;
import java.time.Instant;

/**
 * The simulator's sense of time. The server clock ({@link #now()}) is the real clock plus an optional skew (a
 * fault); MWS durations (restore rates, hourly windows, report and feed processing, token expiry, order arrival,
 * the two-minute ListOrders lag) pass through {@link #scale(Duration)} so that a time scale of 600 turns a
 * one-minute restore into 100 ms. The 15-minute request timestamp tolerance is not scaled: it is about clocks.
 */
public interface SimClock {

    /** The server's current time, including any configured skew. */
    Instant now();

    /** How many times faster than real MWS the simulated processes run (1 = real time). */
    double timeScale();

    /** The real duration that stands for {@code mwsDuration} of MWS time. */
    default Duration scale(Duration mwsDuration) {
        return Duration.ofNanos((long) (mwsDuration.toNanos() / timeScale()));
    }
}
