package org.apache.camel.mws.benchmarks.micro;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.component.mws.signing.SignatureV2;
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
 * Building the canonical query (RFC 3986 encoding of names and values, byte-order sort, join): the part of signing
 * that grows with the number of parameters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CanonicalQueryBenchmark {

    private Map<String, String> listOrders;
    private Map<String, String> fiftySkus;

    @Setup
    public void setUp() {
        listOrders = Fixtures.listOrdersParameters();
        fiftySkus = Fixtures.fiftySkuParameters();
    }

    /** 13 parameters, all but the timestamps plain ASCII. */
    @Benchmark
    public String listOrders13Parameters() {
        return SignatureV2.canonicalQuery(listOrders);
    }

    /** 65 parameters, one SKU in five with a slash, a space and non-ASCII letters. */
    @Benchmark
    public String fiftySkus65Parameters() {
        return SignatureV2.canonicalQuery(fiftySkus);
    }
}
