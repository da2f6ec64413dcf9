package org.apache.camel.mws.simulator.market;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.apache.camel.mws.simulator.market.common.MarketContext;
import org.apache.camel.mws.simulator.market.common.SortedKeysCache;
import org.apache.camel.mws.simulator.market.data.Inventory;
import org.apache.camel.mws.simulator.market.data.Listing;
import org.apache.camel.mws.simulator.market.data.Listings;
import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.data.Mix;
import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.market.data.OrderBook;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.feeds.Feeds;
import org.apache.camel.mws.simulator.market.feeds.FeedsHandlers;
import org.apache.camel.mws.simulator.market.finances.FinancesHandlers;
import org.apache.camel.mws.simulator.market.finances.FinancialEvents;
import org.apache.camel.mws.simulator.market.inventory.InventoryHandlers;
import org.apache.camel.mws.simulator.market.orders.OrderSearch;
import org.apache.camel.mws.simulator.market.orders.OrdersHandlers;
import org.apache.camel.mws.simulator.market.products.ProductsHandlers;
import org.apache.camel.mws.simulator.market.reports.Reports;
import org.apache.camel.mws.simulator.market.reports.ReportsHandlers;
import org.apache.camel.mws.simulator.market.sellers.SellersHandlers;
import org.apache.camel.mws.simulator.spi.HandlerRegistry;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.mws.simulator.spi.SimClock;

/**
 * The simulated marketplace: every seller's generated data (orders, listings, inventory, financial events,
 * reports) and the handlers of every MWS operation it implements, plus an inspection API through which tests
 * compare what a client received with what exists.
 *
 * <p>All data derives from the seed, the seller ids and the epoch; a given (settings, epoch) always yields the
 * same marketplace. Only what feeds and report requests change is held in memory.
 */
public final class MarketSimulation implements AutoCloseable {

    private final MarketSettings settings;
    private final SimClock clock;
    private final MarketContext ctx;
    private final SortedKeysCache sortedKeys = new SortedKeysCache(2_000_000);
    private final long historyStart;
    private final OrderSearch search;
    private final FinancialEvents finances;
    private final Reports reports;
    private final Feeds feeds;

    public MarketSimulation(MarketSettings settings, SimClock clock, List<SellerAccount> sellers) {
        this.settings = settings;
        this.clock = clock;
        long epoch = settings.epoch() != null ? settings.epoch().toEpochMilli()
                : clock.now().toEpochMilli() / 1000 * 1000;
        long lag = Math.max(1, clock.scale(Duration.ofMinutes(2)).toMillis());
        this.historyStart = epoch - lag - clock.scale(settings.history()).toMillis();
        Map<String, Seller> byId = new LinkedHashMap<>();
        for (SellerAccount account : sellers) {
            byId.put(account.sellerId(), createSeller(account, epoch));
        }
        this.ctx = new MarketContext(settings, clock, epoch, byId);
        this.search = new OrderSearch(sortedKeys);
        this.finances = new FinancialEvents(sortedKeys, historyStart, ctx.scaled(settings.settlementPeriod()));
        long maxTimeline = byId.isEmpty() ? 0 : byId.values().iterator().next().orders().maxTimeline();
        this.reports = new Reports(ctx, search, finances, maxTimeline);
        this.feeds = new Feeds(ctx);
        ctx.onAdvance(feeds);
        ctx.onAdvance(reports);
    }

    private Seller createSeller(SellerAccount account, long epoch) {
        if (account.marketplaceIds() == null || account.marketplaceIds().isEmpty()) {
            throw new IllegalArgumentException("seller " + account.sellerId() + " has no marketplace");
        }
        List<Marketplace> marketplaces = new ArrayList<>();
        for (String id : account.marketplaceIds()) {
            Marketplace m = Marketplace.byId(id);
            if (m == null) {
                throw new IllegalArgumentException("seller " + account.sellerId() + ": unknown MarketplaceId " + id);
            }
            if (!marketplaces.contains(m)) {
                marketplaces.add(m);
            }
        }
        long key = Mix.hash(settings.seed(), Mix.hash(account.sellerId()));
        String tag = Long.toString(Math.floorMod(key, 36L * 36 * 36 * 36 - 46656) + 46656, 36).toUpperCase();
        long lag = Math.max(1, clock.scale(Duration.ofMinutes(2)).toMillis());
        long historyEnd = epoch - lag;
        long historyStart = historyEnd - clock.scale(settings.history()).toMillis();
        Listings listings = new Listings(key, tag, settings.listingsPerSeller(), historyStart);
        Inventory inventory = new Inventory(listings, marketplaces.get(0));
        double arrivalSlot = settings.newOrdersPerHour() == 0 ? Double.POSITIVE_INFINITY
                : clock.scale(Duration.ofHours(1)).toNanos() / 1e6 / settings.newOrdersPerHour();
        OrderBook orders = new OrderBook(key, tag, marketplaces, listings, inventory, clock.timeScale(),
                historyStart, historyEnd, settings.ordersPerSeller(), epoch, arrivalSlot);
        return new Seller(account.sellerId(), key, tag, List.copyOf(marketplaces), listings, inventory, orders);
    }

    /** Registers a handler for every operation the marketplace implements. */
    public void registerHandlers(HandlerRegistry registry) {
        new OrdersHandlers(ctx, search).register(registry);
        new SellersHandlers(ctx).register(registry);
        new ReportsHandlers(ctx, reports).register(registry);
        new FeedsHandlers(ctx, feeds).register(registry);
        new InventoryHandlers(ctx).register(registry);
        new FinancesHandlers(ctx, finances).register(registry);
        new ProductsHandlers(ctx).register(registry);
    }

    public MarketSettings settings() {
        return settings;
    }

    /** When history ends and new orders start arriving. */
    public Instant epoch() {
        return Instant.ofEpochMilli(ctx.epoch());
    }

    /** Deletes the feed bodies kept on disk for processing and stops background report digests. */
    @Override
    public void close() {
        feeds.close();
        reports.close();
    }

    // ------------------------------------------------------------------------------------------ inspection

    private Seller seller(String sellerId) {
        Seller s = ctx.seller(sellerId, clock.now().toEpochMilli());
        if (s == null) {
            throw new IllegalArgumentException("unknown seller " + sellerId);
        }
        return s;
    }

    /** Ids of the sellers, in the order they were given. */
    public List<String> sellerIds() {
        return List.copyOf(ctx.sellers().keySet());
    }

    /** The seller's marketplaces (home first). */
    public List<Marketplace> marketplaces(String sellerId) {
        return seller(sellerId).marketplaces();
    }

    /** Number of orders the seller has now (purchased up to now). */
    public long orderCount(String sellerId) {
        return seller(sellerId).orders().countAsOf(clock.now().toEpochMilli());
    }

    /** Every order of the seller as it is now, with items. Materialises them all: for modest volumes. */
    public List<Order> orders(String sellerId) {
        return orders(sellerId, clock.now());
    }

    /** Every order purchased up to {@code asOf}, as it was then. */
    public List<Order> orders(String sellerId, Instant asOf) {
        return orderStream(sellerId, asOf).toList();
    }

    /** Orders purchased up to {@code asOf}, as they were then, built lazily (fit for millions). */
    public Stream<Order> orderStream(String sellerId, Instant asOf) {
        OrderBook book = seller(sellerId).orders();
        long t = asOf.toEpochMilli();
        return LongStream.range(0, book.countAsOf(t)).mapToObj(i -> book.order(i, t));
    }

    /**
     * Orders whose LastUpdateDate, as of now, is before {@code before}: the orders an incremental
     * LastUpdatedAfter sync that reached the checkpoint {@code before} must hold, in exactly this state (orders
     * updated since may legitimately be older or missing there: they come with the next window).
     */
    public List<Order> ordersLastUpdatedBefore(String sellerId, Instant before) {
        OrderBook book = seller(sellerId).orders();
        long now = clock.now().toEpochMilli();
        long t = before.toEpochMilli();
        List<Order> out = new ArrayList<>();
        long end = Math.min(book.countAsOf(now), book.firstIndexAtOrAfter(t));
        for (long i = 0; i < end; i++) {
            if (OrderBook.lastUpdate(book.stateAsOf(book.facts(i), now)) < t) {
                out.add(book.order(i, now));
            }
        }
        return out;
    }

    /** The order with that AmazonOrderId as it is now, or null. */
    public Order order(String sellerId, String amazonOrderId) {
        OrderBook book = seller(sellerId).orders();
        long now = clock.now().toEpochMilli();
        long index = book.indexOfAmazonOrderId(amazonOrderId, now);
        return index < 0 ? null : book.order(index, now);
    }

    /**
     * How many orders were created in [{@code createdAfter}, {@code createdBefore}) in a marketplace (null: all
     * the seller's marketplaces) - what a complete ListOrders listing of that window returns.
     */
    public long countOrders(String sellerId, String marketplaceId, Instant createdAfter, Instant createdBefore) {
        Seller s = seller(sellerId);
        OrderBook book = s.orders();
        int mkt = marketplaceId == null ? -1 : s.marketplaceIndex(marketplaceId);
        if (marketplaceId != null && mkt < 0) {
            return 0;
        }
        long from = book.firstIndexAtOrAfter(createdAfter.toEpochMilli());
        long to = Math.min(book.firstIndexAtOrAfter(createdBefore.toEpochMilli()),
                book.countAsOf(clock.now().toEpochMilli()));
        if (mkt < 0) {
            return Math.max(0, to - from);
        }
        long n = 0;
        for (long i = from; i < to; i++) {
            if (book.facts(i).marketplace() == mkt) {
                n++;
            }
        }
        return n;
    }

    /** Orders created at or after {@code createdAfter} and up to now, in any of the seller's marketplaces. */
    public long countOrdersCreatedAfter(String sellerId, Instant createdAfter) {
        return countOrders(sellerId, null, createdAfter, clock.now().plusMillis(1));
    }

    /** The seller's listings. */
    public List<Listing> listings(String sellerId) {
        Listings l = seller(sellerId).listings();
        List<Listing> all = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            all.add(l.get(i));
        }
        return all;
    }

    /** Report requests, reports, acknowledgements and report bodies, for inspection. */
    public Reports reports() {
        return reports;
    }

    /** Feed submissions and their outcomes, for inspection. */
    public Feeds feeds() {
        return feeds;
    }

    /** SellerSKU to quantity now, in listing order (what ListInventorySupply reports as in stock). */
    public Map<String, Long> inventory(String sellerId) {
        Seller s = seller(sellerId);
        long now = clock.now().toEpochMilli();
        Map<String, Long> quantities = new LinkedHashMap<>();
        for (int i = 0; i < s.listings().size(); i++) {
            quantities.put(s.listings().get(i).sku(), s.inventory().quantityAsOf(i, now));
        }
        return quantities;
    }
}
