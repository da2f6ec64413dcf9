package org.apache.camel.mws.benchmarks.micro;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.component.mws.signing.RequestSigner;
import org.apache.camel.component.mws.signing.SignatureMethod;
import org.apache.camel.component.mws.signing.SignedQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signature V2 of a whole request, as the transport does it for every attempt: canonical query, string to sign,
 * HMAC and Base64. One thread, so ops/s is requests signed per second per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SigningBenchmark {

    @Param({ "HmacSHA256", "HmacSHA1" })
    public SignatureMethod method;

    private RequestSigner signer;
    private Map<String, String> listOrders;

    @Setup
    public void setUp() {
        signer = new RequestSigner(Fixtures.SECRET_KEY, method);
        listOrders = Fixtures.listOrdersParameters();
    }

    @Benchmark
    public SignedQuery signListOrders() {
        return signer.sign("POST", "mws.amazonservices.com", "/Orders/2013-09-01", listOrders);
    }
}
