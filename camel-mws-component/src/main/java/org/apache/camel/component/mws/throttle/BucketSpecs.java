package org.apache.camel.component.mws.throttle;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/**
 * Builds {@link BucketSpec}s from the columns of the operation table ({@code operations.csv}:
 * {@code max_quota, restore, restore_period_s, unit, hourly}), so the catalog converts its rows without knowing
 * how the throttle works. Errors name the column and the value.
 */
public final class BucketSpecs {

    private BucketSpecs() {
    }

    /**
     * A spec from the table's text columns.
     *
     * @param maxQuota        {@code max_quota}: burst size, e.g. {@code "6"}
     * @param restore         {@code restore}: units regained per period, e.g. {@code "1"} or {@code "0.5"}
     * @param restorePeriodS  {@code restore_period_s}: the period in seconds, e.g. {@code "60"} or {@code "0.5"}
     * @param unit            {@code unit}: {@code request} or {@code item} (empty means request)
     * @param hourly          {@code hourly}: the hourly quota, empty or null for none
     */
    public static BucketSpec fromColumns(String maxQuota, String restore, String restorePeriodS, String unit,
                                         String hourly) {
        int max = parseInt("max_quota", maxQuota, false);
        double restoreAmount = parsePositive("restore", restore).doubleValue();
        BigDecimal periodSeconds = parsePositive("restore_period_s", restorePeriodS);
        Duration period = Duration.ofNanos(periodSeconds.movePointRight(9).toBigInteger().longValueExact());
        return fromColumns(max, restoreAmount, period, parseUnit(unit), parseInt("hourly", hourly, true));
    }

    /**
     * A spec from the table's values already converted.
     *
     * @param maxQuota      burst size
     * @param restore       units regained per period
     * @param restorePeriod the restore period
     * @param perItem       true where the unit is {@code item}
     * @param hourly        hourly quota, 0 for none
     */
    public static BucketSpec fromColumns(int maxQuota, double restore, Duration restorePeriod, boolean perItem,
                                         int hourly) {
        return new BucketSpec(maxQuota, restore, restorePeriod, perItem, hourly, BucketSpec.HOUR);
    }

    /** A spec from numbers, with the period in seconds as in the table. */
    public static BucketSpec fromColumns(int maxQuota, double restore, double restorePeriodSeconds, String unit,
                                         int hourly) {
        if (!(restorePeriodSeconds > 0) || Double.isInfinite(restorePeriodSeconds)) {
            throw new IllegalArgumentException(
                    "restore_period_s must be a positive number of seconds, was " + restorePeriodSeconds);
        }
        Duration period = Duration.ofNanos(Math.round(restorePeriodSeconds * 1_000_000_000d));
        return fromColumns(maxQuota, restore, period, parseUnit(unit), hourly);
    }

    /** {@code true} for {@code item}, {@code false} for {@code request} (or empty); anything else is an error. */
    public static boolean parseUnit(String unit) {
        if (unit == null || unit.isBlank()) {
            return false;
        }
        return switch (unit.trim().toLowerCase(Locale.ROOT)) {
            case "request", "requests" -> false;
            case "item", "items" -> true;
            default -> throw new IllegalArgumentException("unit must be 'request' or 'item', was '" + unit + "'");
        };
    }

    private static int parseInt(String column, String value, boolean emptyIsZero) {
        if (value == null || value.isBlank()) {
            if (emptyIsZero) {
                return 0;
            }
            throw new IllegalArgumentException(column + " is required but was empty");
        }
        BigDecimal number = parseNumber(column, value);
        try {
            int result = number.stripTrailingZeros().intValueExact();
            if (result < 0) {
                throw new IllegalArgumentException(column + " must not be negative, was '" + value + "'");
            }
            return result;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(column + " must be a whole number, was '" + value + "'", e);
        }
    }

    private static BigDecimal parsePositive(String column, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(column + " is required but was empty");
        }
        BigDecimal number = parseNumber(column, value);
        if (number.signum() <= 0) {
            throw new IllegalArgumentException(column + " must be positive, was '" + value + "'");
        }
        return number;
    }

    private static BigDecimal parseNumber(String column, String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " must be a number, was '" + value + "'", e);
        }
    }
}
