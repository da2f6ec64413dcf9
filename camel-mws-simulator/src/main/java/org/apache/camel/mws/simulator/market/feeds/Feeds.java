package org.apache.camel.mws.simulator.market.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.camel.mws.simulator.market.common.MarketContext;
import org.apache.camel.mws.simulator.market.data.Seller;

/**
 * Every seller's feed submissions: bodies kept on disk until processing starts, then processed (effects dated at
 * completion) and their processing reports kept. Brought forward with the seller's world, so a feed takes effect
 * whether or not anybody polls for it.
 */
public final class Feeds implements MarketContext.Advance, AutoCloseable {

    /** A feed submission as inspection shows it. */
    public record FeedView(String feedSubmissionId, String feedType, String status, Instant submittedDate,
            long messagesProcessed, long messagesSuccessful, long messagesWithError, long messagesWithWarning,
            List<ResultView> results) {
    }

    /** One error or warning of a processed feed. */
    public record ResultView(long messageId, String resultCode, int resultMessageCode, String description,
            String sku, String amazonOrderId) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Feeds.class);

    private final MarketContext ctx;
    private final Map<String, Store> stores = new ConcurrentHashMap<>();
    private volatile Path spool;

    /** One seller's submissions, in submission order. */
    static final class Store {
        final Seller seller;
        final long idBase;
        final List<FeedSubmission> submissions = new ArrayList<>();
        /** Submissions not processed (nor cancelled) yet: what each request has to look at. */
        final List<FeedSubmission> pending = new ArrayList<>();
        long seq;

        Store(Seller seller) {
            this.seller = seller;
            this.idBase = 50_000_000_000L + (Math.floorMod(seller.key() >>> 7, 9000L) + 1000) * 1_000_000L;
        }
    }

    public Feeds(MarketContext ctx) {
        this.ctx = ctx;
    }

    Store store(Seller s) {
        return stores.computeIfAbsent(s.sellerId(), id -> new Store(s));
    }

    /** Base64 MD5 of a file, streamed. */
    static String md5(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            byte[] buf = new byte[256 * 1024];
            while (in.read(buf) >= 0) {
                // digesting
            }
        }
        return Base64.getEncoder().encodeToString(md.digest());
    }

    /** Keeps the spooled body (a hard link where possible: no copy of a big feed) until processing. */
    Path keep(Path body, long id) throws IOException {
        Path dir = spool;
        if (dir == null) {
            synchronized (this) {
                if (spool == null) {
                    spool = Files.createTempDirectory("mws-sim-feeds-");
                }
                dir = spool;
            }
        }
        Path kept = dir.resolve("feed-" + id);
        try {
            Files.createLink(kept, body);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(body, kept, StandardCopyOption.REPLACE_EXISTING);
        }
        return kept;
    }

    FeedSubmission submit(Seller s, FeedType type, long now, Charset flatCharset, boolean purge, Path body)
            throws IOException {
        Store store = store(s);
        long id;
        synchronized (store) {
            id = store.idBase + ++store.seq;
        }
        Path kept = keep(body, id);
        long processing = ctx.scaled(ctx.settings().feedProcessingTime());
        FeedSubmission f = new FeedSubmission(id, type, now, now + Math.max(1, processing / 4),
                now + Math.max(2, processing), flatCharset, purge, kept);
        synchronized (store) {
            store.submissions.add(f);
            store.pending.add(f);
        }
        return f;
    }

    /** Processes every feed whose processing has begun by {@code now}. */
    @Override
    public void advance(Seller seller, long now) {
        Store store = store(seller);
        synchronized (store) {
            if (store.pending.isEmpty()) {
                return;
            }
            store.pending.removeIf(f -> {
                if (!f.pending()) {
                    return true; // cancelled
                }
                if (f.started <= now) {
                    process(seller, f);
                    return true;
                }
                return false;
            });
            // submissions whose processing report is older than 90 MWS days are forgotten, as MWS forgot them
            long horizon = now - ctx.scaled(java.time.Duration.ofDays(90));
            store.submissions.removeIf(f -> f.completed < horizon && !f.pending());
        }
    }

    private void process(Seller seller, FeedSubmission f) {
        Path body = f.takeBody();
        FeedOutcome outcome;
        try {
            outcome = new FeedProcessor(seller, f.completed, f.id).process(f.type, body, f.flatCharset);
        } catch (IOException e) {
            LOG.warn("Feed {} could not be read: {}", f.id, e.getMessage());
            outcome = new FeedOutcome();
            outcome.fatal("The feed could not be read: " + e.getMessage());
        } finally {
            delete(body);
        }
        ProcessingReport report = f.type.flat()
                ? ProcessingReport.flat(f.type == FeedType.FLAT_FULFILLMENT, f.id, outcome, f.flatCharset)
                : ProcessingReport.xml(seller.sellerId(), f.id, outcome);
        f.processed(outcome, report);
    }

    void cancelled(FeedSubmission f) {
        delete(f.takeBody());
    }

    private static void delete(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.debug("Cannot delete {}: {}", p, e.getMessage());
            }
        }
    }

    FeedSubmission byId(Seller s, long id) {
        Store store = store(s);
        synchronized (store) {
            for (FeedSubmission f : store.submissions) {
                if (f.id == id) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Submissions newest first. */
    List<FeedSubmission> newestFirst(Seller s) {
        Store store = store(s);
        List<FeedSubmission> copy;
        synchronized (store) {
            copy = new ArrayList<>(store.submissions);
        }
        copy.sort(Comparator.comparingLong((FeedSubmission f) -> f.submitted).thenComparingLong(f -> f.id)
                .reversed());
        return copy;
    }

    /** Removes kept feed bodies not yet processed. */
    @Override
    public void close() {
        for (Store store : stores.values()) {
            synchronized (store) {
                store.submissions.forEach(f -> delete(f.takeBody()));
            }
        }
        Path dir = spool;
        if (dir != null) {
            delete(dir);
        }
    }

    // ------------------------------------------------------------------------------------------ inspection

    /** Every feed submission of the seller, newest first, with its outcome once processed. */
    public List<FeedView> submissions(String sellerId) {
        long now = ctx.clock().now().toEpochMilli();
        Seller s = ctx.seller(sellerId, now);
        if (s == null) {
            throw new IllegalArgumentException("unknown seller " + sellerId);
        }
        List<FeedView> out = new ArrayList<>();
        for (FeedSubmission f : newestFirst(s)) {
            if (f.submitted > now) {
                continue;
            }
            FeedOutcome o = f.outcome();
            List<ResultView> results = new ArrayList<>();
            if (o != null) {
                o.results().forEach(r -> results.add(new ResultView(r.messageId(), r.error() ? "Error" : "Warning",
                        r.messageCode(), r.description(), r.sku(), r.amazonOrderId())));
            }
            out.add(new FeedView(Long.toString(f.id), f.type.type(), f.status(now),
                    Instant.ofEpochMilli(f.submitted), o == null ? 0 : o.processed, o == null ? 0 : o.successful,
                    o == null ? 0 : o.withError, o == null ? 0 : o.withWarning, List.copyOf(results)));
        }
        return out;
    }
}
