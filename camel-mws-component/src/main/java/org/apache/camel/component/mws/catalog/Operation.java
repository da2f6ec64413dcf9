package org.apache.camel.component.mws.catalog;

import java.time.Duration;

/**
 * The throttling and paging of an MWS operation as Amazon published them ({@code operations.csv}).
 *
 * @param section         the canonical section name
 * @param action          the canonical action name
 * @param bucket          the request quota bucket; operations naming the same bucket share one quota
 * @param maxQuota        the burst size of the bucket
 * @param restoreAmount   requests (or items, when {@code perItem}) regained every {@code restorePeriod}
 * @param restorePeriod   the restore interval
 * @param perItem         true when the quota counts items (Products operations) instead of requests
 * @param hourlyQuota     the hourly cap, 0 when there is none
 * @param paging          how the operation pages
 * @param nextTokenAction the ByNextToken twin to continue with, or null
 */
public record Operation(String section, String action, String bucket, int maxQuota, double restoreAmount,
        Duration restorePeriod, boolean perItem, int hourlyQuota, PagingStyle paging, String nextTokenAction) {

    /**
     * @return true when the operation has an hourly quota besides its bucket
     */
    public boolean hasHourlyQuota() {
        return hourlyQuota > 0;
    }
}
