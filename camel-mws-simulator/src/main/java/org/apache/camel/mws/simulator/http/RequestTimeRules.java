package org.apache.camel.mws.simulator.http;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Timestamp and Expires: a request carries exactly one; a Timestamp must be within 15 minutes of the server clock
 * (either direction; this tolerance is about clocks, so it is never time-scaled), an Expires must not be past.
 * Accepted forms: {@code Z} or an offset ({@code +02:00}, {@code +0200}), with or without fractions of a second;
 * a time without zone is read as UTC.
 */
final class RequestTimeRules {

    static final Duration TOLERANCE = Duration.ofMinutes(15);

    private static final DateTimeFormatter COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHMM", "Z").toFormatter();
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2).optionalStart().appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).toFormatter();

    private RequestTimeRules() {
    }

    static void check(String timestamp, String expires, Instant serverNow) {
        boolean hasTimestamp = timestamp != null && !timestamp.isEmpty();
        boolean hasExpires = expires != null && !expires.isEmpty();
        if (!hasTimestamp && !hasExpires) {
            throw MwsError.missing("Timestamp");
        }
        if (hasTimestamp && hasExpires) {
            throw MwsError.beforeSection(400, "InvalidParameterValue",
                    "The request must contain either Timestamp or Expires, not both.");
        }
        if (hasTimestamp) {
            Instant ts = parse("Timestamp", timestamp);
            Duration age = Duration.between(ts, serverNow);
            if (age.compareTo(TOLERANCE) > 0) {
                throw MwsError.beforeSection(400, "RequestExpired",
                        "Request signature is too far in the past and has expired. Timestamp date: " + timestamp);
            }
            if (age.negated().compareTo(TOLERANCE) > 0) {
                throw MwsError.beforeSection(400, "RequestExpired",
                        "Request signature is too far in the future. Timestamp date: " + timestamp);
            }
        } else {
            Instant ex = parse("Expires", expires);
            if (!ex.isAfter(serverNow)) {
                throw MwsError.beforeSection(400, "RequestExpired",
                        "Request has expired. Expires date: " + expires);
            }
        }
    }

    /** Parses an ISO 8601 time as MWS clients sent it. */
    static Instant parse(String name, String value) {
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return OffsetDateTime.parse(v, COMPACT_OFFSET).toInstant();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return LocalDateTime.parse(v, LOCAL).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw MwsError.beforeSection(400, "InvalidParameterValue",
                    "Value " + value + " for parameter " + name + " is invalid: it must be an ISO 8601 date-time.");
        }
    }
}
