package org.apache.camel.mws.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.component.mws.catalog.MwsCatalog;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.signing.RequestSigner;
import org.apache.camel.component.mws.signing.SignatureMethod;
import org.apache.camel.component.mws.signing.SignatureV2;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * A minimal signed-request client for measuring the simulator itself: it signs once and sends the same body
 * again and again over kept-alive connections, so that nearly all the CPU it costs is the server's.
 */
public final class RawMws implements AutoCloseable {

    private final MwsSimulator simulator;
    private final CloseableHttpClient http;

    public RawMws(MwsSimulator simulator, int connections) {
        this.simulator = simulator;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections).build())
                .disableAutomaticRetries()
                .build();
    }

    /** A signed POST of the action for the simulator's first seller (valid for the 15 minutes MWS allows). */
    public HttpPost signedPost(String sectionName, String action, Map<String, String> parameters) {
        Section section = MwsCatalog.getDefault().section(sectionName);
        DeveloperAccount dev = simulator.developer();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AWSAccessKeyId", dev.accessKeyId());
        p.put("Action", action);
        p.put(section.sellerParameter(), simulator.sellerId());
        p.put("SignatureMethod", "HmacSHA256");
        p.put("SignatureVersion", "2");
        p.put("Version", section.version());
        p.put("Timestamp", simulator.clock().now().truncatedTo(ChronoUnit.MILLIS).toString());
        p.putAll(parameters);
        URI base = URI.create(simulator.httpBaseUrl());
        String host = SignatureV2.hostHeader(base.getScheme(), base.getHost(), base.getPort());
        String body = new RequestSigner(dev.secretKey(), SignatureMethod.HmacSHA256)
                .sign("POST", host, section.path(), p).encoded();
        HttpPost post = new HttpPost(base.resolve(section.path()));
        post.setHeader("User-Agent", "camel-mws-benchmarks/1.0 (Language=Java/" + System.getProperty("java.version") + ")");
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_FORM_URLENCODED));
        return post;
    }

    /** Sends and reads the whole answer; returns the number of body bytes, throws on a non-200 status. */
    public long send(HttpPost post) throws IOException {
        return http.execute(post, response -> {
            long n = 0;
            if (response.getEntity() != null) {
                try (InputStream in = response.getEntity().getContent()) {
                    n = in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            if (response.getCode() != 200) {
                throw new IOException("HTTP " + response.getCode() + " from the simulator");
            }
            return n;
        });
    }

    /** @return the time the simulator's clock shows now (it may run faster than real time) */
    public Instant serverNow() {
        return simulator.clock().now();
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
