package org.apache.camel.mws.simulator.market.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A seller's orders, derived on demand from (seed, seller, index): nothing per order is stored except the
 * changes feeds made. Orders are numbered in purchase order - a history spread over the history window, then
 * new orders arriving at a steady (scaled) rate - so purchase-date ranges map to index ranges by arithmetic,
 * and each order's status moves along a generated (scaled) timeline, optionally bent by feeds.
 */
public final class OrderBook {

    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long M46 = (1L << 46) - 1;
    private static final long M60 = (1L << 60) - 1;
    private static final long ID_MUL = 0x5DEECE66DL * 2 + 1;
    private static final long ID_INV = inverse(ID_MUL);
    private static final long ITEM_MUL = 0x2545F4914F6CDD1DL;
    private static final long ITEM_INV = inverse(ITEM_MUL);
    private static final long MAIL_MUL = 0x9E3779B97F4A7C15L;
    private static final long MAIL_INV = inverse(MAIL_MUL);
    private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
    /** Longest a generated status timeline lasts, in MWS ms (pre-order + pending + unshipped + partial). */
    private static final long MAX_TIMELINE_MWS = 3 * DAY + 45 * MINUTE + 36 * HOUR + 24 * HOUR;
    private static final long MAX_REFUND_MWS = 10 * DAY;

    private final long key;
    private final String sellerTag;
    private final List<Marketplace> marketplaces;
    private final Listings listings;
    private final Inventory inventory;
    private final double timeScale;
    private final long historyStart;
    private final int historyCount;
    private final double historySlot;
    private final long epoch;
    private final double arrivalSlot;
    private final long idOffset;
    private final long itemOffset;
    private final long mailOffset;
    private final Map<Long, OrderChange[]> changes = new ConcurrentHashMap<>();
    private final String[] emailDomains;

    /**
     * @param key          the seller's root hash (seed and seller id)
     * @param sellerTag    short code of the seller used in SKUs and SellerOrderIds
     * @param historyStart first purchase date of the history (epoch ms)
     * @param historyEnd   end of the history (exclusive)
     * @param historyCount orders in the history
     * @param epoch        when new orders start arriving
     * @param arrivalSlot  real ms between two new orders (infinite: none arrive)
     */
    public OrderBook(long key, String sellerTag, List<Marketplace> marketplaces, Listings listings,
            Inventory inventory, double timeScale, long historyStart, long historyEnd, int historyCount, long epoch,
            double arrivalSlot) {
        this.key = key;
        this.sellerTag = sellerTag;
        this.marketplaces = List.copyOf(marketplaces);
        this.listings = listings;
        this.inventory = inventory;
        this.timeScale = timeScale;
        this.historyStart = historyStart;
        this.historyCount = historyCount;
        this.historySlot = historyCount == 0 ? 0 : (historyEnd - historyStart) / (double) historyCount;
        this.epoch = epoch;
        this.arrivalSlot = arrivalSlot;
        this.idOffset = Mix.hash(key, 0x1D) & M46;
        this.itemOffset = Mix.hash(key, 0x17E) & M46;
        this.mailOffset = Mix.hash(key, 0x3A1) & M60;
        this.emailDomains = this.marketplaces.stream()
                .map(m -> "@marketplace." + m.domain().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
    }

    // ---------------------------------------------------------------- time and index arithmetic

    /** PurchaseDate of order {@code index}; non-decreasing in index. */
    public long purchase(long index) {
        double u = Mix.unit(Mix.hash(key, index, 0x9A7));
        if (index < historyCount) {
            return historyStart + (long) ((index + u) * historySlot);
        }
        return epoch + (long) ((index - historyCount + u) * arrivalSlot);
    }

    /** The smallest index whose PurchaseDate is at or after {@code time}. */
    public long firstIndexAtOrAfter(long time) {
        if (historyCount > 0 && time <= purchase(historyCount - 1)) {
            long lo = 0;
            long hi = historyCount - 1;
            while (lo < hi) {
                long mid = (lo + hi) >>> 1;
                if (purchase(mid) >= time) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
        if (Double.isInfinite(arrivalSlot) || time <= epoch) {
            return historyCount;
        }
        long k = Math.max(0, (long) ((time - epoch) / arrivalSlot) - 1);
        while (k > 0 && purchase(historyCount + k - 1) >= time) {
            k--;
        }
        while (purchase(historyCount + k) < time) {
            k++;
        }
        return historyCount + k;
    }

    /** How many orders exist (were purchased) at {@code time}. */
    public long countAsOf(long time) {
        return firstIndexAtOrAfter(time + 1);
    }

    /** Upper bound of real ms between a purchase and the last generated status change. */
    public long maxTimeline() {
        return real(MAX_TIMELINE_MWS) + 8;
    }

    /** Upper bound of real ms between a purchase and its last financial event (refund). */
    public long maxFinancialTimeline() {
        return maxTimeline() + real(MAX_REFUND_MWS) + 2;
    }

    private long real(long mwsMs) {
        return Math.max(1, (long) (mwsMs / timeScale));
    }

    // ---------------------------------------------------------------- generated facts

    public OrderFacts facts(long index) {
        long h = Mix.hash(key, index, 0x0DE);
        long purchase = purchase(index);
        int mkt = marketplaces.size() == 1 || Mix.chance(Mix.hash(h, 1), 0.75)
                ? 0 : 1 + Mix.below(Mix.hash(h, 2), marketplaces.size() - 1);
        boolean afn = listings.hasAfn() && Mix.chance(Mix.hash(h, 3), 0.35);
        double u = Mix.unit(Mix.hash(h, 4));
        int items = u < 0.70 ? 1 : u < 0.92 ? (int) Mix.between(Mix.hash(h, 41), 2, 3)
                : u < 0.98 ? (int) Mix.between(Mix.hash(h, 42), 4, 8) : (int) Mix.between(Mix.hash(h, 43), 10, 40);
        long available = purchase;
        if (Mix.chance(Mix.hash(h, 5), 0.01)) {
            available += real(Mix.between(Mix.hash(h, 51), DAY, 3 * DAY));
        }
        long decided = available + real(Mix.between(Mix.hash(h, 6), 2 * MINUTE, 45 * MINUTE));
        double r = Mix.unit(Mix.hash(h, 7));
        OrderStatus decision = r < 0.03 ? OrderStatus.Canceled
                : afn && r < 0.04 ? OrderStatus.Unfulfillable : OrderStatus.Unshipped;
        long shipped1 = 0;
        long shipped2 = 0;
        OrderStatus step1 = null;
        if (decision == OrderStatus.Unshipped) {
            shipped1 = decided + real(Mix.between(Mix.hash(h, 8), HOUR, afn ? 12 * HOUR : 36 * HOUR));
            double r2 = Mix.unit(Mix.hash(h, 9));
            if (r2 < 0.03) {
                step1 = OrderStatus.Canceled;
            } else if (items >= 2 && r2 < 0.38) {
                step1 = OrderStatus.PartiallyShipped;
                shipped2 = shipped1 + real(Mix.between(Mix.hash(h, 10), 2 * HOUR, 24 * HOUR));
            } else {
                step1 = OrderStatus.Shipped;
            }
        }
        long refund = -1;
        if (step1 != null && step1 != OrderStatus.Canceled && Mix.chance(Mix.hash(h, 11), 0.04)) {
            refund = real(Mix.between(Mix.hash(h, 12), DAY, MAX_REFUND_MWS));
        }
        return new OrderFacts(index, h, purchase, mkt, afn, items, available, decided, decision, shipped1, step1,
                shipped2, refund);
    }

    public int itemQuantity(OrderFacts f, int item) {
        double u = Mix.unit(Mix.hash(f.hash(), 100 + item));
        return u < 0.8 ? 1 : u < 0.95 ? 2 : 3;
    }

    public Listing itemListing(OrderFacts f, int item) {
        int[] pool = listings.pool(f.afn());
        int start = Mix.below(Mix.hash(f.hash(), 99), pool.length);
        return listings.get(pool[(start + item) % pool.length]);
    }

    /** PaymentMethod: cash on delivery and convenience-store payments exist in Japan only. */
    public String paymentMethod(OrderFacts f) {
        if (!"JP".equals(marketplace(f).code())) {
            return "Other";
        }
        double u = Mix.unit(Mix.hash(f.hash(), 0x61));
        return u < 0.05 ? "COD" : u < 0.10 ? "CVS" : "Other";
    }

    public Marketplace marketplace(OrderFacts f) {
        return marketplaces.get(f.marketplace());
    }

    // ---------------------------------------------------------------- state over time

    /**
     * The order's status and LastUpdateDate at {@code time}, packed as {@code ordinal << 56 | lastUpdate} so
     * that scans over millions of orders allocate nothing.
     */
    public long stateAsOf(OrderFacts f, long time) {
        return evolve(f, changes.isEmpty() ? null : changes.get(f.index()), time, null);
    }

    public static OrderStatus status(long state) {
        return OrderStatus.ofOrdinal((int) (state >>> 56));
    }

    public static long lastUpdate(long state) {
        return state & ((1L << 56) - 1);
    }

    private static long pack(OrderStatus s, long time) {
        return ((long) s.ordinal() << 56) | time;
    }

    private long evolve(OrderFacts f, OrderChange[] ov, long t, int[] shippedOut) {
        if (ov == null && shippedOut == null) {
            return evolveGenerated(f, t);
        }
        int n = f.itemCount();
        int[] qty = new int[n];
        for (int j = 0; j < n; j++) {
            qty[j] = itemQuantity(f, j);
        }
        int[] shipped = shippedOut != null ? shippedOut : new int[n];
        Arrays.fill(shipped, 0);
        OrderStatus status = f.available() > f.purchase() ? OrderStatus.PendingAvailability : OrderStatus.Pending;
        long last = f.purchase();
        boolean fin = false;
        long[] gen = { f.available() > f.purchase() ? f.available() : Long.MAX_VALUE, f.decided(),
                f.step1() == null ? Long.MAX_VALUE : f.shipped1(),
                f.step1() == OrderStatus.PartiallyShipped ? f.shipped2() : Long.MAX_VALUE };
        int g = 0;
        int o = 0;
        int ovLen = ov == null ? 0 : ov.length;
        while (true) {
            while (g < gen.length && gen[g] == Long.MAX_VALUE) {
                g++;
            }
            long gt = g < gen.length ? gen[g] : Long.MAX_VALUE;
            long ot = o < ovLen ? ov[o].time() : Long.MAX_VALUE;
            long next = Math.min(gt, ot);
            if (next == Long.MAX_VALUE || next > t) {
                break;
            }
            if (gt <= ot) {
                if (!fin) {
                    switch (g) {
                        case 0 -> status = OrderStatus.Pending;
                        case 1 -> {
                            status = f.decision();
                            fin = status != OrderStatus.Unshipped;
                        }
                        case 2 -> {
                            if (f.step1() == OrderStatus.PartiallyShipped) {
                                for (int j = 0; j < (n + 1) / 2; j++) {
                                    shipped[j] = qty[j];
                                }
                                status = allShipped(shipped, qty) ? OrderStatus.Shipped : OrderStatus.PartiallyShipped;
                            } else if (f.step1() == OrderStatus.Canceled && noneShipped(shipped)) {
                                status = OrderStatus.Canceled;
                            } else {
                                System.arraycopy(qty, 0, shipped, 0, n);
                                status = OrderStatus.Shipped;
                            }
                        }
                        default -> {
                            System.arraycopy(qty, 0, shipped, 0, n);
                            status = OrderStatus.Shipped;
                        }
                    }
                    fin = fin || status == OrderStatus.Shipped || status == OrderStatus.Canceled;
                    last = gt;
                }
                g++;
            } else {
                OrderChange c = ov[o++];
                if (fin) {
                    continue;
                }
                if (c.kind() == OrderChange.Kind.CANCEL) {
                    if (status.hidesBuyer() || status == OrderStatus.Unshipped && noneShipped(shipped)) {
                        status = OrderStatus.Canceled;
                        fin = true;
                        last = c.time();
                    }
                } else if (status == OrderStatus.Unshipped || status == OrderStatus.PartiallyShipped) {
                    for (int j = 0; j < n; j++) {
                        int add = c.itemQuantity() == null ? qty[j] : c.itemQuantity()[j];
                        shipped[j] = Math.min(qty[j], shipped[j] + add);
                    }
                    status = allShipped(shipped, qty) ? OrderStatus.Shipped : OrderStatus.PartiallyShipped;
                    fin = status == OrderStatus.Shipped;
                    last = c.time();
                }
            }
        }
        return pack(status, last);
    }

    private static long evolveGenerated(OrderFacts f, long t) {
        OrderStatus status = f.available() > f.purchase() ? OrderStatus.PendingAvailability : OrderStatus.Pending;
        long last = f.purchase();
        if (f.available() > f.purchase() && t >= f.available()) {
            status = OrderStatus.Pending;
            last = f.available();
        }
        if (t >= f.decided()) {
            status = f.decision();
            last = f.decided();
        }
        if (f.step1() != null && t >= f.shipped1()) {
            status = f.step1();
            last = f.shipped1();
            if (f.step1() == OrderStatus.PartiallyShipped && t >= f.shipped2()) {
                status = OrderStatus.Shipped;
                last = f.shipped2();
            }
        }
        return pack(status, last);
    }

    private static boolean allShipped(int[] shipped, int[] qty) {
        for (int j = 0; j < qty.length; j++) {
            if (shipped[j] < qty[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean noneShipped(int[] shipped) {
        for (int s : shipped) {
            if (s > 0) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- changes made by feeds

    /** Records a feed's change of an order (effective at {@code change.time()}). */
    public void addChange(long index, OrderChange change) {
        changes.compute(index, (k, old) -> {
            OrderChange[] next = old == null ? new OrderChange[1] : Arrays.copyOf(old, old.length + 1);
            next[next.length - 1] = change;
            Arrays.sort(next, (a, b) -> Long.compare(a.time(), b.time()));
            return next;
        });
    }

    /** Withdraws every change a (cancelled) feed scheduled. */
    public void removeFeed(long feedId) {
        for (Long k : List.copyOf(changes.keySet())) {
            changes.computeIfPresent(k, (i, old) -> {
                OrderChange[] kept = Arrays.stream(old).filter(c -> c.feedId() != feedId)
                        .toArray(OrderChange[]::new);
                return kept.length == 0 ? null : kept;
            });
        }
    }

    /** Quantities shipped per item at {@code time}. */
    public int[] shippedAsOf(OrderFacts f, long time) {
        int[] shipped = new int[f.itemCount()];
        evolve(f, changes.get(f.index()), time, shipped);
        return shipped;
    }

    /** The latest shipment change a feed made, at or before {@code time} (carrier and tracking), or null. */
    public OrderChange lastShipment(long index, long time) {
        OrderChange[] ov = changes.get(index);
        OrderChange found = null;
        if (ov != null) {
            for (OrderChange c : ov) {
                if (c.time() <= time && c.kind() == OrderChange.Kind.SHIP) {
                    found = c;
                }
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- identifiers

    public String amazonOrderId(OrderFacts f) {
        long x = (f.index() * ID_MUL + idOffset) & M46;
        String region = marketplace(f).region();
        int prefix = switch (region) {
            case "NA" -> 111;
            case "EU" -> 302;
            case "FE" -> 249;
            default -> 402;
        } + Mix.below(Mix.hash(f.hash(), 0xF1), 4);
        StringBuilder sb = new StringBuilder(19);
        sb.append(prefix).append('-');
        pad(sb, x / 10_000_000L, 7);
        sb.append('-');
        pad(sb, x % 10_000_000L, 7);
        return sb.toString();
    }

    /** The index of the order with that AmazonOrderId, or -1 when it is not this seller's (or not yet placed). */
    public long indexOfAmazonOrderId(String id, long time) {
        if (id == null || id.length() != 19 || id.charAt(3) != '-' || id.charAt(11) != '-') {
            return -1;
        }
        long x;
        try {
            x = Long.parseLong(id.substring(4, 11)) * 10_000_000L + Long.parseLong(id.substring(12));
        } catch (NumberFormatException e) {
            return -1;
        }
        long index = ((x - idOffset) * ID_INV) & M46;
        return index < countAsOf(time) && amazonOrderId(facts(index)).equals(id) ? index : -1;
    }

    public String orderItemId(OrderFacts f, int item) {
        long x = ((f.index() * 64 + item) * ITEM_MUL + itemOffset) & M46;
        StringBuilder sb = new StringBuilder(14);
        pad(sb, x, 14);
        return sb.toString();
    }

    /** The item position of an OrderItemId within order {@code f}, or -1. */
    public int itemOfOrderItemId(OrderFacts f, String orderItemId) {
        if (orderItemId == null || orderItemId.length() != 14) {
            return -1;
        }
        long x;
        try {
            x = Long.parseLong(orderItemId);
        } catch (NumberFormatException e) {
            return -1;
        }
        long v = ((x - itemOffset) * ITEM_INV) & M46;
        int item = (int) (v & 63);
        return v >>> 6 == f.index() && item < f.itemCount() ? item : -1;
    }

    /** SellerOrderId: the seller's own purchase-order number for some orders, else the AmazonOrderId. */
    public String sellerOrderId(OrderFacts f) {
        if (Mix.chance(Mix.hash(f.hash(), 0x50), 0.4)) {
            StringBuilder sb = new StringBuilder("PO-").append(sellerTag).append('-');
            pad(sb, f.index(), 8);
            return sb.toString();
        }
        return amazonOrderId(f);
    }

    /** The index of the order with that SellerOrderId (or AmazonOrderId), or -1. */
    public long indexOfSellerOrderId(String id, long time) {
        String prefix = "PO-" + sellerTag + "-";
        if (id != null && id.startsWith(prefix) && id.length() == prefix.length() + 8) {
            try {
                long index = Long.parseLong(id.substring(prefix.length()));
                return index < countAsOf(time) && id.equals(sellerOrderId(facts(index))) ? index : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        long index = indexOfAmazonOrderId(id, time);
        return index >= 0 && id.equals(sellerOrderId(facts(index))) ? index : -1;
    }

    public String buyerEmail(OrderFacts f) {
        long x = (f.index() * MAIL_MUL + mailOffset) & M60;
        char[] c = new char[12];
        for (int k = 11; k >= 0; k--) {
            c[k] = BASE36.charAt((int) (x % 36));
            x /= 36;
        }
        return new String(c) + emailDomains[f.marketplace()];
    }

    /** The index of the order whose (anonymised) buyer e-mail this is, or -1. */
    public long indexOfBuyerEmail(String email, long time) {
        if (email == null || email.length() < 13 || email.charAt(12) != '@') {
            return -1;
        }
        long x = 0;
        for (int k = 0; k < 12; k++) {
            int d = BASE36.indexOf(Character.toLowerCase(email.charAt(k)));
            if (d < 0) {
                return -1;
            }
            x = x * 36 + d;
        }
        long index = ((x - mailOffset) * MAIL_INV) & M60;
        return index < countAsOf(time) && buyerEmail(facts(index)).equalsIgnoreCase(email) ? index : -1;
    }

    private static void pad(StringBuilder sb, long value, int width) {
        String s = Long.toString(value);
        for (int k = s.length(); k < width; k++) {
            sb.append('0');
        }
        sb.append(s);
    }

    private static long inverse(long odd) {
        long x = odd;
        for (int k = 0; k < 6; k++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    // ---------------------------------------------------------------- the full view

    /** The order as it looks at {@code time}, with its items. */
    public Order order(long index, long time) {
        OrderFacts f = facts(index);
        int[] shipped = new int[f.itemCount()];
        long state = evolve(f, changes.get(index), time, shipped);
        OrderStatus status = status(state);
        Marketplace m = marketplace(f);
        long h = f.hash();
        List<OrderItem> items = new ArrayList<>(f.itemCount());
        long total = 0;
        int nShipped = 0;
        int nUnshipped = 0;
        for (int j = 0; j < f.itemCount(); j++) {
            OrderItem item = item(f, j, shipped[j], m);
            items.add(item);
            total += item.itemPrice() + item.shippingPrice() + item.itemTax() - item.promotionDiscount();
            if (status != OrderStatus.Canceled) {
                nShipped += item.quantityShipped();
                nUnshipped += item.quantityOrdered() - item.quantityShipped();
            }
        }
        String payment = paymentMethod(f);
        String paymentDetail = switch (payment) {
            case "COD" -> "CashOnDelivery";
            case "CVS" -> "ConvenienceStore";
            default -> "Standard";
        };
        Texts.Country country = Texts.country(m.countryCode());
        String buyerName = personName(country, h);
        Address address = address(country, m, h, buyerName);
        boolean expedited = Mix.chance(Mix.hash(h, 0x62), 0.2);
        String level = f.afn() ? (expedited ? "Expedited" : "Standard")
                : (expedited ? "Exp " : "Std ") + m.countryCode() + " Dom";
        return new Order(f, amazonOrderId(f), sellerOrderId(f), lastUpdate(state), status, m, payment,
                paymentDetail, buyerName, buyerEmail(f), address, level, expedited ? "Expedited" : "Standard",
                f.available() > f.purchase() ? "Preorder" : "StandardOrder", f.available() + DAY,
                f.available() + 3 * DAY, Mix.chance(Mix.hash(h, 0x63), 0.05),
                f.afn() && Mix.chance(Mix.hash(h, 0x64), 0.5), false, items, total, nShipped, nUnshipped);
    }

    /** One item of an order as it looks with {@code shipped} units shipped. */
    public OrderItem item(OrderFacts f, int j, int shipped, Marketplace m) {
        Listing listing = itemListing(f, j);
        int qty = itemQuantity(f, j);
        long unit = inventory.priceAsOf(listing.index(), m, f.purchase());
        long price = unit * qty;
        long shipping = f.afn() || j > 0 ? 0 : m.fromUsdCents(399);
        long tax = "US".equals(m.code()) ? Math.round(price * 0.07) : 0;
        long promo = Mix.chance(Mix.hash(f.hash(), 200 + j), 0.1) ? price / 10 : 0;
        boolean gift = Mix.chance(Mix.hash(f.hash(), 300 + j), 0.05);
        return new OrderItem(orderItemId(f, j), listing, listings.title(listing, m), qty, shipped, price, shipping, tax,
                promo, gift);
    }

    private static String personName(Texts.Country c, long h) {
        String first = c.firstNames()[Mix.below(Mix.hash(h, 0x71), c.firstNames().length)];
        String last = c.lastNames()[Mix.below(Mix.hash(h, 0x72), c.lastNames().length)];
        return c.familyNameFirst() ? last + " " + first : first + " " + last;
    }

    private static Address address(Texts.Country c, Marketplace m, long h, String name) {
        int cityIndex = Mix.below(Mix.hash(h, 0x73), c.cities().length);
        String[] city = c.cities()[cityIndex];
        // Japanese addresses name a district of the city, so street and city must belong together
        String street = c.familyNameFirst() ? c.streets()[cityIndex % c.streets().length]
                : c.streets()[Mix.below(Mix.hash(h, 0x74), c.streets().length)];
        long number = Mix.between(Mix.hash(h, 0x75), 1, 250);
        String line1 = "JP".equals(m.countryCode()) ? street + (number % 9 + 1) + "-" + (number % 20 + 1) + "-"
                + (number % 30 + 1) : c.numberAfterStreet() ? street + " " + number : number + " " + street;
        String line2 = Mix.chance(Mix.hash(h, 0x76), 0.3)
                ? c.secondLines()[Mix.below(Mix.hash(h, 0x77), c.secondLines().length)] : null;
        String phone = null;
        if (Mix.chance(Mix.hash(h, 0x78), 0.7)) {
            StringBuilder sb = new StringBuilder(c.phonePrefix());
            pad(sb, Mix.between(Mix.hash(h, 0x79), 0, 9999), 4);
            phone = sb.toString();
        }
        String type = Mix.chance(Mix.hash(h, 0x7A), 0.1) ? "Commercial" : "Residential";
        return new Address(name, line1, line2, city[0], city[1], city[2], m.countryCode(), phone, type);
    }
}
