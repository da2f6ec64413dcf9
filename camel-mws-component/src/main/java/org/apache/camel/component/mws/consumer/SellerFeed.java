package org.apache.camel.component.mws.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.MwsNextTokenCorruptedException;
import org.apache.camel.component.mws.RequestParameters;
import org.apache.camel.component.mws.catalog.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling of one seller's listing: its checkpoint and the window in progress. Windows follow each other: the
 * next opens only once the previous settled, and the checkpoint moves to a window's end only when every exchange of
 * it completed. A window whose listing keeps breaking is listed in parts ({@link Narrowing}).
 */
final class SellerFeed {

    private static final Logger LOG = LoggerFactory.getLogger(SellerFeed.class);

    /** Creates the exchanges of the records. */
    interface ExchangeSource {
        Exchange create();
    }

    /**
     * What the feeds of one consumer share.
     *
     * @param spec            the listing's spec
     * @param action          the listing action
     * @param marketplaceIds  the endpoint's marketplaces
     * @param uriParameters   the endpoint's parameters.* (may be null)
     * @param checkpoints     the checkpoint store
     * @param clock           gives now for planned window ends
     * @param windowLag       how far behind now a planned window ends
     * @param checkpointMoved told when a checkpoint moved
     */
    record Settings(ListingSpec spec, Action action, List<String> marketplaceIds, Map<String, Object> uriParameters,
            Checkpoints checkpoints, Clock clock, Duration windowLag, Runnable checkpointMoved) {
    }

    private final String name;
    private final SellerCalls calls;
    private final String key;
    private final Settings settings;
    private final ListingSpec spec;
    private final AtomicReference<Window> window = new AtomicReference<>();
    private volatile Instant checkpoint;
    /** The window being listed in parts, or null; set by the polling thread, moved on when a part settles. */
    private volatile Narrowing narrowing;
    /** The consumer's drain in which the last window opened. */
    private long openedInDrain = -1;

    SellerFeed(String name, SellerCalls calls, String key, Settings settings) {
        this.name = name;
        this.calls = calls;
        this.key = key;
        this.settings = settings;
        this.spec = settings.spec();
    }

    /** Reads the stored checkpoint, or takes the initial start when none is stored. */
    void restore(Supplier<Instant> initialStart) {
        Instant stored = settings.checkpoints().load(key);
        checkpoint = stored != null ? stored : initialStart.get();
        LOG.debug("{}: checkpoint {} ({})", name, checkpoint, stored != null ? "stored" : "initial start");
    }

    Instant checkpoint() {
        return checkpoint;
    }

    String sellerId() {
        return calls.sellerId();
    }

    String key() {
        return key;
    }

    /**
     * Emits up to {@code max} records of the window in progress (opening one from the checkpoint if none is). The
     * window's listing is followed to its last page before any record is emitted: what happens to a record on its way
     * out (an order's items, fetched through their own bucket) and the polls a window is spread over
     * (maxMessagesPerPoll) then cannot hold a NextToken of the listing so long that it expires. The records wait in
     * the window until emitted. A failure leaves the window where it was (the page, or the record whose enrichment
     * failed, is read again by the next poll); the deliveries made so far stay in the batch.
     * <p>
     * A new window opens at most once per drain (the consumer's polls that greedy runs back to back): the window of
     * a seller that finished its own while others still emit would be no more than the few seconds since, one more
     * request of the seller's quota for next to nothing. The next scheduled poll opens it. The next part of a
     * narrowed window ({@link Narrowing}) is no new window: it opens as soon as the part before it settled.
     *
     * @param drain the consumer's drain this poll belongs to
     * @return the pages read
     */
    int fill(List<Delivery> batch, int max, ExchangeSource exchanges, long drain) {
        Window w = current(drain);
        if (w == null) {
            return 0;
        }
        if (w.isClosed()) {
            // waiting for its last exchanges (an asynchronous route) before the next window
            return 0;
        }
        int pages = 0;
        int taken = 0;
        try {
            while (!w.listing.isComplete() && !w.isAbandoned()) {
                ListingPage page = w.listing.next();
                if (page == null) {
                    break;
                }
                pages++;
                take(w, page);
            }
            while (taken < max && !w.pending.isEmpty() && !w.isAbandoned()) {
                Window.Listed listed = w.pending.peek();
                Exchange exchange = exchanges.create();
                Message message = exchange.getMessage();
                spec.describe(listed.record(), listed.page(), message);
                message.setHeader(MwsConstants.SELLER_ID, calls.sellerId());
                message.setHeader(MwsConstants.WINDOW_START, w.start);
                message.setHeader(MwsConstants.WINDOW_END, w.end);
                spec.enrich(listed.record(), message, calls);
                w.pending.poll();
                w.emitted();
                batch.add(new Delivery(exchange, this, w, listed.record()));
                taken++;
            }
            if (w.pending.isEmpty() && w.listing.isComplete()) {
                w.listed();
            }
        } catch (MwsNextTokenCorruptedException e) {
            broke(w, e);
        } finally {
            settle(w);
        }
        return pages;
    }

    /**
     * Whether the window in progress has pages left to list, opening a window from the checkpoint first when none is
     * open and none was opened in this drain (see {@link #fill}).
     */
    boolean hasPagesToList(long drain) {
        Window w = current(drain);
        return w != null && !w.isClosed() && !w.isAbandoned() && !w.listing.isComplete();
    }

    /**
     * @return the window in progress, or one opened from the checkpoint when none is and either none opened in this
     *         drain or the next part of a narrowed window is due (the previous part settled or broke); null when
     *         there is none to open
     */
    private Window current(long drain) {
        Window w = window.get();
        if (w != null) {
            return w;
        }
        Narrowing parts = narrowing;
        if (openedInDrain == drain && (parts == null || !parts.due())) {
            return null;
        }
        openedInDrain = drain;
        return open();
    }

    /** Whether the window in progress has listed a page and has more to list (it holds a NextToken). */
    boolean isListingUnderWay() {
        Window w = window.get();
        return w != null && w.end != null && !w.isClosed() && !w.isAbandoned() && !w.listing.isComplete();
    }

    /**
     * Lists the next page of the window in progress into the window (its records wait there until {@link #fill}
     * emits them). A failure leaves the listing where it was; a broken listing (NextTokenCorrupted beyond the
     * restarts) abandons the window, whose earlier half is listed next ({@link Narrowing}).
     *
     * @param  maxThrottleWait how long to wait for the seller's bucket (zero: only if it allows the request at once,
     *                         else the call fails with the wait it needs); null for the endpoint's setting
     * @return                 whether a page was listed
     */
    boolean listPage(Duration maxThrottleWait) {
        Window w = window.get();
        if (w == null || w.isClosed() || w.isAbandoned() || w.listing.isComplete()) {
            return false;
        }
        try {
            ListingPage page = w.listing.next(maxThrottleWait);
            if (page == null) {
                return false;
            }
            take(w, page);
            return true;
        } catch (MwsNextTokenCorruptedException e) {
            broke(w, e);
            return false;
        }
    }

    /**
     * The listing of the window broke (NextTokenCorrupted beyond its restarts): nothing of it was emitted, so it is
     * abandoned and its earlier half is listed next, on its own ({@link Narrowing}).
     *
     * @throws MwsNextTokenCorruptedException when the window cannot be narrowed (a part of {@link Narrowing#MIN_PART}
     *                                        already, or an action without an upper bound): the poll fails and the
     *                                        next one lists the window again from its start
     */
    private void broke(Window w, MwsNextTokenCorruptedException e) {
        w.abandon();
        settle(w);
        Narrowing current = narrowing;
        Narrowing next = null;
        if (w.end != null && spec.partParameters(w.start, w.end) != null) {
            next = Narrowing.halve(w.part && current != null ? current.end() : w.end, w.start, w.end);
        }
        if (next == null) {
            LOG.warn("{}: the listing of {} {} broke ({}) and cannot be narrowed further; the next poll lists it"
                     + " again from {}", name, w.part ? "part" : "window", w, e.getMessage(), w.start);
            throw e;
        }
        narrowing = next;
        LOG.warn("{}: the listing of {} {} broke ({}); narrowing it: [{}, {}) is listed and delivered first", name,
                w.part ? "part" : "window", w, e.getMessage(), w.start, next.partEnd(w.start));
    }

    private void take(Window w, ListingPage page) {
        if (w.end == null) {
            w.end = w.part ? w.plannedEnd : spec.windowEnd(page, w.plannedEnd);
        }
        for (Object record : page.records()) {
            w.pending.add(new Window.Listed(record, page));
        }
    }

    /** Opens the next window from the checkpoint, or none while the planned end has not passed the checkpoint. */
    private Window open() {
        // the stored checkpoint wins over the one in memory: a database that lost its last writes (a killed server
        // process) has it earlier, and the window is listed again rather than skipped; another node that led the
        // seller meanwhile has it later
        Instant stored = settings.checkpoints().load(key);
        if (stored != null) {
            checkpoint = stored;
        }
        Instant start = checkpoint;
        Narrowing parts = narrowing;
        if (parts != null && parts.covers(start)) {
            narrowing = parts.opened();
            Instant partEnd = parts.partEnd(start);
            Map<String, String> parameters = RequestParameters.assemble(settings.action(), settings.marketplaceIds(),
                    settings.uriParameters(), spec.partParameters(start, partEnd));
            Window w = new Window(start, partEnd, calls.listing(settings.action(), parameters), true);
            window.set(w);
            return w;
        }
        narrowing = null;
        Instant plannedEnd = settings.clock().instant().minus(settings.windowLag()).truncatedTo(ChronoUnit.MILLIS);
        Duration max = spec.maxWindow();
        if (max != null && plannedEnd.isAfter(start.plus(max))) {
            plannedEnd = start.plus(max);
        }
        if (spec.endsAtPlannedEnd() && !plannedEnd.isAfter(start)) {
            return null;
        }
        Map<String, String> parameters = RequestParameters.assemble(settings.action(), settings.marketplaceIds(),
                settings.uriParameters(), spec.windowParameters(start, plannedEnd));
        Window w = new Window(start, plannedEnd, calls.listing(settings.action(), parameters), false);
        window.set(w);
        return w;
    }

    /** An exchange of the window completed: the spec's after-delivery step, then the window may settle. */
    void completed(Window w, Object record, Exchange exchange) {
        try {
            spec.delivered(record, exchange, calls);
        } catch (RuntimeException e) {
            exchange.setException(e);
            finished(w, false, exchange);
            return;
        }
        finished(w, true, exchange);
    }

    /** An exchange of the window ended (or was never sent). */
    void finished(Window w, boolean completed, Exchange exchange) {
        if (!completed && !w.isAbandoned()) {
            w.abandon();
            if (exchange != null) {
                LOG.warn("{}: an exchange of window {} failed ({}); the checkpoint stays at {} and the window is"
                         + " polled again", name, w, exchange.getException() != null
                                 ? exchange.getException().getMessage() : "rolled back",
                        w.start);
            }
        }
        w.finished();
        settle(w);
    }

    /** Settles the window once it is closed and none of its exchanges is in flight. */
    void settle(Window w) {
        if (!w.settle()) {
            return;
        }
        try {
            if (!w.isAbandoned() && w.end != null && w.end.isAfter(w.start)) {
                settings.checkpoints().save(key, w.end);
                checkpoint = w.end;
                Narrowing parts = narrowing;
                if (w.part && parts != null) {
                    narrowing = parts.settled(w.end);
                }
                settings.checkpointMoved().run();
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: the checkpoint {} could not be stored in {}: {}; the window is polled again", name, w.end,
                    settings.checkpoints().repository(), e.getMessage(), e);
        } finally {
            window.compareAndSet(w, null);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
