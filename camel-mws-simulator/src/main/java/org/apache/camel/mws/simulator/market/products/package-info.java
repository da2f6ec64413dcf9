/** The Products basics: ListMatchingProducts over the seller's listings. */
package org.apache.camel.mws.simulator.market.products;
