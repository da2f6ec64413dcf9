/** The FulfillmentInventory section: inventory supplies by SKU or by change date. */
package org.apache.camel.mws.simulator.market.inventory;
