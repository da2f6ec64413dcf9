package org.apache.camel.component.mws.throttle;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hourly quota as the server reports it in the {@code x-mws-quota-max}, {@code x-mws-quota-remaining} and
 * {@code x-mws-quota-resetsOn} headers (Feeds, Reports and Products send them). Each part is null when the header
 * was absent or unusable: a bad header is worth a DEBUG line, never a failed exchange.
 *
 * @param max       the hourly quota (e.g. 80, or 240 for a seller in several marketplaces)
 * @param remaining what is left of it in the current hour
 * @param resetsOn  when the current hour's quota resets
 */
public record QuotaHeaders(Double max, Double remaining, Instant resetsOn) {

    /** HTTP header carrying the hourly quota. */
    public static final String MAX_HEADER = "x-mws-quota-max";
    /** HTTP header carrying what is left of the hourly quota. */
    public static final String REMAINING_HEADER = "x-mws-quota-remaining";
    /** HTTP header carrying when the hourly quota resets. */
    public static final String RESETS_ON_HEADER = "x-mws-quota-resetsOn";

    /** No quota information. */
    public static final QuotaHeaders NONE = new QuotaHeaders(null, null, null);

    private static final Logger LOG = LoggerFactory.getLogger(QuotaHeaders.class);

    /**
     * Parses the three header values, any of which may be null. Numbers are decimals ({@code 80.0}); the reset
     * time is ISO 8601 (as seen on the wire, e.g. {@code 2013-08-05T19:00:00.000Z}; without an offset it is taken
     * as UTC) or RFC 1123 (as documented, {@code Mon, 05 Aug 2013 19:00:00 GMT}).
     */
    public static QuotaHeaders parse(String max, String remaining, String resetsOn) {
        Double parsedMax = parseQuota(MAX_HEADER, max);
        Double parsedRemaining = parseQuota(REMAINING_HEADER, remaining);
        Instant parsedResetsOn = parseInstant(resetsOn);
        if (parsedMax == null && parsedRemaining == null && parsedResetsOn == null) {
            return NONE;
        }
        return new QuotaHeaders(parsedMax, parsedRemaining, parsedResetsOn);
    }

    /** Whether no part is known. */
    public boolean isEmpty() {
        return max == null && remaining == null && resetsOn == null;
    }

    private static Double parseQuota(String header, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            LOG.debug("Ignoring header {}: '{}' is not a number", header, value);
            return null;
        }
        if (Double.isNaN(number) || Double.isInfinite(number) || number < 0) {
            LOG.debug("Ignoring header {}: '{}' is not a usable quota", header, value);
            return null;
        }
        return number;
    }

    private static Instant parseInstant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
                TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text);
                if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                    return Instant.from(parsed);
                }
                return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
            }
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text));
        } catch (DateTimeParseException e) {
            LOG.debug("Ignoring header {}: '{}' is neither ISO 8601 nor RFC 1123", RESETS_ON_HEADER, value);
        } catch (DateTimeException e) {
            LOG.debug("Ignoring header {}: '{}' is not a point in time", RESETS_ON_HEADER, value);
        }
        return null;
    }
}
