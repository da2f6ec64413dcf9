/**
 * The simulated marketplace: sellers' generated data and the behaviour of each MWS operation.
 *
 * <p>Data is derived on demand from (seed, seller, index) - orders, items, listings, financial events - so
 * millions of orders per seller cost no memory; only what clients change (feeds, report requests, schedules,
 * acknowledgements) is held. Everything that moves over time (order statuses, new orders, report and feed
 * processing, settlements, token expiry) runs on MWS durations scaled by the
 * {@link org.apache.camel.mws.simulator.spi.SimClock}, and every question is answered "as of" an instant, which
 * is what makes paging snapshots consistent and report bodies reproducible byte for byte.
 *
 * <p>Entry point: {@link org.apache.camel.mws.simulator.market.MarketSimulation}.
 */
package org.apache.camel.mws.simulator.market;
