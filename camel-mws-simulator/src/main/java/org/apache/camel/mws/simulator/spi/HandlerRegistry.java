package org.apache.camel.mws.simulator.spi;

/** Where the marketplace registers a handler per (section, action). */
public interface HandlerRegistry {

    void register(String section, String action, ActionHandler handler);
}
