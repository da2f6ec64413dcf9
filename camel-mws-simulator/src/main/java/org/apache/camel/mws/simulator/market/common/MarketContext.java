package org.apache.camel.mws.simulator.market.common;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.mws.simulator.market.MarketSettings;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.token.NextTokenCodec;
import org.apache.camel.mws.simulator.spi.SimClock;
import org.apache.camel.mws.simulator.spi.SimException;
import org.apache.camel.mws.simulator.spi.SimRequest;

/**
 * What every handler shares: settings, clock, sellers and the NextToken codec. Looking a seller up also moves
 * its world forward to the request's time (feeds whose processing began are processed, schedules fire,
 * settlements close), so that what a request sees never depends on who asked before it.
 */
public final class MarketContext {

    /** Moves one seller's world forward to {@code now} (epoch ms). */
    @FunctionalInterface
    public interface Advance {
        void advance(Seller seller, long now);
    }

    private final MarketSettings settings;
    private final SimClock clock;
    private final long epoch;
    private final Map<String, Seller> sellers;
    private final NextTokenCodec tokens;
    private final List<Advance> advances = new CopyOnWriteArrayList<>();

    public MarketContext(MarketSettings settings, SimClock clock, long epoch, Map<String, Seller> sellers) {
        this.settings = settings;
        this.clock = clock;
        this.epoch = epoch;
        this.sellers = Map.copyOf(sellers);
        this.tokens = new NextTokenCodec(settings.seed(), epoch);
    }

    public MarketSettings settings() {
        return settings;
    }

    public SimClock clock() {
        return clock;
    }

    /** When the simulation began: history ends here, new orders arrive after it. */
    public long epoch() {
        return epoch;
    }

    public NextTokenCodec tokens() {
        return tokens;
    }

    public Map<String, Seller> sellers() {
        return sellers;
    }

    public void onAdvance(Advance advance) {
        advances.add(advance);
    }

    /** The request's seller, brought forward to the request's time. */
    public Seller seller(SimRequest request) {
        Seller s = sellers.get(request.sellerId());
        if (s == null) {
            throw new SimException(401, "Sender", "AccessDenied",
                    "The seller " + request.sellerId() + " is not registered in this marketplace.");
        }
        advance(s, now(request));
        return s;
    }

    /** A seller by id, brought forward to {@code now}; null when unknown. */
    public Seller seller(String sellerId, long now) {
        Seller s = sellers.get(sellerId);
        if (s != null) {
            advance(s, now);
        }
        return s;
    }

    private void advance(Seller s, long now) {
        for (Advance a : advances) {
            a.advance(s, now);
        }
    }

    /** The request's time (epoch ms). */
    public static long now(SimRequest request) {
        return request.receivedAt() != null ? request.receivedAt().toEpochMilli() : System.currentTimeMillis();
    }

    /** Real milliseconds standing for an MWS duration. */
    public long scaled(Duration mws) {
        return Math.max(1, clock.scale(mws).toMillis());
    }

    /** The ListOrders lag: how far before the request time a window must end ("now minus 2 minutes"). */
    public long lag() {
        return scaled(Duration.ofMinutes(2));
    }

    /** When a token issued at {@code now} expires. */
    public long tokenExpiry(long now) {
        return now + scaled(settings.nextTokenTtl());
    }
}
