package org.apache.camel.component.mws.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Lists the windows of several sellers a page at a time, in turn, before a poll emits their records. Each seller
 * pages through a bucket of its own (ListOrders: a burst of 6, then one request a minute), so a seller whose bucket
 * is empty must not hold up the others: a page is only sent for a seller whose bucket allows it at once, and only
 * when none does, the poll waits, for the seller whose bucket restores first. Listed one seller after another, a
 * group of 25 sellers with 8 pages each would take 25 times as long as one.
 * <p>
 * A seller whose listing is under way (it holds a NextToken) goes before a seller that has not started: a NextToken
 * expires, and one left waiting while other sellers list theirs (on a loaded machine, for longer than its lifetime)
 * makes the listing start again. So each seller takes its burst without a pause, and the next seller starts only
 * while every listing under way waits for its bucket.
 */
final class ListingInTurn {

    private final long drain;
    private final BooleanSupplier pollAllowed;
    private final Set<SellerFeed> failed = new HashSet<>();
    private RuntimeException failure;
    private int pages;
    /** Of the feeds the last round found waiting for their bucket, the one that can go first, and its wait. */
    private SellerFeed soonest;
    private Duration soonestWait;

    ListingInTurn(long drain, BooleanSupplier pollAllowed) {
        this.drain = drain;
        this.pollAllowed = pollAllowed;
    }

    /** Lists every window of the feeds to its last page (or until the poll is no longer allowed). */
    void list(List<SellerFeed> feeds) {
        List<SellerFeed> listing = new ArrayList<>();
        for (SellerFeed feed : feeds) {
            if (attempt(feed, () -> feed.hasPagesToList(drain))) {
                listing.add(feed);
            }
        }
        while (!listing.isEmpty() && pollAllowed.getAsBoolean()) {
            soonest = null;
            soonestWait = null;
            if (listOne(listing, true) || listOne(listing, false)) {
                continue;
            }
            if (soonest != null) {
                // every seller waits for its bucket: wait, as long as the endpoint allows, for the first to restore
                SellerFeed feed = soonest;
                try {
                    listPage(feed, null);
                } catch (RuntimeException e) {
                    failed(feed, e);
                }
                if (!stillListing(feed)) {
                    listing.remove(feed);
                }
            }
        }
    }

    /**
     * Lists a page for the first of the feeds whose listing is (or is not yet) under way and whose bucket allows it
     * at once, noting how long the others must wait.
     *
     * @return whether a page was listed
     */
    private boolean listOne(List<SellerFeed> listing, boolean underWay) {
        for (int i = 0; i < listing.size();) {
            SellerFeed feed = listing.get(i);
            boolean listed = false;
            if (feed.isListingUnderWay() == underWay) {
                try {
                    listed = listPage(feed, Duration.ZERO);
                } catch (RuntimeException e) {
                    Duration wait = SellerCalls.requiredWait(e);
                    if (wait == null) {
                        failed(feed, e);
                    } else if (soonestWait == null || wait.compareTo(soonestWait) < 0) {
                        soonest = feed;
                        soonestWait = wait;
                    }
                }
            }
            if (stillListing(feed)) {
                i++;
            } else {
                listing.remove(i);
            }
            if (listed) {
                return true;
            }
        }
        return false;
    }

    private boolean listPage(SellerFeed feed, Duration maxThrottleWait) {
        boolean listed = feed.listPage(maxThrottleWait);
        if (listed) {
            pages++;
        }
        return listed;
    }

    private boolean stillListing(SellerFeed feed) {
        return !failed.contains(feed) && attempt(feed, () -> feed.hasPagesToList(drain));
    }

    private boolean attempt(SellerFeed feed, BooleanSupplier step) {
        try {
            return step.getAsBoolean();
        } catch (RuntimeException e) {
            failed(feed, e);
            return false;
        }
    }

    private void failed(SellerFeed feed, RuntimeException e) {
        failed.add(feed);
        if (failure == null) {
            failure = e;
        } else {
            failure.addSuppressed(e);
        }
    }

    /** Whether listing this feed's window failed in this poll (its window is listed again by the next poll). */
    boolean hasFailed(SellerFeed feed) {
        return failed.contains(feed);
    }

    /** The first failure, the others suppressed in it; null when none. */
    RuntimeException failure() {
        return failure;
    }

    int pages() {
        return pages;
    }
}
