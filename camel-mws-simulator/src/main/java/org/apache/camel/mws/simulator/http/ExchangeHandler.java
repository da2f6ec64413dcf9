package org.apache.camel.mws.simulator.http;

import java.io.IOException;

/** Answers one HTTP exchange; must start and finish (or abort) a response. */
interface ExchangeHandler {

    void handle(ServerExchange exchange) throws IOException;
}
