/**
 * The contract between the simulator's protocol layer (HTTP, signing, authentication, throttling, faults) and
 * its marketplace (generated data and the handlers of each MWS operation).
 */
package org.apache.camel.mws.simulator.spi;
