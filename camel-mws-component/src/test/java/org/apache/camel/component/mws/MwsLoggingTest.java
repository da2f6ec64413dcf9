package org.apache.camel.component.mws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.signing.Rfc3986;
import org.apache.camel.component.mws.support.LogCapture;
import org.apache.camel.component.mws.support.TestPollingConsumer;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.inspect.RequestRecord;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the component logs, captured against the simulator: at DEBUG the Timestamp of every request and the RequestId
 * of every answer (Amazon asks integrators to keep both), with the secret masked; at INFO nothing for producer calls,
 * retries included, and exactly one line per poll; and only through SLF4J.
 */
class MwsLoggingTest extends CamelTestSupport {

    static final String ACCESS_KEY = "AKIALOGGINGTESTKEY01";
    static final String SECRET = "lOgGiNg/TeSt+SeCrEtKeY0123456789abcdefgh";
    static final String SELLER = "A1LOGGINGSELLER";
    private static final String MWS_LOGGERS = "org.apache.camel.component.mws";
    private static final Pattern REQUEST_LINE = Pattern.compile(
            "MWS request (\\S+) attempt (\\d+): POST \\S+ Timestamp=(\\S+) ");

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().marketplace(false)
            .serverThrottling(false).credentials(ACCESS_KEY, SECRET, SELLER).build();

    private TestPollingConsumer consumer;

    @BeforeEach
    void resetSimulator() {
        SIM.simulator().reset();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:status").to("mws:Orders/GetServiceStatus?endpoint=" + SIM.simulator().httpBaseUrl()
                                         + "&accessKeyId=" + ACCESS_KEY + "&secretKey=RAW(" + SECRET + ")&sellerId="
                                         + SELLER + "&retryBackoff=10&retryJitter=0&throttling=false");
                from(TestPollingConsumer.endpoint(getContext().getComponent("mws", MwsComponent.class), "Sellers",
                        SIM.simulator().httpBaseUrl(), ACCESS_KEY, SECRET, SELLER, Instant::now, c -> consumer = c))
                        .routeId("sellers").to("mock:sellers");
            }
        };
    }

    private void call() {
        assertTrue(template.request("direct:status", e -> {
        }).getException() == null);
    }

    @Test
    void everyRequestsTimestampAndEveryAnswersRequestIdAtDebug() {
        String logged;
        try (LogCapture logs = new LogCapture(Level.DEBUG, MWS_LOGGERS)) {
            call();
            SIM.simulator().faults().on("Orders", "GetServiceStatus").next(Fault.SERVICE_UNAVAILABLE);
            call();
            consumer.run();
            logged = logs.text();
        }
        List<RequestRecord> records = SIM.simulator().requests().requests();
        assertEquals(4, records.size(), "a call, a call retried after a 503, a poll");
        for (RequestRecord r : records) {
            assertTrue(logged.contains("RequestId=" + r.requestId()), "RequestId of " + r + "\n" + logged);
        }
        List<String> timestamps = new ArrayList<>();
        Matcher m = REQUEST_LINE.matcher(logged);
        while (m.find()) {
            timestamps.add(m.group(3));
            assertTrue(logged.contains("request Timestamp=" + m.group(3)), "the answer names the request's Timestamp");
        }
        assertEquals(4, timestamps.size(), "one DEBUG line per request, retries included\n" + logged);
        assertEquals(4, timestamps.stream().distinct().count(), "each attempt is signed with a fresh Timestamp");
        assertFalse(Pattern.compile("Signature=(?!\\*\\*\\*)").matcher(logged).find(), "a Signature unmasked");
        for (String secret : new String[] { SECRET, Rfc3986.encode(SECRET), "lOgGiNg" }) {
            assertFalse(logged.contains(secret), "secret in the logs: " + secret);
        }
    }

    @Test
    void atInfoProducerCallsAreQuietAndEachPollIsOneLine() {
        List<ILoggingEvent> events;
        try (LogCapture logs = new LogCapture(Level.INFO, MWS_LOGGERS)) {
            call();
            SIM.simulator().faults().on("Orders", "GetServiceStatus").next(Fault.SERVICE_UNAVAILABLE);
            call();
            assertEquals(List.of(), info(logs.events()), "no INFO line for producer calls, nor for their retries");
            consumer.run();
            consumer.run();
            events = info(logs.events());
        }
        assertEquals(2, events.size(), events.toString());
        for (ILoggingEvent e : events) {
            assertTrue(e.getFormattedMessage().startsWith("mws:Sellers/GetServiceStatus (route sellers) polled: "
                                                          + "1 record in 1 page in "),
                    e.getFormattedMessage());
            assertTrue(e.getFormattedMessage().contains("; checkpoint "), e.getFormattedMessage());
        }
    }

    private static List<ILoggingEvent> info(List<ILoggingEvent> events) {
        return events.stream().filter(e -> e.getLoggerName().startsWith(MWS_LOGGERS))
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO)).toList();
    }

    @Test
    void theComponentLogsThroughSlf4jOnly() throws IOException {
        Path sources = Path.of("src/main/java");
        assertTrue(Files.isDirectory(sources), "run from the module directory");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                for (String forbidden : new String[] { "java.util.logging", "System.out", "System.err",
                        "printStackTrace", "org.apache.log4j", "org.apache.commons.logging" }) {
                    if (text.contains(forbidden)) {
                        offenders.add(sources.relativize(f) + ": " + forbidden);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
