package org.apache.camel.mws.simulator.market.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.finances.FinancialEvents;

/**
 * One seller's report requests, reports and schedules. Schedules and settlement periods produce their requests
 * when the seller's world is brought forward ({@link #advance}), at the instants they were due, so the result
 * does not depend on when somebody looked.
 */
final class ReportStore {

    /** A ManageReportSchedule entry: fires every {@code period} real ms from {@code nextFire}. */
    static final class Schedule {
        final ReportKind kind;
        final String code;
        final long period;
        long nextFire;

        Schedule(ReportKind kind, String code, long period, long nextFire) {
            this.kind = kind;
            this.code = code;
            this.period = period;
            this.nextFire = nextFire;
        }
    }

    /** At most this many firings of one schedule are caught up at once (a runaway scale cannot flood memory). */
    private static final int MAX_CATCH_UP = 1000;

    private final Seller seller;
    private final long idBase;
    private final long processing;
    private final List<ReportRequest> requests = new ArrayList<>();
    private final Map<Long, ReportRequest> byRequestId = new HashMap<>();
    private final Map<Long, ReportRequest> byReportId = new HashMap<>();
    private final Map<ReportKind, Schedule> schedules = new LinkedHashMap<>();
    private int nextSettlementPeriod;
    private long seq;
    private long lastPrune;

    ReportStore(Seller seller, long processing) {
        this.seller = seller;
        this.idBase = (Math.floorMod(seller.key(), 9000L) + 1000) * 10_000_000L;
        this.processing = processing;
    }

    Seller seller() {
        return seller;
    }

    synchronized ReportRequest create(ReportKind kind, ReportRequest.Origin origin, long start, long end,
            long submitted, List<Marketplace> marketplaces, FinancialEvents.Group settlement) {
        long n = ++seq;
        long requestId = idBase + n;
        long reportId = 100_000_000_000L + idBase + n;
        long started = submitted + Math.max(1, processing / 4);
        long completed = submitted + Math.max(2, processing);
        ReportRequest r = new ReportRequest(requestId, reportId, kind, origin, start, end, submitted, started,
                completed, List.copyOf(marketplaces), settlement);
        requests.add(r);
        byRequestId.put(requestId, r);
        byReportId.put(reportId, r);
        return r;
    }

    synchronized ReportRequest byRequestId(long id) {
        return byRequestId.get(id);
    }

    synchronized ReportRequest byReportId(long id) {
        return byReportId.get(id);
    }

    /** Every request, newest submission first. */
    synchronized List<ReportRequest> newestFirst() {
        List<ReportRequest> copy = new ArrayList<>(requests);
        copy.sort(Comparator.comparingLong((ReportRequest r) -> r.submitted).thenComparingLong(r -> r.requestId)
                .reversed());
        return copy;
    }

    synchronized Schedule schedule(ReportKind kind) {
        return schedules.get(kind);
    }

    synchronized void putSchedule(Schedule s) {
        schedules.put(s.kind, s);
    }

    synchronized boolean removeSchedule(ReportKind kind) {
        return schedules.remove(kind) != null;
    }

    synchronized List<Schedule> schedules() {
        return new ArrayList<>(schedules.values());
    }

    /**
     * Forgets requests whose reports expired long ago (twice the retention), as MWS forgot them; returns their
     * report ids so their cached digests can go too. Keeps a long-running, fast-scaled simulation bounded.
     */
    synchronized List<Long> prune(long now, long retention) {
        List<Long> gone = new ArrayList<>();
        if (now - lastPrune < retention / 8) {
            return gone; // a sweep now and then is enough
        }
        lastPrune = now;
        requests.removeIf(r -> {
            boolean old = r.completed + 2 * retention < now;
            if (old) {
                byRequestId.remove(r.requestId);
                byReportId.remove(r.reportId);
                gone.add(r.reportId);
            }
            return old;
        });
        return gone;
    }

    /** Creates the settlement and scheduled requests due by {@code now}. */
    synchronized void advance(long now, FinancialEvents finances) {
        int due = finances.periodOf(now) - nextSettlementPeriod;
        if (due > MAX_CATCH_UP) {
            nextSettlementPeriod += due - MAX_CATCH_UP; // only the latest periods of a runaway scale get reports
        }
        while (finances.periodStart(nextSettlementPeriod + 1) <= now) {
            int k = nextSettlementPeriod++;
            long start = finances.periodStart(k);
            long end = finances.periodStart(k + 1);
            for (String currency : FinancialEvents.currencies(seller)) {
                ReportRequest r = create(ReportKind.SETTLEMENT, ReportRequest.Origin.SETTLEMENT, start, end, end,
                        List.of(), new FinancialEvents.Group(k, currency, start, end));
                r.hasData(true);
            }
        }
        for (Schedule s : schedules.values()) {
            int fired = 0;
            while (s.nextFire <= now) {
                if (fired++ < MAX_CATCH_UP) {
                    create(s.kind, ReportRequest.Origin.SCHEDULED, s.nextFire - s.period, s.nextFire, s.nextFire,
                            List.of(), null);
                }
                s.nextFire += s.period;
            }
        }
    }
}
