package org.apache.camel.mws.simulator.market.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.mws.simulator.market.common.HasNextPage;
import org.apache.camel.mws.simulator.market.common.MarketContext;
import org.apache.camel.mws.simulator.market.common.Params;
import org.apache.camel.mws.simulator.market.data.Marketplace;
import org.apache.camel.mws.simulator.market.data.Seller;
import org.apache.camel.mws.simulator.market.token.TokenKind;
import org.apache.camel.mws.simulator.market.token.TokenState;
import org.apache.camel.mws.simulator.market.xml.Xml;
import org.apache.camel.mws.simulator.spi.HandlerRegistry;
import org.apache.camel.mws.simulator.spi.SimException;
import org.apache.camel.mws.simulator.spi.SimRequest;
import org.apache.camel.mws.simulator.spi.SimResponse;

/** The Reports section: requests and their state machine, report lists, downloads, schedules, acknowledgements. */
public final class ReportsHandlers {

    private static final Map<String, Duration> SCHEDULES = Map.ofEntries(
            Map.entry("_15_MINUTES_", Duration.ofMinutes(15)), Map.entry("_30_MINUTES_", Duration.ofMinutes(30)),
            Map.entry("_1_HOUR_", Duration.ofHours(1)), Map.entry("_2_HOURS_", Duration.ofHours(2)),
            Map.entry("_4_HOURS_", Duration.ofHours(4)), Map.entry("_8_HOURS_", Duration.ofHours(8)),
            Map.entry("_12_HOURS_", Duration.ofHours(12)), Map.entry("_1_DAY_", Duration.ofDays(1)),
            Map.entry("_2_DAYS_", Duration.ofDays(2)), Map.entry("_72_HOURS_", Duration.ofHours(72)),
            Map.entry("_1_WEEK_", Duration.ofDays(7)), Map.entry("_14_DAYS_", Duration.ofDays(14)),
            Map.entry("_15_DAYS_", Duration.ofDays(15)), Map.entry("_30_DAYS_", Duration.ofDays(30)));
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    private final MarketContext ctx;
    private final Reports reports;

    public ReportsHandlers(MarketContext ctx, Reports reports) {
        this.ctx = ctx;
        this.reports = reports;
    }

    public void register(HandlerRegistry registry) {
        registry.register("Reports", "RequestReport", this::requestReport);
        registry.register("Reports", "GetReportRequestList", this::getReportRequestList);
        registry.register("Reports", "GetReportRequestListByNextToken", this::getReportRequestListByNextToken);
        registry.register("Reports", "GetReportRequestCount", this::getReportRequestCount);
        registry.register("Reports", "CancelReportRequests", this::cancelReportRequests);
        registry.register("Reports", "GetReportList", this::getReportList);
        registry.register("Reports", "GetReportListByNextToken", this::getReportListByNextToken);
        registry.register("Reports", "GetReportCount", this::getReportCount);
        registry.register("Reports", "GetReport", this::getReport);
        registry.register("Reports", "ManageReportSchedule", this::manageReportSchedule);
        registry.register("Reports", "GetReportScheduleList", this::getReportScheduleList);
        registry.register("Reports", "GetReportScheduleListByNextToken", this::getReportScheduleListByNextToken);
        registry.register("Reports", "GetReportScheduleCount", this::getReportScheduleCount);
        registry.register("Reports", "UpdateReportAcknowledgements", this::updateReportAcknowledgements);
    }

    private static SimException invalidReportType(String type) {
        return new SimException(400, "Sender", "InvalidReportType", "Invalid ReportType " + type + ".");
    }

    // ------------------------------------------------------------------------------------------ requests

    SimResponse requestReport(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        Params p = new Params(request.params());
        String type = p.required("ReportType");
        ReportKind kind = ReportKind.of(type);
        if (kind == null) {
            throw invalidReportType(type);
        }
        if (!kind.requestable()) {
            throw new SimException(400, "Sender", "InvalidReportType", "Reports of type " + type
                    + " cannot be requested: Amazon generates them; find them with GetReportList.");
        }
        Instant startParam = p.date("StartDate");
        Instant endParam = p.date("EndDate");
        long end = endParam == null ? now : Math.min(endParam.toEpochMilli(), now);
        long start = startParam == null ? end - ctx.scaled(DEFAULT_WINDOW) : startParam.toEpochMilli();
        if (startParam != null && start > now) {
            throw SimException.invalidParameter("StartDate must not be in the future.");
        }
        if (start > end) {
            throw SimException.invalidParameter("StartDate must not be later than EndDate.");
        }
        List<Marketplace> marketplaces = p.marketplaces("MarketplaceIdList.Id.", s);
        ReportRequest r = reports.store(s).create(kind, ReportRequest.Origin.REQUESTED, start, end, now,
                marketplaces, null);
        Xml x = new Xml(512);
        ReportXml.requestInfo(x, r, now);
        return new SimResponse.XmlResult(x.toString());
    }

    SimResponse getReportRequestList(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        ReportFilters.Requests f = ReportFilters.Requests.parse(new Params(request.params()), now, true);
        return requestPage(s, f, now, Long.MAX_VALUE, Long.MAX_VALUE, now);
    }

    SimResponse getReportRequestListByNextToken(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        TokenState.Reader r = new TokenState.Reader(ctx.tokens().decode(s.sellerId(), TokenKind.REPORT_REQUEST_LIST,
                new Params(request.params()).required("NextToken"), now));
        ReportFilters.Requests f = ReportFilters.Requests.read(r);
        long asOf = r.getLong();
        long afterSubmitted = r.getLong();
        long afterId = r.getLong();
        return requestPage(s, f, asOf, afterSubmitted, afterId, now);
    }

    /** A page of requests submitted before the cursor (newest first), as they were at {@code asOf}. */
    private SimResponse requestPage(Seller s, ReportFilters.Requests f, long asOf, long afterSubmitted, long afterId,
            long now) {
        HasNextPage<ReportRequest> page = HasNextPage.of(reports.resolvedNewestFirst(s, asOf), r -> r.submitted,
                r -> r.requestId, afterSubmitted, afterId, r -> f.matches(r, asOf), f.max());
        Xml x = new Xml(256 + page.items().size() * 700);
        page.writeHead(x, ctx, s.sellerId(), TokenKind.REPORT_REQUEST_LIST, f::write, asOf, now, r -> r.submitted,
                r -> r.requestId);
        for (ReportRequest r : page.items()) {
            ReportXml.requestInfo(x, r, asOf);
        }
        return new SimResponse.XmlResult(x.toString());
    }

    SimResponse getReportRequestCount(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        ReportFilters.Requests f = ReportFilters.Requests.parse(new Params(request.params()), now, false);
        long n = reports.resolvedNewestFirst(s, now).stream().filter(r -> f.matches(r, now)).count();
        return new SimResponse.XmlResult(new Xml(64).el("Count", n).toString());
    }

    SimResponse cancelReportRequests(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        ReportFilters.Requests f = ReportFilters.Requests.parse(new Params(request.params()), now, false);
        List<ReportRequest> cancelled = new ArrayList<>();
        for (ReportRequest r : reports.resolvedNewestFirst(s, now)) {
            if (f.matches(r, now) && r.cancel(now)) {
                cancelled.add(r);
            }
        }
        Xml x = new Xml(128 + cancelled.size() * 700);
        x.el("Count", cancelled.size());
        for (ReportRequest r : cancelled) {
            ReportXml.requestInfo(x, r, now);
        }
        return new SimResponse.XmlResult(x.toString());
    }

    // ------------------------------------------------------------------------------------------ reports

    SimResponse getReportList(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        ReportFilters.Reports f = ReportFilters.Reports.parse(new Params(request.params()), now, true);
        return reportPage(s, f, now, Long.MAX_VALUE, Long.MAX_VALUE, now);
    }

    SimResponse getReportListByNextToken(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        TokenState.Reader r = new TokenState.Reader(ctx.tokens().decode(s.sellerId(), TokenKind.REPORT_LIST,
                new Params(request.params()).required("NextToken"), now));
        ReportFilters.Reports f = ReportFilters.Reports.read(r);
        long asOf = r.getLong();
        long afterAvailable = r.getLong();
        long afterId = r.getLong();
        return reportPage(s, f, asOf, afterAvailable, afterId, now);
    }

    /** A page of reports available before the cursor (newest first), as they were at {@code asOf}. */
    private SimResponse reportPage(Seller s, ReportFilters.Reports f, long asOf, long afterAvailable, long afterId,
            long now) {
        List<ReportRequest> all = reports.resolvedNewestFirst(s, asOf);
        all.sort((a, b) -> a.completed != b.completed ? Long.compare(b.completed, a.completed)
                : Long.compare(b.reportId, a.reportId));
        HasNextPage<ReportRequest> page = HasNextPage.of(all, r -> r.completed, r -> r.reportId, afterAvailable,
                afterId, r -> f.matches(r, asOf), f.max());
        Xml x = new Xml(256 + page.items().size() * 400);
        page.writeHead(x, ctx, s.sellerId(), TokenKind.REPORT_LIST, f::write, asOf, now, r -> r.completed,
                r -> r.reportId);
        for (ReportRequest r : page.items()) {
            ReportXml.reportInfo(x, r, asOf);
        }
        return new SimResponse.XmlResult(x.toString());
    }

    SimResponse getReportCount(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        ReportFilters.Reports f = ReportFilters.Reports.parse(new Params(request.params()), now, false);
        long n = reports.resolvedNewestFirst(s, now).stream().filter(r -> f.matches(r, now)).count();
        return new SimResponse.XmlResult(new Xml(64).el("Count", n).toString());
    }

    SimResponse getReport(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        String id = new Params(request.params()).required("ReportId");
        ReportRequest r;
        try {
            r = reports.store(s).byReportId(Long.parseLong(id.trim()));
        } catch (NumberFormatException e) {
            r = null;
        }
        if (r == null) {
            throw new SimException(400, "Sender", "InvalidReportId", "The report id " + id + " is invalid.");
        }
        reports.resolve(s, r, now);
        if (!r.reportAvailable(now)) {
            String status = r.status(now);
            if ("_SUBMITTED_".equals(status) || "_IN_PROGRESS_".equals(status)) {
                throw new SimException(400, "Sender", "ReportNotReady",
                        "The report " + id + " is not ready yet; poll GetReportRequestList until it is _DONE_.");
            }
            throw new SimException(400, "Sender", "InvalidReportId",
                    "The report id " + id + " is invalid: its request ended " + status + ".");
        }
        if (now > r.completed + reports.retention()) {
            throw new SimException(400, "Sender", "ReportNoLongerAvailable",
                    "The report " + id + " is no longer available.");
        }
        return reports.body(s, r);
    }

    // ------------------------------------------------------------------------------------------ schedules

    SimResponse manageReportSchedule(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        Params p = new Params(request.params());
        String type = p.required("ReportType");
        ReportKind kind = ReportKind.of(type);
        if (kind == null || !kind.requestable()) {
            throw kind == null ? invalidReportType(type) : new SimException(400, "Sender", "InvalidReportType",
                    "Reports of type " + type + " cannot be scheduled: Amazon generates them.");
        }
        String code = p.required("Schedule");
        Xml x = new Xml(256);
        if ("_NEVER_".equals(code)) {
            boolean removed = reports.store(s).removeSchedule(kind);
            x.el("Count", removed ? 1 : 0);
            ReportXml.schedule(x, type, code, 0);
            return new SimResponse.XmlResult(x.toString());
        }
        Duration period = SCHEDULES.get(code);
        if (period == null) {
            throw SimException.invalidParameter("Invalid Schedule '" + code + "'. Valid values: "
                    + String.join(", ", SCHEDULES.keySet().stream().sorted().toList()) + ", _NEVER_.");
        }
        Instant date = p.date("ScheduleDate");
        long first = date == null ? now : date.toEpochMilli();
        if (first < now) {
            throw SimException.invalidParameter("ScheduleDate must not be in the past.");
        }
        ReportStore.Schedule schedule = new ReportStore.Schedule(kind, code, ctx.scaled(period), first);
        reports.store(s).putSchedule(schedule);
        x.el("Count", 1);
        ReportXml.schedule(x, type, code, first);
        return new SimResponse.XmlResult(x.toString());
    }

    SimResponse getReportScheduleList(SimRequest request) {
        Seller s = ctx.seller(request);
        List<String> types = ReportFilters.parseTypes(new Params(request.params()));
        Xml x = new Xml(512);
        x.el("HasNext", false);
        for (ReportStore.Schedule sc : reports.store(s).schedules()) {
            if (types.isEmpty() || types.contains(sc.kind.type())) {
                ReportXml.schedule(x, sc.kind.type(), sc.code, sc.nextFire);
            }
        }
        return new SimResponse.XmlResult(x.toString());
    }

    SimResponse getReportScheduleListByNextToken(SimRequest request) {
        Seller s = ctx.seller(request);
        // GetReportScheduleList never returns a NextToken, so no token can be valid here
        ctx.tokens().decode(s.sellerId(), TokenKind.REPORT_SCHEDULE_LIST,
                new Params(request.params()).required("NextToken"), MarketContext.now(request));
        return new SimResponse.XmlResult(new Xml(32).el("HasNext", false).toString());
    }

    SimResponse getReportScheduleCount(SimRequest request) {
        Seller s = ctx.seller(request);
        List<String> types = ReportFilters.parseTypes(new Params(request.params()));
        long n = reports.store(s).schedules().stream()
                .filter(sc -> types.isEmpty() || types.contains(sc.kind.type())).count();
        return new SimResponse.XmlResult(new Xml(64).el("Count", n).toString());
    }

    // ------------------------------------------------------------------------------------------ acknowledgements

    SimResponse updateReportAcknowledgements(SimRequest request) {
        Seller s = ctx.seller(request);
        long now = MarketContext.now(request);
        Params p = new Params(request.params());
        List<Long> ids = ReportFilters.parseIds(p, "ReportIdList.Id.");
        if (ids.isEmpty()) {
            throw SimException.missingParameter("ReportIdList.Id.1");
        }
        Boolean ack = p.bool("Acknowledged");
        boolean value = ack == null || ack;
        List<ReportRequest> updated = new ArrayList<>();
        for (long id : ids) {
            ReportRequest r = reports.store(s).byReportId(id);
            if (r != null) {
                reports.resolve(s, r, now);
                if (r.reportAvailable(now)) {
                    r.acknowledge(value, now);
                    updated.add(r);
                }
            }
        }
        Xml x = new Xml(128 + updated.size() * 400);
        x.el("Count", updated.size());
        for (ReportRequest r : updated) {
            ReportXml.reportInfo(x, r, now);
        }
        return new SimResponse.XmlResult(x.toString());
    }
}
