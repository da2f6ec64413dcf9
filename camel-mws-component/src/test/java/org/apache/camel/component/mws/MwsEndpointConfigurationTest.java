package org.apache.camel.component.mws;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mws.support.IndependentSigner;
import org.apache.camel.component.mws.support.MwsTestSupport;
import org.apache.camel.component.mws.support.StubMwsServer.RecordedRequest;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.util.URISupport;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up validation, host choice, option precedence and credentials from property placeholders.
 */
class MwsEndpointConfigurationTest extends MwsTestSupport {

    private static final String CREDENTIALS = "accessKeyId=A&secretKey=S&sellerId=X";

    /** Adds a route using the URI and returns the message of the failure it causes at start-up. */
    private String startUpFailure(String uri) {
        Exception e = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bad-" + System.nanoTime()).to(uri);
            }
        }));
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        return messages.toString();
    }

    @Test
    void anUnknownSectionFailsAtStartUpListingTheValidOnes() {
        String msg = startUpFailure("mws:Ordres/ListOrders?marketplace=US&" + CREDENTIALS);
        assertTrue(msg.contains("Unknown MWS section 'Ordres'"), msg);
        assertTrue(msg.contains("Valid sections: Feeds, Reports, Orders, Products, FulfillmentInboundShipment,"), msg);
    }

    @Test
    void anUnknownActionFailsAtStartUpListingTheValidOnes() {
        String msg = startUpFailure("mws:Sellers/ListMarketplaces?marketplace=US&" + CREDENTIALS);
        assertTrue(msg.contains("Unknown MWS action 'ListMarketplaces' in section Sellers"), msg);
        assertTrue(msg.contains("ListMarketplaceParticipations, ListMarketplaceParticipationsByNextToken,"
                                + " GetServiceStatus"),
                msg);
    }

    @Test
    void aUriWithoutActionIsExplained() {
        String msg = startUpFailure("mws:Orders?marketplace=US&" + CREDENTIALS);
        assertTrue(msg.contains("mws:<section>/<Action>"), msg);
    }

    @Test
    void missingCredentialsFailAtStartUp() {
        String msg = startUpFailure("mws:Orders/ListOrders?marketplace=US&sellerId=X");
        assertTrue(msg.contains("accessKeyId is not set"), msg);
    }

    @Test
    void negativeTimeoutsFailAtStartUpNamingTheOption() {
        String msg = startUpFailure("mws:Orders/ListOrders?marketplace=US&socketTimeout=-5&" + CREDENTIALS);
        assertTrue(msg.contains("socketTimeout must not be negative: -5 ms"), msg);
        msg = startUpFailure("mws:Orders/ListOrders?marketplace=US&connectTimeout=-1&" + CREDENTIALS);
        assertTrue(msg.contains("connectTimeout must not be negative: -1 ms"), msg);
    }

    @Test
    void marketplacesOnDifferentHostsFailAtStartUp() {
        String msg = startUpFailure("mws:Orders/ListOrders?marketplace=US,JP&" + CREDENTIALS);
        assertTrue(msg.contains("different MWS hosts"), msg);
    }

    @Test
    void badPagingOptionsFailAtStartUp() {
        String msg = startUpFailure("mws:Orders/ListOrders?marketplace=US&paginate=true&maxListingRestarts=-1&"
                                    + CREDENTIALS);
        assertTrue(msg.contains("maxListingRestarts must not be negative, was -1"), msg);
    }

    @Test
    void theMarketplaceChoosesTheHostAndTheEndpointOptionOverridesIt() {
        MwsEndpoint eu = context.getEndpoint("mws:Orders/ListOrders?marketplace=de,FR,it&" + CREDENTIALS,
                MwsEndpoint.class);
        assertEquals(URI.create("https://mws-eu.amazonservices.com"), eu.getBaseUri());
        MwsEndpoint jp = context.getEndpoint("mws:Orders/ListOrders?marketplace=JP&" + CREDENTIALS, MwsEndpoint.class);
        assertEquals(URI.create("https://mws.amazonservices.jp"), jp.getBaseUri());
        MwsEndpoint own = context.getEndpoint("mws:Orders/ListOrders?marketplace=JP&endpoint=https://mws.example.com:8443&"
                                              + CREDENTIALS,
                MwsEndpoint.class);
        assertEquals(URI.create("https://mws.example.com:8443"), own.getBaseUri());
        assertEquals("https://mws.example.com:8443", own.getServiceUrl());
    }

    @Test
    void plainHttpToARemoteHostIsRefusedUnlessAllowed() {
        String msg = startUpFailure("mws:Orders/ListOrders?endpoint=http://mws.example.com&" + CREDENTIALS);
        assertTrue(msg.contains("Refusing plain HTTP to mws.example.com"), msg);
        MwsEndpoint allowed = context.getEndpoint("mws:Orders/ListOrders?endpoint=http://mws.example.com"
                                                  + "&allowInsecureHttp=true&" + CREDENTIALS,
                MwsEndpoint.class);
        assertEquals(URI.create("http://mws.example.com"), allowed.getBaseUri());
    }

    @Test
    void credentialsFromPropertyPlaceholders() throws Exception {
        context.getPropertiesComponent().addInitialProperty("mws.key", ACCESS_KEY);
        context.getPropertiesComponent().addInitialProperty("mws.secret", SECRET);
        context.getPropertiesComponent().addInitialProperty("mws.seller", SELLER);
        context.getPropertiesComponent().addInitialProperty("mws.token", TOKEN);
        Exchange ex = send("mws:Sellers/GetServiceStatus?endpoint=" + stub.baseUrl()
                           + "&accessKeyId={{mws.key}}&secretKey=RAW({{mws.secret}})&sellerId={{mws.seller}}"
                           + "&mwsAuthToken={{mws.token}}");
        assertNull(ex.getException());
        RecordedRequest r = stub.lastRequest();
        Map<String, String> unsigned = new LinkedHashMap<>(r.parameters());
        unsigned.remove("Signature");
        assertEquals(TOKEN, unsigned.get("MWSAuthToken"));
        assertEquals(IndependentSigner.expectedBody(hostOfStub(), r.path(), unsigned, SECRET, "HmacSHA256"),
                r.bodyAsString(), "signed with the secret of the placeholder, + and / intact");
    }

    @Test
    void componentOptionsApplyToEveryEndpointAndEndpointsOverrideThem() {
        MwsComponent component = context.getComponent("mws", MwsComponent.class);
        component.getConfiguration().setAccessKeyId(ACCESS_KEY);
        component.getConfiguration().setSecretKey(SECRET);
        component.getConfiguration().setSellerId("COMPONENTSELLER");
        component.getConfiguration().setEndpoint(stub.baseUrl());
        try {
            assertNull(send("mws:Sellers/GetServiceStatus").getException());
            assertEquals("COMPONENTSELLER", stub.lastRequest().parameter("SellerId"));
            assertNull(send("mws:Sellers/GetServiceStatus?sellerId=ENDPOINTSELLER&parameters.Extra=1").getException());
            assertEquals("ENDPOINTSELLER", stub.lastRequest().parameter("SellerId"));
            assertEquals("1", stub.lastRequest().parameter("Extra"));
            assertEquals("COMPONENTSELLER", component.getConfiguration().getSellerId(),
                    "endpoints work on a copy of the component's configuration");
            assertNull(component.getConfiguration().getParameters());
        } finally {
            component.setConfiguration(new MwsConfiguration());
        }
    }

    @Test
    void aSellerIdParameterActsForAnotherSellerForOneExchange() {
        assertNull(send(uri("Reports/GetReportCount"), null,
                Map.of(MwsConstants.PARAMETERS, Map.of("SellerId", "OTHERSELLER"))).getException());
        assertEquals("OTHERSELLER", stub.lastRequest().parameter("Merchant"));
        assertFalse(stub.lastRequest().parameters().containsKey("SellerId"));
    }

    @Test
    void reservedParametersAreRefused() {
        Exception e = failure(send(uri("Orders/GetOrder", "parameters.Timestamp=2017-01-01T00:00:00Z")),
                IllegalArgumentException.class);
        assertTrue(e.getMessage().contains("Timestamp is set by the mws component"), e.getMessage());
        assertEquals(0, stub.requests().size());
    }

    @Test
    void anUnknownActionHeaderIsRefusedWithTheValidOnes() {
        IllegalArgumentException e = failure(send(uri("Orders/ListOrders"), null,
                Map.of(MwsConstants.ACTION, "Delete")), IllegalArgumentException.class);
        assertTrue(e.getMessage().contains("Unknown MWS action 'Delete' in section Orders"), e.getMessage());
    }

    @Test
    void endpointUrisShownAreSanitized() {
        MwsEndpoint endpoint = context.getEndpoint(uri("Orders/GetOrder", "mwsAuthToken=RAW(" + TOKEN + ")"),
                MwsEndpoint.class);
        for (String shown : new String[] { endpoint.toString(), URISupport.sanitizeUri(endpoint.getEndpointUri()),
                endpoint.getConfiguration().toString(), endpoint.getClient().toString() }) {
            assertFalse(shown.contains(SECRET), shown);
            assertFalse(shown.contains(TOKEN), shown);
            assertFalse(shown.contains("EXAMPLEKEY"), shown);
        }
    }

    @Test
    void oneHttpClientPerComponentClosedWhenTheComponentStops() throws Exception {
        MwsComponent component = context.getComponent("mws", MwsComponent.class);
        assertNull(send(uri("Sellers/GetServiceStatus")).getException());
        CloseableHttpClient client = component.getHttpClient();
        assertSame(client, component.getHttpClient());
        assertNull(send(uri("Orders/GetServiceStatus")).getException());
        assertSame(client, component.getHttpClient(), "endpoints share the component's client");
        context.stop();
        Exception e = assertThrows(Exception.class, () -> client.executeOpen(null, new HttpGet(stub.baseUrl()), null));
        assertTrue(e.getMessage().contains("shut down"), e.getMessage());
    }

    @Test
    void theGeneratedConfigurersAreUsed() {
        PropertyConfigurer endpointConfigurer = context.getComponent("mws").getEndpointPropertyConfigurer();
        PropertyConfigurer componentConfigurer = context.getComponent("mws").getComponentPropertyConfigurer();
        assertEquals("MwsEndpointConfigurer", endpointConfigurer.getClass().getSimpleName());
        assertEquals("MwsComponentConfigurer", componentConfigurer.getClass().getSimpleName());
        MwsEndpoint e = context.getEndpoint("mws:Orders/GetOrder?marketplace=US&maxThrottleWait=2m&socketTimeout=5s"
                                            + "&signatureMethod=HmacSHA1&resultFormat=xml&" + CREDENTIALS,
                MwsEndpoint.class);
        assertEquals(120_000L, e.getConfiguration().getMaxThrottleWait());
        assertEquals(5_000L, e.getConfiguration().getSocketTimeout());
        assertEquals(MwsResultFormat.xml, e.getConfiguration().getResultFormat());
    }
}
