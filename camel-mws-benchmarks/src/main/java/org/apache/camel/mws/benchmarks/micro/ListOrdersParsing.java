package org.apache.camel.mws.benchmarks.micro;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.model.ParsedResponse;
import org.apache.camel.component.mws.model.orders.ListOrdersResult;
import org.apache.camel.component.mws.xml.SecureStax;
import org.apache.camel.mws.benchmarks.support.SimulatedMws;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a ListOrders page of 100 orders, as the simulator sends it, into the Order models (XXE-safe StAX, model
 * binding, dates and money). One thread, and one operation per order: ops/s is orders per second per core. The
 * subclasses pick the StAX implementation for their forked JVMs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class ListOrdersParsing {

    static final int PAGE_SIZE = 100;

    private final MwsXmlParser parser = new MwsXmlParser();
    private byte[] page;

    /** The class name of the StAX input factory the fork must use. */
    protected abstract String expectedFactory();

    @Setup
    public void setUp() {
        String factory = SecureStax.newSecureFactory().getClass().getName();
        if (!factory.equals(expectedFactory())) {
            throw new IllegalStateException("this fork parses with " + factory + ", not " + expectedFactory());
        }
        page = SimulatedMws.listOrdersPage(PAGE_SIZE).getBytes(StandardCharsets.UTF_8);
        int parsed = parse().getOrders().size();
        if (parsed != PAGE_SIZE) {
            throw new IllegalStateException("parsed " + parsed + " orders instead of " + PAGE_SIZE);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGE_SIZE)
    public ListOrdersResult parse() {
        ParsedResponse response = parser.parse("Orders", "ListOrders", page);
        return (ListOrdersResult) response.result();
    }
}
