package org.apache.camel.mws.simulator.market.finances;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.camel.mws.simulator.market.common.SortedKeysCache;
import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.data.Mix;
import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.market.data.OrderBook;
import org.apache.camel.mws.simulator.market.data.OrderFacts;
import org.apache.camel.mws.simulator.market.data.OrderItem;
import org.apache.camel.mws.simulator.market.data.OrderStatus;
import org.apache.camel.mws.simulator.market.data.Seller;

/**
 * A seller's money: a shipment event when an order ships, a refund event for some shipped orders, both derived
 * from the orders (so a feed that ships an order also posts its shipment event), grouped into settlement
 * periods (financial event groups, one per period and currency) that close at the end of each period.
 */
public final class FinancialEvents {

    /** One event: the order and whether it is the refund (else the shipment). */
    public record Event(long posted, long orderIndex, boolean refund) {
    }

    /**
     * A financial event group: one settlement period in one currency.
     *
     * @param period   period number (0 = the one starting at the history start)
     * @param currency ISO currency
     * @param start    FinancialEventGroupStart
     * @param end      FinancialEventGroupEnd (exclusive)
     */
    public record Group(int period, String currency, long start, long end) {
    }

    private record SnapshotKey(String sellerId, long from, long to, long asOf, long orderIndex) {
    }

    private final SortedKeysCache cache;
    private final long groupStart;
    private final long period;

    /**
     * @param groupStart when period 0 starts (the history start)
     * @param period     real ms of a settlement period
     */
    public FinancialEvents(SortedKeysCache cache, long groupStart, long period) {
        this.cache = cache;
        this.groupStart = groupStart;
        this.period = period;
    }

    public long periodStart(int k) {
        return groupStart + k * period;
    }

    /** The period containing {@code time} (-1 before the first). */
    public int periodOf(long time) {
        return time < groupStart ? -1 : (int) ((time - groupStart) / period);
    }

    /** The seller's currencies, home first: one group per period and currency. */
    public static List<String> currencies(Seller s) {
        Set<String> c = new LinkedHashSet<>();
        for (Marketplace m : s.marketplaces()) {
            c.add(m.currency());
        }
        return new ArrayList<>(c);
    }

    /** Groups that started by {@code now}, oldest first. */
    public List<Group> groups(Seller s, long now) {
        List<Group> out = new ArrayList<>();
        int last = periodOf(now);
        for (int k = 0; k <= last; k++) {
            for (String c : currencies(s)) {
                out.add(new Group(k, c, periodStart(k), periodStart(k + 1)));
            }
        }
        return out;
    }

    /** FinancialEventGroupId: opaque, stable, URL-safe (as Amazon's were). */
    public static String groupId(Seller s, Group g) {
        long a = Mix.hash(s.key(), g.period(), Mix.hash(g.currency()));
        long b = Mix.hash(a, 0x6E0);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.nio.ByteBuffer.allocate(24).putLong(a).putLong(b).putLong(Mix.hash(b, 7)).array());
    }

    /** The settlement id Amazon showed in settlement reports for the group. */
    public static long settlementId(Seller s, Group g) {
        return 10_000_000_000L + Math.floorMod(Mix.hash(s.key(), g.period(), Mix.hash(g.currency()) + 1),
                89_999_999_999L);
    }

    public Group group(Seller s, String groupId, long now) {
        for (Group g : groups(s, now)) {
            if (groupId(s, g).equals(groupId)) {
                return g;
            }
        }
        return null;
    }

    /** When the order shipped completely (its shipment posting), as of {@code asOf}; -1 if it has not. */
    public static long shipmentPosted(OrderBook book, OrderFacts f, long asOf) {
        long state = book.stateAsOf(f, asOf);
        return OrderBook.status(state) == OrderStatus.Shipped ? OrderBook.lastUpdate(state) : -1;
    }

    /**
     * Events posted in [from, to) as of {@code asOf} sorted by posted date (keys cached per snapshot); with
     * {@code orderIndex >= 0} only that order's events.
     */
    public List<Event> events(Seller s, long from, long to, long asOf, long orderIndex, int offset, int limit) {
        long[] keys = cache.get(new SnapshotKey(s.sellerId(), from, to, asOf, orderIndex),
                () -> sortEvents(s, from, to, asOf, orderIndex));
        long first = keys[0];
        int bits = (int) keys[1];
        long base = keys[2];
        int shift = (int) keys[3];
        long mask = (1L << bits) - 1;
        List<Event> out = new ArrayList<>();
        for (int k = 4 + offset; k < keys.length && out.size() < limit; k++) {
            long rank = keys[k] & mask;
            long index = first + (rank >> 1);
            boolean refund = (rank & 1) == 1;
            OrderFacts f = s.orders().facts(index);
            long shipped = shipmentPosted(s.orders(), f, asOf);
            out.add(new Event(refund ? shipped + f.refundDelay() : shipped, index, refund));
        }
        return out;
    }

    /** Number of events of that snapshot. */
    public int count(Seller s, long from, long to, long asOf, long orderIndex) {
        return cache.get(new SnapshotKey(s.sellerId(), from, to, asOf, orderIndex),
                () -> sortEvents(s, from, to, asOf, orderIndex)).length - 4;
    }

    private long[] sortEvents(Seller s, long from, long to, long asOf, long orderIndex) {
        OrderBook book = s.orders();
        long first;
        long last;
        if (orderIndex >= 0) {
            first = orderIndex;
            last = orderIndex + 1;
        } else {
            first = book.firstIndexAtOrAfter(from - book.maxFinancialTimeline());
            last = book.firstIndexAtOrAfter(Math.min(to, asOf + 1));
        }
        long n = Math.max(0, last - first);
        int bits = Math.max(1, 64 - Long.numberOfLeadingZeros(n * 2 + 1));
        long base = Math.max(from, n == 0 ? from : book.purchase(first));
        long upper = Math.min(to, asOf + 1);
        int shift = 0;
        while (Math.max(0, upper - base) >>> shift >= 1L << (63 - bits)) {
            shift += shift == 0 ? 10 : 1;
        }
        long[] keys = new long[(int) Math.min(n + 4, 1 << 16)];
        int count = 4;
        for (long i = first; i < last; i++) {
            OrderFacts f = book.facts(i);
            long shipped = shipmentPosted(book, f, asOf);
            if (shipped < 0) {
                continue;
            }
            for (int refund = 0; refund < (f.refundDelay() >= 0 ? 2 : 1); refund++) {
                long posted = refund == 1 ? shipped + f.refundDelay() : shipped;
                if (posted >= from && posted < to && posted <= asOf) {
                    if (count == keys.length) {
                        keys = Arrays.copyOf(keys, (int) Math.min((long) keys.length * 2, n * 2 + 4));
                    }
                    keys[count++] = (posted - base >>> shift) << bits | ((i - first) << 1 | refund);
                }
            }
        }
        keys = Arrays.copyOf(keys, count);
        Arrays.sort(keys, 4, count);
        keys[0] = first;
        keys[1] = bits;
        keys[2] = base;
        keys[3] = shift;
        return keys;
    }

    // ---------------------------------------------------------------- amounts

    /** Amazon's commission on an item: 15% of its price, as a negative fee. */
    public static long commission(OrderItem item) {
        return -Math.round(item.itemPrice() * 0.15);
    }

    /** FBA fulfilment fee per unit for AFN orders (negative), else 0. */
    public static long fbaFee(Order order, OrderItem item) {
        if (!order.facts().afn()) {
            return 0;
        }
        return -order.marketplace().fromUsdCents(299) * item.quantityOrdered();
    }

    /** What the seller receives for an item's shipment. */
    public static long shipmentNet(Order order, OrderItem item) {
        return item.itemPrice() + item.itemTax() + item.shippingPrice() - item.promotionDiscount()
                + commission(item) + fbaFee(order, item);
    }

    /** A refund gives back principal and tax, and 80% of the commission. */
    public static long refundNet(OrderItem item) {
        return -(item.itemPrice() + item.itemTax()) - Math.round(commission(item) * 0.8);
    }
}
