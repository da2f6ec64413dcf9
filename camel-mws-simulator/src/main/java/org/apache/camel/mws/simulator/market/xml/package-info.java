/** StringBuilder XML writing, ISO 8601 dates and money amounts. */
package org.apache.camel.mws.simulator.market.xml;
