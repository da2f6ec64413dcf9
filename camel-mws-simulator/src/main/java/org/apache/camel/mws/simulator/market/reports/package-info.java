/** The Reports section: request state machine, schedules, settlements and streamed flat-file bodies. */
package org.apache.camel.mws.simulator.market.reports;
