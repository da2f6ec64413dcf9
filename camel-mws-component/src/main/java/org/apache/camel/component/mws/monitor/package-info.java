/**
 * Monitoring of the mws component: the throttling buckets in use and their levels, Micrometer metrics (when a
 * MeterRegistry is in the Camel registry) and the {@code mws} dev console.
 */
package org.apache.camel.component.mws.monitor;
