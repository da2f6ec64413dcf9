package org.apache.camel.mws.simulator.throttle;

import java.time.Instant;

/**
 * The hourly quota as the {@code x-mws-quota-*} headers report it.
 *
 * @param max       the hourly quota of this seller (multiplied by its marketplaces, as recorded traffic showed)
 * @param remaining what is left in the current hour
 * @param resetsOn  when the current hour ends (server time)
 */
public record QuotaStatus(double max, double remaining, Instant resetsOn) {
}
