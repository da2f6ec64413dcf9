package org.apache.camel.mws.simulator.market.xml;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * ISO 8601 UTC formatting without {@link java.time.format.DateTimeFormatter} (called hundreds of thousands of
 * times a second when pages and reports are written), and the tolerant parsing MWS servers did: {@code Z} or an
 * offset, with or without milliseconds.
 */
public final class IsoTime {

    private IsoTime() {
    }

    /** {@code 2015-01-01T00:01:29Z}, with {@code .SSS} only when the milliseconds are not zero. */
    public static void appendZ(StringBuilder sb, long epochMs) {
        appendDateTime(sb, epochMs, 'T');
        millis(sb, epochMs);
        sb.append('Z');
    }

    /**
     * {@code 2015-01-01T00:01:29+00:00}, the form the Reports and Feeds servers used (with {@code .SSS} when the
     * milliseconds are not zero, so that a date fed back as a filter loses nothing).
     */
    public static void appendOffset(StringBuilder sb, long epochMs) {
        appendDateTime(sb, epochMs, 'T');
        millis(sb, epochMs);
        sb.append("+00:00");
    }

    private static void millis(StringBuilder sb, long epochMs) {
        int ms = (int) Math.floorMod(epochMs, 1000L);
        if (ms != 0) {
            sb.append('.');
            two(sb.append((char) ('0' + ms / 100)), ms % 100);
        }
    }

    public static String z(long epochMs) {
        StringBuilder sb = new StringBuilder(24);
        appendZ(sb, epochMs);
        return sb.toString();
    }

    public static String offset(long epochMs) {
        StringBuilder sb = new StringBuilder(25);
        appendOffset(sb, epochMs);
        return sb.toString();
    }

    /** {@code yyyy-MM-dd HH:mm:ss} followed by the separator given (used by flat files with " UTC"). */
    public static void appendDateTime(StringBuilder sb, long epochMs, char separator) {
        long secs = Math.floorDiv(epochMs, 1000L);
        long days = Math.floorDiv(secs, 86_400L);
        int sod = (int) (secs - days * 86_400L);
        // civil-from-days (H. Hinnant)
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        if (m <= 2) {
            y++;
        }
        sb.append(y).append('-');
        two(sb, m).append('-');
        two(sb, d).append(separator);
        two(sb, sod / 3600).append(':');
        two(sb, sod / 60 % 60).append(':');
        two(sb, sod % 60);
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /**
     * Parses an MWS request date: {@code 2009-03-03T18:12:22Z}, with an offset, with or without fractions; a
     * date-time without a zone is taken as UTC. Returns null when the text is not a date.
     */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return java.time.LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
