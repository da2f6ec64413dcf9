package org.apache.camel.mws.simulator.market;

import java.time.Duration;
import java.time.Instant;

import org.apache.camel.mws.simulator.spi.SimClock;

/** A clock tests move by hand. */
final class ManualClock implements SimClock {

    private volatile Instant now;
    private final double scale;

    ManualClock(Instant now, double scale) {
        this.now = now;
        this.scale = scale;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public double timeScale() {
        return scale;
    }

    void set(Instant t) {
        now = t;
    }

    /** Moves forward by an MWS duration (scaled). */
    void advanceMws(Duration mws) {
        now = now.plus(scale(mws));
    }

    void advance(Duration real) {
        now = now.plus(real);
    }
}
