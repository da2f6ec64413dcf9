package org.apache.camel.mws.simulator.market.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Quantities and prices of a seller's listings over time. Feeds append changes with the time they take effect
 * (the feed's completion), so every question is asked "as of" an instant: a report generated twice, or a page
 * read after the data moved on, sees exactly what it saw the first time.
 */
public final class Inventory {

    /** One change of a listing's value, effective from {@code time}, made by feed {@code feedId}. */
    public record Change(long time, long value, long feedId) {
    }

    private final Listings listings;
    private final Marketplace home;
    private final Map<Integer, Change[]> quantities = new ConcurrentHashMap<>();
    private final Map<Integer, Change[]> prices = new ConcurrentHashMap<>();

    public Inventory(Listings listings, Marketplace home) {
        this.listings = listings;
        this.home = home;
    }

    public void setQuantity(int listing, long time, long quantity, long feedId) {
        append(quantities, listing, new Change(time, quantity, feedId));
    }

    /** Sets the price in the home marketplace's currency (minor units). */
    public void setHomePrice(int listing, long time, long minorUnits, long feedId) {
        append(prices, listing, new Change(time, minorUnits, feedId));
    }

    /** Withdraws the changes a (cancelled) feed scheduled. */
    public void removeFeed(long feedId) {
        removeFeed(quantities, feedId);
        removeFeed(prices, feedId);
    }

    public long quantityAsOf(int listing, long time) {
        Change c = latest(quantities.get(listing), time);
        return c == null ? listings.get(listing).baseQuantity() : c.value();
    }

    public long homePriceAsOf(int listing, long time) {
        Change c = latest(prices.get(listing), time);
        return c == null ? home.fromUsdCents(listings.get(listing).usdCents()) : c.value();
    }

    /** The listing's price in a marketplace's currency (minor units). */
    public long priceAsOf(int listing, Marketplace marketplace, long time) {
        Change c = latest(prices.get(listing), time);
        if (marketplace.equals(home)) {
            return c == null ? home.fromUsdCents(listings.get(listing).usdCents()) : c.value();
        }
        if (c == null) {
            return marketplace.fromUsdCents(listings.get(listing).usdCents());
        }
        double homeMajor = c.value() / Math.pow(10, home.currencyDigits());
        return marketplace.fromUsdCents(Math.round(homeMajor / home.usdRate() * 100));
    }

    /** When the listing's supply last changed, as of {@code time}. */
    public long lastChangeAsOf(int listing, long time) {
        Change c = latest(quantities.get(listing), time);
        return c == null ? listings.get(listing).lastChange() : c.time();
    }

    /** Listings with at least one quantity change (for range queries over change times). */
    public List<Integer> changedListings() {
        return new ArrayList<>(quantities.keySet());
    }

    private static Change latest(Change[] changes, long time) {
        if (changes == null) {
            return null;
        }
        Change found = null;
        for (Change c : changes) {
            if (c.time() <= time) {
                found = c;
            } else {
                break;
            }
        }
        return found;
    }

    private static void append(Map<Integer, Change[]> map, int listing, Change change) {
        map.compute(listing, (k, old) -> {
            Change[] next = old == null ? new Change[1] : Arrays.copyOf(old, old.length + 1);
            next[next.length - 1] = change;
            // changes are kept in effect order; feeds complete in submission order but keep it safe
            Arrays.sort(next, (a, b) -> Long.compare(a.time(), b.time()));
            return next;
        });
    }

    private static void removeFeed(Map<Integer, Change[]> map, long feedId) {
        for (Integer key : List.copyOf(map.keySet())) {
            map.computeIfPresent(key, (k, old) -> {
                Change[] kept = Arrays.stream(old).filter(c -> c.feedId() != feedId).toArray(Change[]::new);
                return kept.length == 0 ? null : kept;
            });
        }
    }
}
