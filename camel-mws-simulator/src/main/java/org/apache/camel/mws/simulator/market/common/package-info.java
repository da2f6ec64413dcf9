/** What the section handlers share: context, parameter validation, snapshot caches. */
package org.apache.camel.mws.simulator.market.common;
