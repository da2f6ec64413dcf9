package org.apache.camel.mws.simulator.market.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.camel.mws.simulator.market.common.Params;
import org.apache.camel.mws.simulator.market.token.TokenState;
import org.apache.camel.mws.simulator.spi.SimException;

/** The filters of the report listings, parsed from a request or carried in a NextToken. */
final class ReportFilters {

    static final Set<String> STATUSES = Set.of("_SUBMITTED_", "_IN_PROGRESS_", "_CANCELLED_", "_DONE_",
            "_DONE_NO_DATA_");
    private static final Pattern TYPE = Pattern.compile("_[A-Z0-9_]+_");
    private static final long NINETY_DAYS = 90L * 86_400_000L;

    private ReportFilters() {
    }

    /**
     * GetReportRequestList / Count / CancelReportRequests filters.
     *
     * @param ids      ReportRequestIdList (when present the other filters are ignored, as MWS did)
     * @param types    ReportTypeList
     * @param statuses ReportProcessingStatusList
     * @param from     RequestedFromDate (default 90 days ago)
     * @param to       RequestedToDate (default now)
     * @param max      MaxCount
     */
    record Requests(List<Long> ids, List<String> types, List<String> statuses, long from, long to, int max) {

        static Requests parse(Params p, long now, boolean withMax) {
            List<Long> ids = parseIds(p, "ReportRequestIdList.Id.");
            List<String> types = parseTypes(p);
            List<String> statuses = p.list("ReportProcessingStatusList.Status.");
            for (String s : statuses) {
                if (!STATUSES.contains(s)) {
                    throw SimException.invalidParameter("Invalid ReportProcessingStatusList value '" + s
                            + "'. Valid values: " + String.join(", ", STATUSES.stream().sorted().toList()) + ".");
                }
            }
            long from = p.date("RequestedFromDate") != null ? p.date("RequestedFromDate").toEpochMilli()
                    : now - NINETY_DAYS;
            long to = p.date("RequestedToDate") != null ? p.date("RequestedToDate").toEpochMilli() : now;
            if (to < from) {
                throw SimException.invalidParameter("RequestedToDate must not be earlier than RequestedFromDate.");
            }
            int max = withMax ? p.intIn("MaxCount", 1, 100, 10) : Integer.MAX_VALUE;
            return new Requests(ids, types, statuses, from, to, max);
        }

        boolean matches(ReportRequest r, long t) {
            if (r.origin == ReportRequest.Origin.SETTLEMENT || r.submitted > t) {
                return false;
            }
            if (!ids.isEmpty()) {
                return ids.contains(r.requestId);
            }
            return (types.isEmpty() || types.contains(r.kind.type()))
                    && (statuses.isEmpty() || statuses.contains(r.status(t)))
                    && r.submitted >= from && r.submitted <= to;
        }

        void write(TokenState.Writer w) {
            writeIds(w, ids);
            writeStrings(w, types);
            writeStrings(w, statuses);
            w.putLong(from).putLong(to).putInt(max);
        }

        static Requests read(TokenState.Reader r) {
            return new Requests(readIds(r), readStrings(r), readStrings(r), r.getLong(), r.getLong(), r.getInt());
        }
    }

    /**
     * GetReportList / Count filters.
     *
     * @param ids          ReportRequestIdList (when present the other filters are ignored)
     * @param types        ReportTypeList
     * @param acknowledged Acknowledged, null for both
     * @param from         AvailableFromDate (default 90 days ago)
     * @param to           AvailableToDate (default now)
     * @param max          MaxCount
     */
    record Reports(List<Long> ids, List<String> types, Boolean acknowledged, long from, long to, int max) {

        static Reports parse(Params p, long now, boolean withMax) {
            List<Long> ids = parseIds(p, "ReportRequestIdList.Id.");
            List<String> types = parseTypes(p);
            Boolean ack = p.bool("Acknowledged");
            long from = p.date("AvailableFromDate") != null ? p.date("AvailableFromDate").toEpochMilli()
                    : now - NINETY_DAYS;
            long to = p.date("AvailableToDate") != null ? p.date("AvailableToDate").toEpochMilli() : now;
            if (to < from) {
                throw SimException.invalidParameter("AvailableToDate must not be earlier than AvailableFromDate.");
            }
            int max = withMax ? p.intIn("MaxCount", 1, 100, 10) : Integer.MAX_VALUE;
            return new Reports(ids, types, ack, from, to, max);
        }

        boolean matches(ReportRequest r, long t) {
            if (!r.reportAvailable(t)) {
                return false;
            }
            if (!ids.isEmpty()) {
                return ids.contains(r.requestId);
            }
            return (types.isEmpty() || types.contains(r.kind.type()))
                    && (acknowledged == null || acknowledged == r.acknowledged(t))
                    && r.completed >= from && r.completed <= to;
        }

        void write(TokenState.Writer w) {
            writeIds(w, ids);
            writeStrings(w, types);
            w.putInt(acknowledged == null ? -1 : acknowledged ? 1 : 0).putLong(from).putLong(to).putInt(max);
        }

        static Reports read(TokenState.Reader r) {
            List<Long> ids = readIds(r);
            List<String> types = readStrings(r);
            int ack = r.getInt();
            return new Reports(ids, types, ack < 0 ? null : ack == 1, r.getLong(), r.getLong(), r.getInt());
        }
    }

    static List<Long> parseIds(Params p, String prefix) {
        List<Long> ids = new ArrayList<>();
        for (String v : p.list(prefix, 100)) {
            try {
                ids.add(Long.parseLong(v.trim()));
            } catch (NumberFormatException e) {
                throw SimException.invalidParameter("Invalid " + prefix + "N value '" + v + "': not a number.");
            }
        }
        return ids;
    }

    static List<String> parseTypes(Params p) {
        List<String> types = p.list("ReportTypeList.Type.", 100);
        for (String t : types) {
            if (!TYPE.matcher(t).matches()) {
                throw new SimException(400, "Sender", "InvalidReportType", "Invalid ReportType " + t + ".");
            }
        }
        return types;
    }

    private static void writeIds(TokenState.Writer w, List<Long> ids) {
        w.putInt(ids.size());
        ids.forEach(w::putLong);
    }

    private static List<Long> readIds(TokenState.Reader r) {
        int n = r.getInt();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n && i < 100; i++) {
            ids.add(r.getLong());
        }
        return ids;
    }

    private static void writeStrings(TokenState.Writer w, List<String> s) {
        w.putInt(s.size());
        s.forEach(w::putString);
    }

    private static List<String> readStrings(TokenState.Reader r) {
        int n = r.getInt();
        List<String> s = new ArrayList<>();
        for (int i = 0; i < n && i < 100; i++) {
            s.add(r.getString());
        }
        return s;
    }
}
