package org.apache.camel.component.mws.transport;

import java.time.Duration;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the one pooled HttpClient 5 client a component shares among its endpoints.
 * <p>
 * Automatic retries are disabled: HttpClient 5 would otherwise re-send on 503 and 429 and after some I/O errors on
 * its own, unaware of MWS throttling and of SubmitFeed, which must never be sent twice. Redirects, cookies and
 * content compression are off too: MWS uses none of them, and a decompressed body would no longer match its
 * Content-MD5.
 */
public final class HttpClientFactory {

    private HttpClientFactory() {
    }

    /**
     * @param  maxConnections the most connections open at once (all hosts, and per host)
     * @param  connectTimeout the default connect timeout (endpoints may set their own per request)
     * @param  socketTimeout  the default socket (read) timeout
     * @param  sslContext     the TLS context, or null for the JVM's default
     * @return                the client; close it to release the pool
     */
    public static CloseableHttpClient create(int maxConnections, Duration connectTimeout, Duration socketTimeout,
                                             SSLContext sslContext) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1: " + maxConnections);
        }
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(socketTimeout))
                        // a keep-alive connection the server closed meanwhile is checked before reuse
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build());
        if (sslContext != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        PoolingHttpClientConnectionManager manager = pool.build();
        return HttpClients.custom()
                .setConnectionManager(manager)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .evictExpiredConnections()
                .evictIdleConnections(TimeValue.ofMinutes(1))
                .build();
    }
}
