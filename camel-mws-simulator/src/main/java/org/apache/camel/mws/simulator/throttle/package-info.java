/** Server-side throttling: leaky buckets per seller + developer pair, hourly quotas and the x-mws-quota-* values. */
package org.apache.camel.mws.simulator.throttle;
