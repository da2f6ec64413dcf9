package org.apache.camel.mws.simulator.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.mws.simulator.spi.SimClock;

/** The server clock: the real clock plus an adjustable skew (the "skewed server clock" fault). */
public final class SkewedClock implements SimClock {

    private final double timeScale;
    private final AtomicLong skewNanos = new AtomicLong();

    public SkewedClock(double timeScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("Time scale must be a positive number, got " + timeScale);
        }
        this.timeScale = timeScale;
    }

    @Override
    public Instant now() {
        return Instant.now().plusNanos(skewNanos.get());
    }

    @Override
    public double timeScale() {
        return timeScale;
    }

    /** Moves the server clock away from the real clock (negative: behind). */
    public void skew(Duration skew) {
        skewNanos.set(skew.toNanos());
    }

    public Duration skew() {
        return Duration.ofNanos(skewNanos.get());
    }
}
