/** An MWS-compatible HTTP(S) server: accounts, signing, throttling, paging, orders, reports and feeds. */
package org.apache.camel.mws.simulator;
