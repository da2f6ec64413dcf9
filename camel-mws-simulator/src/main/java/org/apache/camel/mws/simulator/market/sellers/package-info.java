/** The Sellers section: marketplace participations. */
package org.apache.camel.mws.simulator.market.sellers;
