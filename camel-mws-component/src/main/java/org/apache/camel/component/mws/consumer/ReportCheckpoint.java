package org.apache.camel.component.mws.consumer;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.camel.component.mws.model.reports.ReportInfo;

/**
 * Where the report consumer stands without acknowledgements: the AvailableDate and ReportId of the last report
 * whose exchange completed (with every report before it). Reports are ordered by AvailableDate, then ReportId, so two
 * reports that became available in the same millisecond are told apart. Stored as {@code <instant>/<ReportId>}.
 *
 * @param availableDate when the report became available
 * @param reportId      the report's id, empty for a checkpoint that is only a date (the initial start)
 */
record ReportCheckpoint(Instant availableDate, String reportId) implements Comparable<ReportCheckpoint> {

    static ReportCheckpoint of(ReportInfo info) {
        return new ReportCheckpoint(info.getAvailableDate(), info.getReportId() == null ? "" : info.getReportId());
    }

    /** A checkpoint at a date: every report available after it (or at it) is new. */
    static ReportCheckpoint at(Instant instant) {
        return new ReportCheckpoint(instant, "");
    }

    /**
     * @throws IllegalStateException naming the value when it is not a checkpoint
     */
    static ReportCheckpoint parse(String key, String value) {
        String v = value.trim();
        int slash = v.indexOf('/');
        try {
            return slash < 0 ? at(Instant.parse(v))
                    : new ReportCheckpoint(Instant.parse(v.substring(0, slash)), v.substring(slash + 1));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("The checkpoint '" + key + "' is not <ISO 8601 instant>/<ReportId>: '"
                                            + value + "'; fix or remove it",
                    e);
        }
    }

    String format() {
        return reportId.isEmpty() ? availableDate.toString() : availableDate + "/" + reportId;
    }

    @Override
    public int compareTo(ReportCheckpoint o) {
        int byDate = availableDate.compareTo(o.availableDate);
        if (byDate != 0) {
            return byDate;
        }
        // ReportIds are numbers: a shorter one is smaller
        if (isDigits(reportId) && isDigits(o.reportId) && reportId.length() != o.reportId.length()) {
            return Integer.compare(reportId.length(), o.reportId.length());
        }
        return reportId.compareTo(o.reportId);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    @Override
    public String toString() {
        return format();
    }
}
