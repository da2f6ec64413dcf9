/** Inspection for tests: the log of answered requests and counters per outcome. */
package org.apache.camel.mws.simulator.inspect;
