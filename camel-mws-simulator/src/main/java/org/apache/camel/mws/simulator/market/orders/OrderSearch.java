package org.apache.camel.mws.simulator.market.orders;

import java.util.Arrays;

import org.apache.camel.mws.simulator.market.common.SortedKeysCache;
import org.apache.camel.mws.simulator.market.data.OrderBook;
import org.apache.camel.mws.simulator.market.data.OrderFacts;
import org.apache.camel.mws.simulator.market.data.OrderStatus;
import org.apache.camel.mws.simulator.market.data.Seller;

/**
 * Finds the orders of a ListOrders query, page by page, without materialising them: a CreatedAfter window is an
 * index range (orders are numbered in purchase order); a LastUpdatedAfter window scans the purchases that can
 * have been updated in it and sorts (LastUpdateDate, index) once per snapshot.
 */
public final class OrderSearch {

    /** One page: order indexes, and where the next page starts (-1: last page). */
    public record Page(long[] indexes, long next) {
    }

    private record SnapshotKey(String sellerId, OrdersQuery query) {
    }

    private final SortedKeysCache cache;

    public OrderSearch(SortedKeysCache cache) {
        this.cache = cache;
    }

    /** Cursor of a listing's first page. */
    public long start(Seller seller, OrdersQuery q) {
        if (q.byUpdate()) {
            return 0;
        }
        return seller.orders().firstIndexAtOrAfter(q.after());
    }

    public Page page(Seller seller, OrdersQuery q, long cursor) {
        return q.byUpdate() ? pageByUpdate(seller, q, (int) cursor) : pageByCreation(seller, q, cursor);
    }

    private Page pageByCreation(Seller seller, OrdersQuery q, long cursor) {
        OrderBook book = seller.orders();
        if (q.buyerEmail() != null || q.sellerOrderId() != null) {
            long index = q.buyerEmail() != null ? book.indexOfBuyerEmail(q.buyerEmail(), q.asOf())
                    : book.indexOfSellerOrderId(q.sellerOrderId(), q.asOf());
            if (index < cursor || index < 0) {
                return new Page(new long[0], -1);
            }
            OrderFacts f = book.facts(index);
            boolean in = f.purchase() >= q.after() && f.purchase() < q.before()
                    && matches(book, q, f, book.stateAsOf(f, q.asOf()));
            return new Page(in ? new long[] { index } : new long[0], -1);
        }
        long end = book.firstIndexAtOrAfter(q.before());
        long[] found = new long[q.pageSize()];
        int n = 0;
        long i = cursor;
        for (; i < end; i++) {
            OrderFacts f = book.facts(i);
            if (matches(book, q, f, book.stateAsOf(f, q.asOf()))) {
                if (n == found.length) {
                    return new Page(found, i);
                }
                found[n++] = i;
            }
        }
        return new Page(Arrays.copyOf(found, n), -1);
    }

    private Page pageByUpdate(Seller seller, OrdersQuery q, int position) {
        long[] keys = cache.get(new SnapshotKey(seller.sellerId(), q), () -> sortByUpdate(seller, q));
        long from = keys[0];
        int rankBits = (int) keys[1];
        long mask = (1L << rankBits) - 1;
        int total = keys.length - 2;
        int stop = Math.min(total, position + q.pageSize());
        long[] indexes = new long[Math.max(0, stop - position)];
        for (int k = position; k < stop; k++) {
            indexes[k - position] = from + (keys[k + 2] & mask);
        }
        return new Page(indexes, stop < total ? stop : -1);
    }

    /** Header {from, rankBits}, then keys {@code (lastUpdate - base) >> shift << rankBits | (index - from)}. */
    private long[] sortByUpdate(Seller seller, OrdersQuery q) {
        OrderBook book = seller.orders();
        long from = book.firstIndexAtOrAfter(q.after() - book.maxTimeline());
        long to = book.firstIndexAtOrAfter(q.before());
        long n = Math.max(0, to - from);
        if (n > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("window too large: " + n + " orders");
        }
        int rankBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n));
        long base = n == 0 ? q.after() : Math.max(q.after(), book.purchase(from));
        // the time part must fit the bits the rank leaves; coarsen to seconds (and beyond) only if it would not
        int shift = 0;
        while (q.before() - base >>> shift >= 1L << (63 - rankBits)) {
            shift += shift == 0 ? 10 : 1;
        }
        long[] keys = new long[(int) Math.min(n, 1 << 16) + 2];
        int count = 2;
        for (long i = from; i < to; i++) {
            OrderFacts f = book.facts(i);
            long state = book.stateAsOf(f, q.asOf());
            long updated = OrderBook.lastUpdate(state);
            if (updated >= q.after() && updated < q.before() && matches(book, q, f, state)) {
                if (count == keys.length) {
                    keys = Arrays.copyOf(keys, (int) Math.min((long) keys.length * 2, n + 2));
                }
                keys[count++] = (updated - base >>> shift) << rankBits | (i - from);
            }
        }
        keys = Arrays.copyOf(keys, count);
        Arrays.sort(keys, 2, count);
        keys[0] = from;
        keys[1] = rankBits;
        return keys;
    }

    static boolean matches(OrderBook book, OrdersQuery q, OrderFacts f, long state) {
        if ((q.marketplaceMask() & (1 << f.marketplace())) == 0) {
            return false;
        }
        if (q.channelMask() != 0 && (q.channelMask() & (f.afn() ? 1 : 2)) == 0) {
            return false;
        }
        OrderStatus status = OrderBook.status(state);
        if (q.statusMask() != 0 && (q.statusMask() & status.bit()) == 0) {
            return false;
        }
        if (q.paymentMask() != 0) {
            int bit = switch (book.paymentMethod(f)) {
                case "COD" -> 1;
                case "CVS" -> 2;
                default -> 4;
            };
            return (q.paymentMask() & bit) != 0;
        }
        return true;
    }
}
