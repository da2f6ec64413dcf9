package org.apache.camel.component.mws.xml;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MwsDateTimesTest {

    @ParameterizedTest
    @CsvSource({
            "2015-01-01T00:01:29Z,            2015-01-01T00:01:29Z",
            "2015-01-01T00:01:29.123Z,        2015-01-01T00:01:29.123Z",
            "2015-01-01T00:01:29.1Z,          2015-01-01T00:01:29.100Z",
            "2015-01-01T00:01:29.123456789Z,  2015-01-01T00:01:29.123456789Z",
            "2015-01-01T09:01:29+09:00,       2015-01-01T00:01:29Z",
            "2014-12-31T19:01:29.500-05:00,   2015-01-01T00:01:29.500Z",
            "2015-01-01T00:01:29+00:00,       2015-01-01T00:01:29Z",
            "2015-01-01t00:01:29z,            2015-01-01T00:01:29Z",
            "2015-01-01T05:31:29+0530,        2015-01-01T00:01:29Z",
            "2015-01-01T00:01:29,             2015-01-01T00:01:29Z",
            "2015-01-01T00:01,                2015-01-01T00:01:00Z",
            "2015-01-01,                      2015-01-01T00:00:00Z",
            "'  2015-01-01T00:01:29Z\n',      2015-01-01T00:01:29Z",
            "2016-02-29T23:59:59Z,            2016-02-29T23:59:59Z",
            "1969-12-31T23:59:59.999Z,        1969-12-31T23:59:59.999Z"
    })
    void acceptsWhatServersSent(String text, String expected) {
        assertEquals(Instant.parse(expected), MwsDateTimes.parse(text));
    }

    @Test
    void fastPathAgreesWithJavaTime() {
        Instant start = Instant.parse("1999-12-31T22:00:00Z");
        for (int i = 0; i < 5000; i++) {
            Instant t = start.plusSeconds(i * 7919L * 13).plusMillis(i % 1000);
            for (String offset : new String[] { "Z", "+01:00", "-07:30", "+14:00" }) {
                String text = OffsetDateTime.ofInstant(t, offset.equals("Z")
                        ? java.time.ZoneOffset.UTC : java.time.ZoneOffset.of(offset)).toString();
                assertEquals(t, MwsDateTimes.parse(text), text);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "yesterday", "2015-13-01T00:00:00Z", "2015-02-30T00:00:00Z", "2015-01-01T25:00:00Z",
            "2013-09-05T18%3A12%3A21", "1420070489" })
    void rejectsWithTheValueInTheMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MwsDateTimes.parse(text));
        assertTrue(e.getMessage().contains("not an ISO 8601 date-time: '" + text.strip() + "'"), e.getMessage());
    }

    @Test
    void blankIsNull() {
        assertNull(MwsDateTimes.parse(null));
        assertNull(MwsDateTimes.parse(""));
        assertNull(MwsDateTimes.parse("  \n"));
    }

    @Test
    void formatsUtcForRequests() {
        assertEquals("2015-01-01T00:01:29Z", MwsDateTimes.format(Instant.parse("2015-01-01T00:01:29Z")));
        assertEquals("2015-01-01T00:01:29.120Z", MwsDateTimes.format(Instant.parse("2015-01-01T00:01:29.12Z")));
        assertNull(MwsDateTimes.format(null));
        assertEquals(Instant.parse("2015-01-01T00:01:29.12Z"), new InstantAdapter().unmarshal("2015-01-01T00:01:29.12Z"));
        assertEquals("2015-01-01T00:01:29.120Z", new InstantAdapter().marshal(Instant.parse("2015-01-01T00:01:29.12Z")));
    }
}
