/** The Finances section: financial event groups (settlement periods) and shipment and refund events. */
package org.apache.camel.mws.simulator.market.finances;
