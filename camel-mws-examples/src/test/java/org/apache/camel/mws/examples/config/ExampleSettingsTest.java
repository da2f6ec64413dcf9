package org.apache.camel.mws.examples.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExampleSettingsTest {

    private final Map<String, String> props = new HashMap<>(Map.of("examples.db.url", "jdbc:h2:mem:x"));

    private ExampleSettings read() {
        return ExampleSettings.read(k -> Optional.ofNullable(props.get(k)));
    }

    private List<String> problems() {
        return assertThrows(SettingsException.class, this::read).getProblems();
    }

    @Test
    void defaultsRunTheSimulatorWithEmbeddedServices() {
        ExampleSettings s = read();
        assertTrue(s.simulator().enabled());
        assertEquals(3, s.simulator().sellers());
        assertNull(s.mws());
        assertTrue(s.jms().embedded());
        assertTrue(s.feeds().samples());
    }

    @Test
    void realMwsWithoutCredentialsGivesOneLinePerMissingSetting() {
        props.put("examples.simulator.enabled", "false");
        props.put("examples.feeds.samples", "false");
        List<String> problems = problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("examples.mws.access-key-id is missing: set it (or the environment"
                                              + " variable MWS_ACCESS_KEY_ID)"), problems.get(0));
        assertTrue(problems.get(1).startsWith("examples.mws.secret-key is missing"), problems.get(1));
        assertTrue(problems.get(2).startsWith("examples.mws.sellers is missing"), problems.get(2));
        problems.forEach(p -> assertFalse(p.contains("\n"), p));
    }

    @Test
    void sellersAreParsedWithMarketplacesAndTokens() {
        props.put("examples.simulator.enabled", "false");
        props.put("examples.feeds.samples", "false");
        props.put("examples.mws.access-key-id", "AKIA");
        props.put("examples.mws.secret-key", "s3cr3t");
        props.put("examples.mws.sellers", "A1EXAMPLE:US, A2EXAMPLE:DE+FR:amzn.mws.1234");
        ExampleSettings s = read();
        assertEquals(List.of(new SellerSettings("A1EXAMPLE", List.of("US"), null),
                new SellerSettings("A2EXAMPLE", List.of("DE", "FR"), "amzn.mws.1234")), s.mws().sellers());
        assertFalse(s.mws().toString().contains("s3cr3t"));
        assertFalse(s.mws().toString().contains("amzn.mws.1234"));
    }

    @Test
    void wrongValuesNameThePropertyTheValueAndTheFix() {
        props.put("examples.simulator.enabled", "false");
        props.put("examples.mws.access-key-id", "AKIA");
        props.put("examples.mws.secret-key", "s3cr3t");
        props.put("examples.mws.sellers", "A1EXAMPLE:XX, A2EXAMPLE:US+DE, JUSTANID");
        props.put("examples.db.url", "jdbc:mysql://localhost/x");
        props.put("examples.orders.poll-interval", "soon");
        props.put("examples.simulator.sellers", "many");
        props.put("examples.orders.initial-start", "last week");
        List<String> problems = problems();
        String all = String.join("\n", problems);
        assertTrue(all.contains("examples.simulator.sellers: 'many' is not a whole number from 1 to 50"), all);
        assertTrue(all.contains("examples.mws.sellers: seller A1EXAMPLE: Unknown marketplace 'XX'"), all);
        assertTrue(all.contains("examples.mws.sellers: seller A2EXAMPLE: The marketplaces 'US,DE' are served by"
                                + " different MWS hosts"), all);
        assertTrue(all.contains("examples.db.url: 'jdbc:mysql://localhost/x' is neither an H2 nor a PostgreSQL"), all);
        assertTrue(all.contains("examples.orders.poll-interval: 'soon' is not a positive duration"), all);
        assertTrue(all.contains("examples.feeds.samples: true would send made-up inventory updates to real MWS"),
                all);
        assertTrue(all.contains("examples.mws.sellers: 'JUSTANID' is not SELLERID:MARKETPLACE[:MWSAUTHTOKEN]"), all);
        assertTrue(all.contains("examples.orders.initial-start: 'last week' is neither a duration back from now"),
                all);
        assertEquals(8, problems.size(), all);
    }

    @Test
    void initialStartTakesWhatTheConsumerTakes() {
        props.put("examples.orders.initial-start", "7d");
        assertEquals("7d", read().orders().initialStart());
        props.put("examples.orders.initial-start", "2024-01-01T00:00:00Z");
        assertEquals("2024-01-01T00:00:00Z", read().orders().initialStart());
    }

    @Test
    void durationsInShortAndIsoForm() {
        assertEquals(Duration.ofMillis(200), ExampleSettings.parseDuration("200ms"));
        assertEquals(Duration.ofSeconds(30), ExampleSettings.parseDuration("30s"));
        assertEquals(Duration.ofMinutes(5), ExampleSettings.parseDuration("5m"));
        assertEquals(Duration.ofHours(2), ExampleSettings.parseDuration("PT2H"));
    }
}
