/** The Feeds section: submission checks, XXE-safe processing, effects on the data, processing reports. */
package org.apache.camel.mws.simulator.market.feeds;
