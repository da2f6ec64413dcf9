package org.apache.camel.mws.simulator.market.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.mws.simulator.market.common.MarketContext;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.finances.FinancialEvents;
import org.apache.camel.mws.simulator.market.orders.OrderSearch;
import org.apache.camel.mws.simulator.spi.SimResponse;

/**
 * Report requests, schedules, settlements and report bodies of every seller: the state behind the Reports
 * section and its inspection.
 */
public final class Reports implements MarketContext.Advance, AutoCloseable {

    /** A report request as inspection shows it. */
    public record RequestView(String reportRequestId, String reportType, String status, String generatedReportId,
            Instant submittedDate, boolean scheduled) {
    }

    /** A report as inspection shows it. */
    public record ReportView(String reportId, String reportType, String reportRequestId, Instant availableDate,
            boolean acknowledged) {
    }

    private final MarketContext ctx;
    private final FinancialEvents finances;
    private final ReportBodies bodies;
    private final ReportDigests digests = new ReportDigests();
    private final Map<String, ReportStore> stores = new ConcurrentHashMap<>();
    /** Digests big (padded) reports as soon as they are done, so the first GetReport does not wait for them. */
    private final java.util.concurrent.ExecutorService prewarm;

    public Reports(MarketContext ctx, OrderSearch search, FinancialEvents finances, long maxTimeline) {
        this.ctx = ctx;
        this.finances = finances;
        this.bodies = new ReportBodies(search, finances, ctx.settings().reportMinBytes(), maxTimeline);
        this.prewarm = ctx.settings().reportMinBytes() == 0 ? null
                : java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "mws-sim-report-digest");
                    t.setDaemon(true);
                    return t;
                });
    }

    ReportStore store(Seller s) {
        return stores.computeIfAbsent(s.sellerId(),
                id -> new ReportStore(s, ctx.scaled(ctx.settings().reportProcessingTime())));
    }

    @Override
    public void advance(Seller seller, long now) {
        ReportStore store = store(seller);
        store.advance(now, finances);
        for (long reportId : store.prune(now, retention())) {
            digests.forget(reportId);
        }
    }

    MarketContext context() {
        return ctx;
    }

    /** Settles whether a completed report has data (once; the answer never changes). */
    void resolve(Seller s, ReportRequest r, long t) {
        if (t >= r.completed && r.hasDataKnown() == null) {
            boolean data = bodies.hasData(s, r);
            r.hasData(data);
            if (data && prewarm != null) {
                prewarm.execute(() -> digests.get(r.reportId, () -> digest(s, r)));
            }
        }
    }

    /** Resolves every request of the seller completed by {@code t}. */
    List<ReportRequest> resolvedNewestFirst(Seller s, long t) {
        List<ReportRequest> all = store(s).newestFirst();
        for (ReportRequest r : all) {
            resolve(s, r, t);
        }
        return all;
    }

    long retention() {
        return ctx.scaled(ctx.settings().reportRetention());
    }

    /** The report's body as a streamed raw answer with its precomputed length and Content-MD5. */
    SimResponse.RawBody body(Seller s, ReportRequest r) {
        ReportDigests.Digest d = digests.get(r.reportId, () -> digest(s, r));
        return new SimResponse.RawBody(ReportBodies.contentType(s, r), d.length(), d.md5(), out -> write(s, r, out));
    }

    private void write(Seller s, ReportRequest r, OutputStream out) throws IOException {
        FlatFileWriter w = new FlatFileWriter(out, ReportBodies.charset(s, r));
        try {
            bodies.write(s, r, w);
        } catch (FlatFileWriter.WriteFailure e) {
            throw e.io();
        }
        w.flush();
    }

    private ReportDigests.Digest digest(Seller s, ReportRequest r) {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
        long[] count = new long[1];
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        };
        try (DigestOutputStream out = new DigestOutputStream(counting, md5)) {
            write(s, r, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot digest report " + r.reportId, e);
        }
        return new ReportDigests.Digest(count[0], Base64.getEncoder().encodeToString(md5.digest()));
    }

    @Override
    public void close() {
        if (prewarm != null) {
            prewarm.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------------------------ inspection

    private Seller seller(String sellerId) {
        Seller s = ctx.seller(sellerId, ctx.clock().now().toEpochMilli());
        if (s == null) {
            throw new IllegalArgumentException("unknown seller " + sellerId);
        }
        return s;
    }

    /** Every report request of the seller (settlements excluded), newest first, as of now. */
    public List<RequestView> requests(String sellerId) {
        Seller s = seller(sellerId);
        long now = ctx.clock().now().toEpochMilli();
        List<RequestView> out = new ArrayList<>();
        for (ReportRequest r : resolvedNewestFirst(s, now)) {
            if (r.origin != ReportRequest.Origin.SETTLEMENT && r.submitted <= now) {
                String status = r.status(now);
                out.add(new RequestView(Long.toString(r.requestId), r.kind.type(), status,
                        "_DONE_".equals(status) ? Long.toString(r.reportId) : null, Instant.ofEpochMilli(r.submitted),
                        r.origin == ReportRequest.Origin.SCHEDULED));
            }
        }
        return out;
    }

    /** Every downloadable report of the seller (settlements included), newest first, as of now. */
    public List<ReportView> reports(String sellerId) {
        Seller s = seller(sellerId);
        long now = ctx.clock().now().toEpochMilli();
        List<ReportView> out = new ArrayList<>();
        List<ReportRequest> all = resolvedNewestFirst(s, now);
        all.sort((a, b) -> Long.compare(b.completed, a.completed));
        for (ReportRequest r : all) {
            if (r.reportAvailable(now)) {
                out.add(new ReportView(Long.toString(r.reportId), r.kind.type(), Long.toString(r.requestId),
                        Instant.ofEpochMilli(r.completed), r.acknowledged(now)));
            }
        }
        return out;
    }

    /** Writes a report's body (the exact bytes GetReport sends). */
    public void writeReport(String sellerId, String reportId, OutputStream out) throws IOException {
        Seller s = seller(sellerId);
        ReportRequest r = store(s).byReportId(Long.parseLong(reportId));
        if (r == null || !r.reportAvailable(ctx.clock().now().toEpochMilli())) {
            throw new IllegalArgumentException("no report " + reportId + " for seller " + sellerId);
        }
        body(s, r).body().writeTo(out);
    }
}
