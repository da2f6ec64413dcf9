package org.apache.camel.component.mws.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.camel.util.TimeUtils;

/**
 * Where the first poll of a consumer starts when no checkpoint is stored: an ISO 8601 instant
 * ({@code 2024-01-01T00:00:00Z}, with an offset, or a date meaning its start in UTC) or a duration back from now,
 * ISO ({@code P7D}, {@code PT6H}) or Camel style ({@code 7d}, {@code 6h30m}).
 */
public final class InitialStart {

    private static final Pattern CAMEL_DURATION = Pattern.compile("(?i)(\\d+(ms|d|h|m|s))+");

    private final String text;
    private final Instant instant;
    private final Duration back;

    private InitialStart(String text, Instant instant, Duration back) {
        this.text = text;
        this.instant = instant;
        this.back = back;
    }

    /**
     * @param  text                     the option's value
     * @return                          the parsed start
     * @throws IllegalArgumentException naming the value when it is neither an instant nor a duration
     */
    public static InitialStart parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("initialStart is empty: give an ISO 8601 instant"
                                               + " (2024-01-01T00:00:00Z) or a duration back from now (P7D, 7d)");
        }
        try {
            if (t.startsWith("P") || t.startsWith("p")) {
                return back(text, Duration.parse(t.toUpperCase(Locale.ROOT)));
            }
            if (CAMEL_DURATION.matcher(t).matches()) {
                return back(text, TimeUtils.toDuration(t.toLowerCase(Locale.ROOT)));
            }
            if (t.length() == 10) {
                return new InitialStart(text, LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant(), null);
            }
            return new InitialStart(text, OffsetDateTime.parse(t).toInstant(), null);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("initialStart '" + text + "' is neither an ISO 8601 instant"
                                               + " (2024-01-01T00:00:00Z) nor a duration back from now (P7D, PT6H,"
                                               + " 7d): " + e.getMessage(),
                    e);
        }
    }

    private static InitialStart back(String text, Duration back) {
        if (back.isNegative() || back.isZero()) {
            throw new IllegalArgumentException("initialStart '" + text + "' must reach back into the past");
        }
        return new InitialStart(text, null, back);
    }

    /**
     * @param  clock the clock giving now
     * @return       the start: the instant, or now minus the duration (whole seconds)
     */
    public Instant resolve(Clock clock) {
        return instant != null ? instant : clock.instant().minus(back).truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public String toString() {
        return text;
    }
}
