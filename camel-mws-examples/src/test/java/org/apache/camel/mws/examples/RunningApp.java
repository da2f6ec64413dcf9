package org.apache.camel.mws.examples;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.apache.camel.mws.simulator.MwsSimulator;

/**
 * The examples application started in the test's JVM through Camel Main, exactly as {@link ExamplesMain} starts it,
 * with some properties overridden (work directory, time scale, ...).
 */
final class RunningApp implements AutoCloseable {

    private final Main main;
    private final ProducerTemplate producer;
    private final ConsumerTemplate consumer;

    private RunningApp(Main main) {
        this.main = main;
        this.producer = main.getCamelContext().createProducerTemplate();
        this.consumer = main.getCamelContext().createConsumerTemplate();
    }

    /** Fast defaults for tests: simulated time 120 times faster, no sample feeds, short polls. */
    static Map<String, String> testProperties(Path workDir) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("examples.work-dir", workDir.toString());
        // 120: feeds and reports are processed in a second or two, a NextToken lives 15 s
        p.put("examples.simulator.time-scale", "120");
        p.put("examples.simulator.orders-per-seller", "60");
        p.put("examples.feeds.samples", "false");
        p.put("examples.feeds.poll-interval", "200ms");
        p.put("examples.orders.poll-interval", "1s");
        p.put("examples.reports.poll-interval", "1s");
        p.put("camel.main.shutdown-timeout", "10");
        p.put("camel.management.port", Integer.toString(freePort()));
        return p;
    }

    /** A port free on the loopback interface now (for the management HTTP server). */
    static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static RunningApp start(Map<String, String> properties) throws Exception {
        Main main = new Main();
        main.configure().addConfiguration(ExamplesConfiguration.class);
        properties.forEach(main::addOverrideProperty);
        main.start();
        return new RunningApp(main);
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    MwsSimulator simulator() {
        return context().getRegistry().lookupByNameAndType(ExamplesConfiguration.SIMULATOR, MwsSimulator.class);
    }

    DataSource dataSource() {
        return context().getRegistry().lookupByNameAndType(ExamplesConfiguration.DATA_SOURCE, DataSource.class);
    }

    ProducerTemplate producer() {
        return producer;
    }

    ConsumerTemplate consumer() {
        return consumer;
    }

    @Override
    public void close() throws Exception {
        producer.close();
        consumer.close();
        main.stop();
    }
}
