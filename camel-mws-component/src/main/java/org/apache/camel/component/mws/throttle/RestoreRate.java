package org.apache.camel.component.mws.throttle;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * A restore rate held as an exact fraction: {@code tokens} units come back every {@code nanos} nanoseconds.
 * <p>
 * Keeping the rate rational (instead of a double or a rounded "nanoseconds per token") is what lets the bucket
 * schedule the k-th request after a burst at exactly k restore intervals, however long it runs: a time is always
 * computed from a total in one division, never by adding rounded steps.
 */
final class RestoreRate implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Restore amounts are taken to nine decimals, far finer than any published MWS rate. */
    private static final int MAX_SCALE = 9;

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final long nanos;
    private final long tokens;

    private RestoreRate(long nanos, long tokens) {
        this.nanos = nanos;
        this.tokens = tokens;
    }

    static RestoreRate of(double amount, Duration period) {
        BigDecimal exact = BigDecimal.valueOf(amount).setScale(MAX_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        if (exact.scale() < 0) {
            exact = exact.setScale(0);
        }
        BigInteger tokens = exact.unscaledValue();
        BigInteger nanos = BigInteger.valueOf(period.toNanos()).multiply(BigInteger.TEN.pow(exact.scale()));
        BigInteger gcd = tokens.gcd(nanos);
        tokens = tokens.divide(gcd);
        nanos = nanos.divide(gcd);
        if (tokens.compareTo(LONG_MAX) > 0 || nanos.compareTo(LONG_MAX) > 0) {
            throw new IllegalArgumentException(
                    "restore rate " + amount + " per " + period + " cannot be represented exactly in nanoseconds");
        }
        return new RestoreRate(nanos.longValueExact(), tokens.longValueExact());
    }

    /** Nanoseconds for {@link #tokensPerCycle()} units to come back: one whole, exactly representable cycle. */
    long nanosPerCycle() {
        return nanos;
    }

    /** Units restored in {@link #nanosPerCycle()}. */
    long tokensPerCycle() {
        return tokens;
    }

    /**
     * The time, rounded up to the next nanosecond, in which {@code units} come back (negative units give a
     * negative time, which the bucket uses to look back from the moment it is full).
     */
    long nanosFor(long units) {
        long high = Math.multiplyHigh(units, nanos);
        long low = units * nanos;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            long quotient = Math.floorDiv(low, tokens);
            return quotient * tokens == low ? quotient : quotient + 1;
        }
        BigInteger product = BigInteger.valueOf(units).multiply(BigInteger.valueOf(nanos));
        BigInteger[] qr = product.divideAndRemainder(BigInteger.valueOf(tokens));
        BigInteger ceil = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return saturate(ceil);
    }

    /** Units restored in {@code elapsedNanos}, as a fraction (for reporting and re-configuration only). */
    double unitsIn(long elapsedNanos) {
        return (double) elapsedNanos * tokens / nanos;
    }

    private static long saturate(BigInteger value) {
        if (value.bitLength() < Long.SIZE) {
            return value.longValue();
        }
        return value.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RestoreRate other && other.nanos == nanos && other.tokens == tokens;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(nanos) * 31 + Long.hashCode(tokens);
    }

    @Override
    public String toString() {
        return tokens + " per " + Duration.ofNanos(nanos);
    }
}
