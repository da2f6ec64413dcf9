package org.apache.camel.mws.simulator.market;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How much data the simulated marketplace generates and how fast its processes run. Durations are MWS time:
 * the {@link org.apache.camel.mws.simulator.spi.SimClock} scales each of them (a time scale of 600 turns the
 * two-minute feed processing into 200 ms).
 *
 * @param seed                  the seed every generated value derives from (same seed and epoch, same data)
 * @param ordersPerSeller       orders each seller bought over the history window (0 to 100,000,000)
 * @param history               how far back the history of orders reaches before the epoch
 * @param newOrdersPerHour      orders arriving per seller and MWS hour after the epoch (0: none)
 * @param listingsPerSeller     listings (SKUs) per seller (1 to 1,000,000)
 * @param orderItemsPageSize    ListOrderItems page size (small, so big orders page)
 * @param reportMinBytes        reports (other than settlements) are padded with generated rows up to at least
 *                              this size (0: no padding); up to several GiB, never held in memory
 * @param reportProcessingTime  time from RequestReport to _DONE_
 * @param feedProcessingTime    time from SubmitFeed to _DONE_
 * @param nextTokenTtl          how long a NextToken stays valid
 * @param settlementPeriod      length of a settlement period (a settlement report and financial event group
 *                              close at the end of each)
 * @param reportRetention       how long a report can be downloaded (then ReportNoLongerAvailable)
 * @param maxFeedBytes          largest feed accepted
 * @param epoch                 when history ends and new orders begin; null: the clock's time at start. Pin it
 *                              to get byte-identical data across runs
 */
public record MarketSettings(long seed, int ordersPerSeller, Duration history, int newOrdersPerHour,
        int listingsPerSeller, int orderItemsPageSize, long reportMinBytes, Duration reportProcessingTime,
        Duration feedProcessingTime, Duration nextTokenTtl, Duration settlementPeriod, Duration reportRetention,
        long maxFeedBytes, Instant epoch) {

    public MarketSettings {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(reportProcessingTime, "reportProcessingTime");
        Objects.requireNonNull(feedProcessingTime, "feedProcessingTime");
        Objects.requireNonNull(nextTokenTtl, "nextTokenTtl");
        Objects.requireNonNull(settlementPeriod, "settlementPeriod");
        Objects.requireNonNull(reportRetention, "reportRetention");
        require(ordersPerSeller >= 0 && ordersPerSeller <= 100_000_000,
                "ordersPerSeller must be between 0 and 100,000,000, was " + ordersPerSeller);
        require(!history.isNegative() && (ordersPerSeller == 0 || !history.isZero()),
                "history must be positive when there are orders, was " + history);
        require(history.compareTo(Duration.ofDays(3650)) <= 0, "history must be at most 10 years, was " + history);
        require(newOrdersPerHour >= 0 && newOrdersPerHour <= 10_000_000,
                "newOrdersPerHour must be between 0 and 10,000,000, was " + newOrdersPerHour);
        require(listingsPerSeller >= 1 && listingsPerSeller <= 1_000_000,
                "listingsPerSeller must be between 1 and 1,000,000, was " + listingsPerSeller);
        require(orderItemsPageSize >= 1 && orderItemsPageSize <= 100,
                "orderItemsPageSize must be between 1 and 100, was " + orderItemsPageSize);
        require(reportMinBytes >= 0, "reportMinBytes must not be negative");
        require(!reportProcessingTime.isNegative(), "reportProcessingTime must not be negative");
        require(!feedProcessingTime.isNegative(), "feedProcessingTime must not be negative");
        require(!nextTokenTtl.isNegative() && !nextTokenTtl.isZero(), "nextTokenTtl must be positive");
        require(!settlementPeriod.isNegative() && !settlementPeriod.isZero(), "settlementPeriod must be positive");
        require(!reportRetention.isNegative() && !reportRetention.isZero(), "reportRetention must be positive");
        require(maxFeedBytes > 0, "maxFeedBytes must be positive");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A small marketplace suited to tests and examples: 500 orders over 30 days, 60 new an hour. */
    public static MarketSettings defaults() {
        return new MarketSettings(42L, 500, Duration.ofDays(30), 60, 200, 10, 0L, Duration.ofMinutes(2),
                Duration.ofMinutes(3), Duration.ofMinutes(30), Duration.ofDays(14), Duration.ofDays(90),
                2L * 1024 * 1024 * 1024 - 1, null);
    }

    public MarketSettings withSeed(long v) {
        return new MarketSettings(v, ordersPerSeller, history, newOrdersPerHour, listingsPerSeller,
                orderItemsPageSize, reportMinBytes, reportProcessingTime, feedProcessingTime, nextTokenTtl,
                settlementPeriod, reportRetention, maxFeedBytes, epoch);
    }

    public MarketSettings withOrdersPerSeller(int v) {
        return new MarketSettings(seed, v, history, newOrdersPerHour, listingsPerSeller, orderItemsPageSize,
                reportMinBytes, reportProcessingTime, feedProcessingTime, nextTokenTtl, settlementPeriod,
                reportRetention, maxFeedBytes, epoch);
    }

    public MarketSettings withHistory(Duration v) {
        return new MarketSettings(seed, ordersPerSeller, v, newOrdersPerHour, listingsPerSeller, orderItemsPageSize,
                reportMinBytes, reportProcessingTime, feedProcessingTime, nextTokenTtl, settlementPeriod,
                reportRetention, maxFeedBytes, epoch);
    }

    public MarketSettings withNewOrdersPerHour(int v) {
        return new MarketSettings(seed, ordersPerSeller, history, v, listingsPerSeller, orderItemsPageSize,
                reportMinBytes, reportProcessingTime, feedProcessingTime, nextTokenTtl, settlementPeriod,
                reportRetention, maxFeedBytes, epoch);
    }

    public MarketSettings withListingsPerSeller(int v) {
        return new MarketSettings(seed, ordersPerSeller, history, newOrdersPerHour, v, orderItemsPageSize,
                reportMinBytes, reportProcessingTime, feedProcessingTime, nextTokenTtl, settlementPeriod,
                reportRetention, maxFeedBytes, epoch);
    }

    public MarketSettings withOrderItemsPageSize(int v) {
        return new MarketSettings(seed, ordersPerSeller, history, newOrdersPerHour, listingsPerSeller, v,
                reportMinBytes, reportProcessingTime, feedProcessingTime, nextTokenTtl, settlementPeriod,
                reportRetention, maxFeedBytes, epoch);
    }

    public MarketSettings withReportMinBytes(long v) {
        return new MarketSettings(seed, ordersPerSeller, history, newOrdersPerHour, listingsPerSeller,
                orderItemsPageSize, v, reportProcessingTime, feedProcessingTime, nextTokenTtl, settlementPeriod,
                reportRetention, maxFeedBytes, epoch);
    }

    public MarketSettings withReportProcessingTime(Duration v) {
        return new MarketSettings(seed, ordersPerSeller, history, newOrdersPerHour, listingsPerSeller,
                orderItemsPageSize, reportMinBytes, v, feedProcessingTime, nextTokenTtl, settlementPeriod,
                reportRetention, maxFeedBytes, epoch);
    }

    public MarketSettings withFeedProcessingTime(Duration v) {
        return new MarketSettings(seed, ordersPerSeller, history, newOrdersPerHour, listingsPerSeller,
                orderItemsPageSize, reportMinBytes, reportProcessingTime, v, nextTokenTtl, settlementPeriod,
                reportRetention, maxFeedBytes, epoch);
    }

    public MarketSettings withNextTokenTtl(Duration v) {
        return new MarketSettings(seed, ordersPerSeller, history, newOrdersPerHour, listingsPerSeller,
                orderItemsPageSize, reportMinBytes, reportProcessingTime, feedProcessingTime, v, settlementPeriod,
                reportRetention, maxFeedBytes, epoch);
    }

    public MarketSettings withSettlementPeriod(Duration v) {
        return new MarketSettings(seed, ordersPerSeller, history, newOrdersPerHour, listingsPerSeller,
                orderItemsPageSize, reportMinBytes, reportProcessingTime, feedProcessingTime, nextTokenTtl, v,
                reportRetention, maxFeedBytes, epoch);
    }

    public MarketSettings withReportRetention(Duration v) {
        return new MarketSettings(seed, ordersPerSeller, history, newOrdersPerHour, listingsPerSeller,
                orderItemsPageSize, reportMinBytes, reportProcessingTime, feedProcessingTime, nextTokenTtl,
                settlementPeriod, v, maxFeedBytes, epoch);
    }

    public MarketSettings withMaxFeedBytes(long v) {
        return new MarketSettings(seed, ordersPerSeller, history, newOrdersPerHour, listingsPerSeller,
                orderItemsPageSize, reportMinBytes, reportProcessingTime, feedProcessingTime, nextTokenTtl,
                settlementPeriod, reportRetention, v, epoch);
    }

    public MarketSettings withEpoch(Instant v) {
        return new MarketSettings(seed, ordersPerSeller, history, newOrdersPerHour, listingsPerSeller,
                orderItemsPageSize, reportMinBytes, reportProcessingTime, feedProcessingTime, nextTokenTtl,
                settlementPeriod, reportRetention, maxFeedBytes, v);
    }
}
