package org.apache.camel.mws.simulator.spi;

/** Answers one MWS operation. Handlers are called concurrently and must be thread-safe. */
@FunctionalInterface
public interface ActionHandler {

    SimResponse handle(SimRequest request) throws SimException;
}
