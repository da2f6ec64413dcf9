package org.apache.camel.component.mws.throttle;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building specs from the operation table, and their validation. */
class BucketSpecsTest {

    @Test
    void convertsRowsOfTheOperationTable() {
        // Orders,ListOrders,Orders.ListOrders,6,1,60,request,,NT,ListOrdersByNextToken
        assertEquals(new BucketSpec(6, 1, Duration.ofSeconds(60), false, 0),
                BucketSpecs.fromColumns("6", "1", "60", "request", ""));
        // Feeds,SubmitFeed,Feeds.SubmitFeed,15,1,120,request,30,,
        assertEquals(new BucketSpec(15, 1, Duration.ofMinutes(2), false, 30),
                BucketSpecs.fromColumns("15", "1", "120", "request", "30"));
        // Products,GetMatchingProductForId,...,20,5,1,item,18000,,
        BucketSpec products = BucketSpecs.fromColumns("20", "5", "1", "item", "18000");
        assertEquals(new BucketSpec(20, 5, Duration.ofSeconds(1), true, 18000), products);
        assertTrue(products.perItem());
        assertEquals(BucketSpec.HOUR, products.quotaWindow());
    }

    @Test
    void acceptsNumbersAsWell() {
        assertEquals(BucketSpecs.fromColumns("30", "2", "1", "request", null),
                BucketSpecs.fromColumns(30, 2.0, 1.0, "request", 0));
        assertEquals(new BucketSpec(2, 1, Duration.ofMillis(500), false, 0),
                BucketSpecs.fromColumns("2", "1", "0.5", " Request ", null));
        assertEquals(BucketSpecs.fromColumns("2", "1", "0.5", "", null),
                BucketSpecs.fromColumns(2, 1.0, 0.5, null, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''   | 1  | 60 | request | ''  | max_quota is required",
            "six  | 1  | 60 | request | ''  | max_quota must be a number, was 'six'",
            "6.5  | 1  | 60 | request | ''  | max_quota must be a whole number",
            "0    | 1  | 60 | request | ''  | maxQuota must be at least 1",
            "6    | 0  | 60 | request | ''  | restore must be positive",
            "6    | 1  | -5 | request | ''  | restore_period_s must be positive",
            "6    | 1  | x  | request | ''  | restore_period_s must be a number",
            "6    | 1  | 60 | call    | ''  | unit must be 'request' or 'item', was 'call'",
            "6    | 1  | 60 | request | -1  | hourly must not be negative",
    })
    void badColumnsAreNamed(String max, String restore, String period, String unit, String hourly, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BucketSpecs.fromColumns(max, restore, period, unit, hourly));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void costCountsItemsOnlyForPerItemBuckets() {
        BucketSpec perItem = BucketSpecs.fromColumns("20", "10", "1", "item", "36000");
        BucketSpec perRequest = BucketSpecs.fromColumns("20", "1", "5", "request", "720");
        assertEquals(17, perItem.cost(17));
        assertEquals(1, perItem.cost(0), "a request always costs something");
        assertEquals(1, perRequest.cost(17));
    }

    @Test
    void scalingShrinksTimesNotQuotas() {
        BucketSpec listOrders = BucketSpecs.fromColumns("6", "1", "60", "request", "");
        BucketSpec scaled = listOrders.scaled(600);
        assertEquals(Duration.ofMillis(100), scaled.restorePeriod());
        assertEquals(Duration.ofSeconds(6), scaled.quotaWindow());
        assertEquals(6, scaled.maxQuota());
        assertSame(listOrders, listOrders.scaled(1));
        assertThrows(IllegalArgumentException.class, () -> listOrders.scaled(0));
    }

    @Test
    void overridesKeepTheRest() {
        BucketSpec spec = BucketSpecs.fromColumns("10", "1", "45", "request", "80");
        assertEquals(new BucketSpec(20, 1, Duration.ofSeconds(45), false, 80), spec.withMaxQuota(20));
        assertEquals(new BucketSpec(10, 2, Duration.ofSeconds(30), false, 80),
                spec.withRestore(2, Duration.ofSeconds(30)));
        assertFalse(spec.withHourlyQuota(0).hasHourlyQuota());
        assertTrue(spec.hasHourlyQuota());
    }

    @Test
    void invalidSpecsAreNamed() {
        assertMessage("restoreAmount must be a positive number",
                () -> new BucketSpec(1, Double.NaN, Duration.ofSeconds(1), false, 0));
        assertMessage("restorePeriod must be positive", () -> new BucketSpec(1, 1, Duration.ZERO, false, 0));
        assertMessage("hourlyQuota must be 0 (none) or positive",
                () -> new BucketSpec(1, 1, Duration.ofSeconds(1), false, -3));
        assertMessage("quotaWindow must be positive",
                () -> new BucketSpec(1, 1, Duration.ofSeconds(1), false, 3, Duration.ofSeconds(-1)));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable executable) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
