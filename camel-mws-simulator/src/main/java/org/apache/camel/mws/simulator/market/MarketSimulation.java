package org.apache.camel.mws.simulator.market;

import java.util.List;

import org.apache.camel.mws.simulator.spi.HandlerRegistry;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.mws.simulator.spi.SimClock;

/** The simulated marketplace: generated sellers' data and the handlers of every MWS operation it implements. */
public final class MarketSimulation {

    private final MarketSettings settings;
    private final SimClock clock;
    private final List<SellerAccount> sellers;

    public MarketSimulation(MarketSettings settings, SimClock clock, List<SellerAccount> sellers) {
        this.settings = settings;
        this.clock = clock;
        this.sellers = List.copyOf(sellers);
    }

    /** Registers a handler for every operation the marketplace implements. */
    public void registerHandlers(HandlerRegistry registry) {
        // filled in as the sections are implemented
    }

    public MarketSettings settings() {
        return settings;
    }
}
