/** Fault injection per operation (scripted or probabilistic) and the skewable server clock. */
package org.apache.camel.mws.simulator.fault;
