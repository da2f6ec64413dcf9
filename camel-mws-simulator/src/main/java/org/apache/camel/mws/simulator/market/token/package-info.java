/** Opaque, authenticated, expiring NextTokens bound to seller and listing. */
package org.apache.camel.mws.simulator.market.token;
