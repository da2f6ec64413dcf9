package org.apache.camel.component.mws;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.net.ssl.SSLException;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mws.support.IndependentSigner;
import org.apache.camel.component.mws.support.SelfSignedCertificate;
import org.apache.camel.component.mws.support.StubMwsServer;
import org.apache.camel.component.mws.support.StubMwsServer.RecordedRequest;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.apache.camel.component.mws.support.MwsTestSupport.ACCESS_KEY;
import static org.apache.camel.component.mws.support.MwsTestSupport.SECRET;
import static org.apache.camel.component.mws.support.MwsTestSupport.SELLER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTPS to a server with a self-signed certificate: trusted through the component's sslContextParameters, refused
 * (and not retried) without them.
 */
class MwsTlsTest extends CamelTestSupport {

    @TempDir
    static Path dir;
    static SelfSignedCertificate certificate;
    static StubMwsServer https;

    @BeforeAll
    static void startHttps() throws Exception {
        certificate = new SelfSignedCertificate(dir);
        https = new StubMwsServer(certificate.serverContext());
    }

    @AfterAll
    static void stopHttps() {
        https.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        KeyStoreParameters trust = new KeyStoreParameters();
        trust.setResource("file:" + certificate.file());
        trust.setPassword(SelfSignedCertificate.PASSWORD);
        trust.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trust);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trustManagers);
        MwsComponent trusting = new MwsComponent();
        trusting.setSslContextParameters(tls);
        context.addComponent("mws", trusting);
        context.addComponent("mwsdefault", new MwsComponent());
        return context;
    }

    private static String options() {
        return "?endpoint=" + https.baseUrl() + "&accessKeyId=" + ACCESS_KEY + "&secretKey=RAW(" + SECRET + ")&sellerId="
               + SELLER + "&retryBackoff=10&retryJitter=0&throttling=false";
    }

    @Test
    void httpsWithTheComponentsTrustStoreIsSignedWithTheNonDefaultPort() throws Exception {
        Exchange ex = template.request("mws:Sellers/GetServiceStatus" + options(), e -> {
        });
        assertNull(ex.getException());
        RecordedRequest r = https.lastRequest();
        Map<String, String> unsigned = new LinkedHashMap<>(r.parameters());
        unsigned.remove("Signature");
        assertEquals(IndependentSigner.expectedBody("127.0.0.1:" + https.port(), r.path(), unsigned, SECRET,
                "HmacSHA256"), r.bodyAsString());
    }

    @Test
    void anUntrustedCertificateIsRefusedAndNotRetried() {
        int before = https.requests().size();
        Exchange ex = template.request("mwsdefault:Sellers/GetServiceStatus" + options(), e -> {
        });
        MwsServiceUnavailableException e = assertInstanceOf(MwsServiceUnavailableException.class, ex.getException());
        assertEquals(1, e.getAttempts(), "a certificate problem is not worth a retry");
        assertTrue(e.getCause() instanceof SSLException, String.valueOf(e.getCause()));
        assertEquals(before, https.requests().size());
    }
}
