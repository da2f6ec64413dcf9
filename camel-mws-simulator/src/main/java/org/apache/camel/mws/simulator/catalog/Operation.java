package org.apache.camel.mws.simulator.catalog;

import java.time.Duration;

/**
 * Throttling and paging of one MWS operation, as listed in operations.csv.
 *
 * @param section         section name
 * @param action          the {@code Action}
 * @param bucket          bucket name; operations with the same bucket share one quota
 * @param maxQuota        burst size (requests, or items when {@link #perItem()})
 * @param restore         requests (or items) regained every {@code restorePeriod}
 * @param restorePeriod   MWS time of one restore step
 * @param perItem         whether the quota counts items (ids, SKUs) instead of requests
 * @param hourlyQuota     hourly cap, 0 when none
 * @param paging          NT, HN, MRA or empty
 * @param nextTokenAction the ByNextToken twin, or empty
 */
public record Operation(String section, String action, String bucket, int maxQuota, int restore,
        Duration restorePeriod, boolean perItem, int hourlyQuota, String paging, String nextTokenAction) {

    /** Whether an hourly quota applies to this operation. */
    public boolean hasHourlyQuota() {
        return hourlyQuota > 0;
    }

    /**
     * The generous bucket of an operation the published tables do not list: MWS throttled everything, but a
     * simulator should not invent limits that nobody documented.
     */
    public static Operation unlisted(String section, String action) {
        return new Operation(section, action, section + "." + action, 100, 10, Duration.ofSeconds(1), false, 0,
                "", "");
    }
}
