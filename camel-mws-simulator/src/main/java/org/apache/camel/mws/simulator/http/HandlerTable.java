package org.apache.camel.mws.simulator.http;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.mws.simulator.catalog.MwsCatalog;
import org.apache.camel.mws.simulator.spi.ActionHandler;
import org.apache.camel.mws.simulator.spi.HandlerRegistry;

/** The handlers of the operations the simulator answers, per section and action. */
public final class HandlerTable implements HandlerRegistry {

    private final MwsCatalog catalog;
    private final Map<String, ActionHandler> handlers = new ConcurrentHashMap<>();

    public HandlerTable(MwsCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void register(String section, String action, ActionHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (catalog.section(section).isEmpty()) {
            throw new IllegalArgumentException("Unknown MWS section " + section + "; see sections.csv");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("An action name is required");
        }
        handlers.put(section + '/' + action, handler);
    }

    public Optional<ActionHandler> handler(String section, String action) {
        return Optional.ofNullable(handlers.get(section + '/' + action));
    }

    public boolean has(String section, String action) {
        return handlers.containsKey(section + '/' + action);
    }
}
