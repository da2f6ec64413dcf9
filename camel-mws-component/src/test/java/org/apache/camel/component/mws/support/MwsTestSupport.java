package org.apache.camel.component.mws.support;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the component tests that talk HTTP to a {@link StubMwsServer} on the loopback interface.
 */
public abstract class MwsTestSupport extends CamelTestSupport {

    public static final String ACCESS_KEY = "AKIAEXAMPLEACCESSKEY";
    /** Contains + and /, which a URI must carry in RAW(). */
    public static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public static final String SELLER = "A1SELLEREXAMPLE";
    public static final String TOKEN = "amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE";

    protected static StubMwsServer stub;

    @BeforeAll
    static void startStub() throws Exception {
        stub = new StubMwsServer();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void resetStub() {
        stub.reset();
    }

    /**
     * @return an endpoint URI pointing at the stub, with credentials and short retry delays; unpaced unless the
     *         options say {@code throttling=true} (the stub does not throttle, and the tests of the transport send
     *         more attempts than scarce buckets such as GetServiceStatus's allow at once)
     */
    protected static String uri(String sectionAndAction, String... options) {
        StringBuilder sb = new StringBuilder("mws:").append(sectionAndAction).append("?endpoint=")
                .append(stub.baseUrl()).append("&accessKeyId=").append(ACCESS_KEY).append("&secretKey=RAW(")
                .append(SECRET).append(")&sellerId=").append(SELLER).append("&retryBackoff=10,20,30&retryJitter=0");
        boolean pacing = false;
        for (String o : options) {
            sb.append('&').append(o);
            pacing |= o.startsWith("throttling=");
        }
        if (!pacing) {
            sb.append("&throttling=false");
        }
        return sb.toString();
    }

    protected Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            if (headers != null) {
                e.getMessage().setHeaders(new java.util.HashMap<>(headers));
            }
        });
    }

    protected Exchange send(String uri) {
        return send(uri, null, null);
    }

    /**
     * @return the exception of a failed exchange, as the given type
     */
    protected static <T extends Throwable> T failure(Exchange exchange, Class<T> type) {
        Exception e = exchange.getException();
        if (e == null) {
            throw new AssertionError("expected " + type.getSimpleName() + " but the exchange succeeded with "
                                     + exchange.getMessage().getBody());
        }
        if (!type.isInstance(e)) {
            throw new AssertionError("expected " + type.getName() + " but got " + e, e);
        }
        return type.cast(e);
    }

    protected static String hostOfStub() {
        return "127.0.0.1:" + stub.port();
    }
}
