package org.apache.camel.mws.benchmarks.micro;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.component.mws.signing.UserAgent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the MWS User-Agent. The endpoint builds it once when it starts, so this is a start-up cost; the figure
 * shows it is negligible even for names needing escapes or a User-Agent that must be shortened.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UserAgentBenchmark {

    private Map<String, String> escapedAttributes;
    private String longName;

    @Setup
    public void setUp() {
        escapedAttributes = new LinkedHashMap<>();
        escapedAttributes.put("Language", "Java/17.0.15");
        escapedAttributes.put("Platform", "Linux/amd64");
        escapedAttributes.put("MWSClientVersion", "2017-02-01 (camel; mws)");
        longName = "Order Sync/Warehouse (EU)".repeat(30);
    }

    /** What an endpoint does at start-up: name, version, this JVM's Java version and platform. */
    @Benchmark
    public String ofThisJvm() {
        return UserAgent.of("OrderSync", "2.4.1");
    }

    /** Names and values with characters that must be escaped. */
    @Benchmark
    public String withEscapes() {
        return UserAgent.build("Order Sync/EU", "2.4 (beta)", escapedAttributes);
    }

    /** An application name of 750 characters: attributes dropped and the name shortened to 500 characters. */
    @Benchmark
    public String tooLongShortened() {
        return UserAgent.build(longName, "1.0", escapedAttributes);
    }
}
