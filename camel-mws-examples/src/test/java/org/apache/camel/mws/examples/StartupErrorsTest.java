package org.apache.camel.mws.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user sees when a setting is missing or wrong: the application ({@link ExamplesMain} in its own JVM) stops
 * at once with exit code 1 and one line per problem naming the property and the fix - no stack trace.
 */
class StartupErrorsTest {

    @TempDir
    Path workDir;

    private static List<String> problemLines(String output) {
        return output.lines().filter(l -> l.startsWith("  examples.")).map(String::trim).toList();
    }

    @Test
    void realMwsWithoutCredentialsNamesEachMissingProperty() throws Exception {
        try (AppProcess app = AppProcess.start(Map.of("examples.work-dir", workDir.toString(),
                "examples.simulator.enabled", "false", "examples.jms.broker-url", "tcp://127.0.0.1:1",
                "examples.orders.poll-interval", "every minute"), workDir.resolve("out.log"))) {
            assertEquals(1, app.awaitExit(Duration.ofSeconds(60)));
            String out = app.output();
            assertTrue(out.contains("The MWS examples cannot start:"), out);
            List<String> problems = problemLines(out);
            assertEquals(5, problems.size(), out);
            assertTrue(problems.get(0).startsWith("examples.mws.access-key-id is missing: set it (or the environment"
                                                  + " variable MWS_ACCESS_KEY_ID)"), out);
            assertTrue(problems.get(1).startsWith("examples.mws.secret-key is missing"), out);
            assertTrue(problems.get(2).startsWith("examples.mws.sellers is missing"), out);
            assertTrue(problems.get(3).startsWith("examples.orders.poll-interval: 'every minute' is not a positive"
                                                  + " duration"), out);
            assertTrue(problems.get(4).startsWith("examples.feeds.samples: true would send made-up inventory"), out);
            assertFalse(out.contains("\tat "), "a stack trace was printed:\n" + out);
        }
    }

    @Test
    void unreachableDatabaseNamesTheUrlProperty() throws Exception {
        try (AppProcess app = AppProcess.start(Map.of("examples.work-dir", workDir.toString(),
                "examples.simulator.sellers", "1", "examples.db.url", "jdbc:postgresql://127.0.0.1:1/mws"),
                workDir.resolve("out.log"))) {
            assertEquals(1, app.awaitExit(Duration.ofSeconds(90)));
            String out = app.output();
            List<String> problems = problemLines(out);
            assertEquals(1, problems.size(), out);
            assertTrue(problems.get(0).startsWith("examples.db.url: cannot connect to"
                                                  + " jdbc:postgresql://127.0.0.1:1/mws"), out);
            assertFalse(out.contains("\tat "), "a stack trace was printed:\n" + out);
        }
    }
}
