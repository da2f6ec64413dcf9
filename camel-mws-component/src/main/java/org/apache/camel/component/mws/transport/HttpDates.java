package org.apache.camel.component.mws.transport;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The date formats MWS used in headers and parameters.
 */
public final class HttpDates {

    /** The request Timestamp: UTC with milliseconds. */
    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    /**
     * @param  instant an instant
     * @return         the instant as an MWS Timestamp, e.g. {@code 2017-02-01T12:00:00.000Z}
     */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /**
     * Parses a header date: ISO 8601 (with or without milliseconds, {@code Z} or an offset) or RFC 1123
     * ({@code Date} header; also how {@code x-mws-quota-resetsOn} was documented).
     *
     * @param  value the header value, may be null
     * @return       the instant, or null when absent or unreadable
     */
    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // not ISO 8601 with an offset
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            // not an ISO instant
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
