package org.apache.camel.mws.simulator.market;

import java.time.Duration;

/**
 * How much data the simulated marketplace generates and how fast its processes run (in MWS time; the
 * {@link org.apache.camel.mws.simulator.spi.SimClock} scales every duration).
 *
 * @param seed                 the seed every generated value derives from (same seed, same marketplace)
 * @param ordersPerSeller      orders each seller has purchased over the history window (up to millions)
 * @param historyDays          how far back the history of orders reaches
 * @param newOrdersPerHour     orders arriving per MWS hour after the simulation started
 * @param listingsPerSeller    distinct SKUs each seller lists
 * @param reportRowPadding     extra generated rows appended to listing/order reports (for big-report tests)
 * @param reportMinBytes       minimum size of a generated report body; padded with generated rows up to it (0: none)
 * @param reportProcessingTime MWS time from _SUBMITTED_ to _DONE_ for a requested report
 * @param feedProcessingTime   MWS time from _SUBMITTED_ to _DONE_ for a feed
 * @param nextTokenTtl         MWS time a NextToken stays valid
 * @param settlementPeriod     MWS time between two settlement reports of a seller
 * @param maxFeedBytes         largest accepted feed body
 */
public record MarketSettings(long seed, int ordersPerSeller, int historyDays, int newOrdersPerHour,
        int listingsPerSeller, int reportRowPadding, long reportMinBytes, Duration reportProcessingTime,
        Duration feedProcessingTime, Duration nextTokenTtl, Duration settlementPeriod, long maxFeedBytes) {

    /** A small marketplace suited to tests and examples. */
    public static MarketSettings defaults() {
        return new MarketSettings(42L, 500, 30, 60, 200, 0, 0L, Duration.ofMinutes(2), Duration.ofMinutes(3),
                Duration.ofMinutes(15), Duration.ofDays(14), 2L * 1024 * 1024 * 1024 - 1);
    }

    public MarketSettings withSeed(long value) {
        return new MarketSettings(value, ordersPerSeller, historyDays, newOrdersPerHour, listingsPerSeller,
                reportRowPadding, reportMinBytes, reportProcessingTime, feedProcessingTime, nextTokenTtl,
                settlementPeriod, maxFeedBytes);
    }

    public MarketSettings withOrdersPerSeller(int value) {
        return new MarketSettings(seed, value, historyDays, newOrdersPerHour, listingsPerSeller,
                reportRowPadding, reportMinBytes, reportProcessingTime, feedProcessingTime, nextTokenTtl,
                settlementPeriod, maxFeedBytes);
    }
}
