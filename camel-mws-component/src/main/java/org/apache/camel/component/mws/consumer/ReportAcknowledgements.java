package org.apache.camel.component.mws.consumer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.component.mws.catalog.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acknowledgements of the report consumer: reports whose exchange completed are acknowledged with
 * UpdateReportAcknowledgements, up to 100 per request (the most MWS takes), when 100 are waiting and at the end of
 * each poll. A failed request keeps them waiting for the next attempt. Reports waiting or recently acknowledged are
 * remembered, so that a listing made before MWS recorded the acknowledgement does not emit them again. Thread-safe.
 */
final class ReportAcknowledgements {

    static final int BATCH = 100;
    /** How many acknowledged ReportIds are remembered. */
    private static final int REMEMBERED = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(ReportAcknowledgements.class);

    private final SellerCalls calls;
    private final Action update;
    private final Set<String> waiting = new LinkedHashSet<>();
    private final Set<String> acknowledged = new LinkedHashSet<>();
    private int requests;
    /** One flush at a time, so that no batch is sent twice. */
    private final Object flushing = new Object();

    ReportAcknowledgements(SellerCalls calls, Action update) {
        this.calls = calls;
        this.update = update;
    }

    /** The report's exchange completed: acknowledge it (at once when a batch is full). */
    void completed(String reportId) {
        boolean full;
        synchronized (this) {
            waiting.add(reportId);
            full = waiting.size() >= BATCH;
        }
        if (full) {
            flush();
        }
    }

    /**
     * @return whether the report completed already (acknowledged, or waiting to be)
     */
    synchronized boolean isDone(String reportId) {
        return waiting.contains(reportId) || acknowledged.contains(reportId);
    }

    synchronized int waiting() {
        return waiting.size();
    }

    /** How many UpdateReportAcknowledgements requests succeeded so far. */
    synchronized int requests() {
        return requests;
    }

    /**
     * Sends every waiting acknowledgement, in batches of 100.
     *
     * @return false when a request failed (its reports stay waiting)
     */
    boolean flush() {
        synchronized (flushing) {
            return flushWaiting();
        }
    }

    private boolean flushWaiting() {
        while (true) {
            List<String> batch;
            synchronized (this) {
                batch = new ArrayList<>(waiting).subList(0, Math.min(BATCH, waiting.size()));
            }
            if (batch.isEmpty()) {
                return true;
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                parameters.put("ReportIdList.Id." + (i + 1), batch.get(i));
            }
            parameters.put("Acknowledged", "true");
            try {
                calls.call(update, parameters);
            } catch (RuntimeException e) {
                LOG.warn("Acknowledging {} reports of seller {} failed ({}); trying again after the next poll",
                        batch.size(), calls.sellerId(), e.getMessage());
                return false;
            }
            synchronized (this) {
                requests++;
                for (String id : batch) {
                    waiting.remove(id);
                    acknowledged.add(id);
                }
                var oldest = acknowledged.iterator();
                while (acknowledged.size() > REMEMBERED && oldest.hasNext()) {
                    oldest.next();
                    oldest.remove();
                }
            }
            LOG.debug("Acknowledged {} reports of seller {}", batch.size(), calls.sellerId());
        }
    }
}
