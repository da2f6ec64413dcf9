package org.apache.camel.mws.simulator.market.reports;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Length and Content-MD5 of each report body, computed once by generating the body through a digest (never
 * holding it) and kept, since a report's bytes never change. Concurrent first downloads wait for one computation.
 */
final class ReportDigests {

    /** A body's length and Base64 MD5. */
    record Digest(long length, String md5) {
    }

    private final Map<Long, CompletableFuture<Digest>> digests = new ConcurrentHashMap<>();

    void forget(long reportId) {
        digests.remove(reportId);
    }

    Digest get(long reportId, Supplier<Digest> compute) {
        CompletableFuture<Digest> mine = new CompletableFuture<>();
        CompletableFuture<Digest> existing = digests.putIfAbsent(reportId, mine);
        if (existing == null) {
            try {
                mine.complete(compute.get());
            } catch (RuntimeException | Error e) {
                digests.remove(reportId, mine);
                mine.completeExceptionally(e);
                throw e;
            }
            return mine.join();
        }
        try {
            return existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a report digest was computed", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("report digest failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
