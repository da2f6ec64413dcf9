package org.apache.camel.component.mws.consumer;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One polling window of one seller: the records updated from {@code start} (the checkpoint) to {@code end} (where
 * MWS says the listing ended), listed to its last page first, then emitted, possibly over several polls
 * (maxMessagesPerPoll). It settles once no exchange of it is in flight and either every record was emitted (then the
 * checkpoint moves to {@code end}) or it was abandoned (an exchange failed, delivery stopped, the listing broke:
 * then the next poll lists the window again from the unchanged checkpoint, or its earlier half when the listing
 * broke). A part of a narrowed window ({@link Narrowing}) is a window of its own that ends at its planned end.
 */
final class Window {

    final Instant start;
    final Listing listing;
    /**
     * The end the window was asked for with (now minus windowLag when it opened; for a part of a narrowed window,
     * the part's end).
     */
    final Instant plannedEnd;
    /** Whether this is a part of a narrowed window ({@link Narrowing}): it ends at its planned end. */
    final boolean part;
    /** Records listed and not emitted yet (the whole window once listed); only the polling thread touches it. */
    final Deque<Listed> pending = new ArrayDeque<>();
    /** Known once the first page came; written by the polling thread only. */
    volatile Instant end;
    private volatile boolean listed;
    private volatile boolean abandoned;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean settled = new AtomicBoolean();

    Window(Instant start, Instant plannedEnd, Listing listing, boolean part) {
        this.start = start;
        this.plannedEnd = plannedEnd;
        this.listing = listing;
        this.part = part;
    }

    /** A record and the page it came in. */
    record Listed(Object record, ListingPage page) {
    }

    /** Every record of the window was emitted. */
    void listed() {
        listed = true;
    }

    boolean isListed() {
        return listed;
    }

    /** The window will not be completed: it is listed again from its start. */
    void abandon() {
        abandoned = true;
    }

    boolean isAbandoned() {
        return abandoned;
    }

    /** No more records are emitted from it: listed or abandoned. */
    boolean isClosed() {
        return listed || abandoned;
    }

    void emitted() {
        inFlight.incrementAndGet();
    }

    void finished() {
        inFlight.decrementAndGet();
    }

    /**
     * @return true exactly once: when the window is closed and none of its exchanges is in flight
     */
    boolean settle() {
        return isClosed() && inFlight.get() == 0 && settled.compareAndSet(false, true);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + (end != null ? end : "?") + ")";
    }
}
