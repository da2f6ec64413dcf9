package org.apache.camel.component.mws.xml;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Reads and writes the ISO 8601 date-times MWS sends: {@code 2015-01-01T00:01:29Z}, with or without milliseconds
 * (or any fraction), with {@code Z} or an offset ({@code +09:00}, {@code +0900}), and, leniently, without an offset
 * (taken as UTC) or as a bare date (midnight UTC).
 * <p>
 * The common forms are parsed by hand: response parsing is on the hot path of order synchronisation and
 * {@link DateTimeFormatter} costs several times more than the rest of an order's fields. Anything unusual falls
 * back to {@code java.time}.
 */
public final class MwsDateTimes {

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT); // 2015-02-30 is an error, not February 28

    private MwsDateTimes() {
    }

    /**
     * Parses an MWS date-time.
     *
     * @param  text                     the text of the element (surrounding whitespace is ignored)
     * @return                          the instant, or null for null or blank text
     * @throws IllegalArgumentException naming the value when it is not an ISO 8601 date-time
     */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        Instant fast = parseCommon(s);
        if (fast != null) {
            return fast;
        }
        return parseLenient(s);
    }

    /**
     * Formats an instant the way MWS requests expect it: UTC, {@code Z}, milliseconds only when non-zero.
     */
    public static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static Instant parseLenient(String s) {
        try {
            var parsed = LENIENT.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof OffsetDateTime odt) {
                return odt.toInstant();
            }
            if (parsed instanceof LocalDateTime ldt) {
                return ldt.toInstant(ZoneOffset.UTC);
            }
            return ((LocalDate) parsed).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 date-time: '" + BodyDiagnostics.sanitize(s, 40)
                                               + "' (expected e.g. 2015-01-01T00:01:29Z)",
                    e);
        }
    }

    /**
     * yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|+HH:mm|-HH:mm); returns null for anything else so the lenient path decides.
     */
    private static Instant parseCommon(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            int len = i - start;
            if (len == 0 || len > 9) {
                return null;
            }
            nanos = digits(s, start, len);
            for (int k = len; k < 9; k++) {
                nanos *= 10;
            }
        }
        if (i >= n) {
            return null;
        }
        int offsetSeconds;
        char c = s.charAt(i);
        if ((c == 'Z' || c == 'z') && i == n - 1) {
            offsetSeconds = 0;
        } else if ((c == '+' || c == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if ((oh | om) < 0 || oh > 18 || om > 59) {
                return null;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
        } else {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            ChronoField.HOUR_OF_DAY.checkValidValue(hour);
            ChronoField.MINUTE_OF_HOUR.checkValidValue(minute);
            ChronoField.SECOND_OF_MINUTE.checkValidValue(second);
            long epochSecond = epochDay * 86400L + hour * 3600L + minute * 60L + second - offsetSeconds;
            return Instant.ofEpochSecond(epochSecond, nanos);
        } catch (DateTimeException e) {
            return null; // e.g. 2015-02-30: let the lenient path produce the error message
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
