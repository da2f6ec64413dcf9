/** Deterministic generation: sellers, listings, inventory, orders and their status timelines. */
package org.apache.camel.mws.simulator.market.data;
