package org.apache.camel.component.mws.packaging;

import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.catalog.RuntimeCamelCatalog;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsEndpoint;
import org.apache.camel.console.DevConsole;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads the component from the built jar the ways Camel and its tooling do: a plain CamelContext by the {@code mws}
 * scheme (factory, generated configurers, URI factory and dev console found through the jar's META-INF/services),
 * Camel's runtime catalog reading and validating endpoint URIs from the jar's JSON, and the static catalog the Camel
 * CLI and IDE plugins use, fed from the jar's component index.
 */
class ComponentDiscoveryIT {

    @Test
    void theClassesComeFromTheBuiltJar() throws Exception {
        URL location = MwsComponent.class.getProtectionDomain().getCodeSource().getLocation();
        assertEquals(ComponentJarIT.jar().toRealPath(), Path.of(location.toURI()).toRealPath(),
                "the integration tests run against the jar, not target/classes");
    }

    @Test
    void aCamelContextFindsTheComponentByItsScheme() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Component component = context.getComponent("mws");
            assertInstanceOf(MwsComponent.class, component, "found through META-INF/services/.../component/mws");

            PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(context)
                    .resolvePropertyConfigurer("mws-component", context);
            assertEquals("org.apache.camel.component.mws.MwsComponentConfigurer", configurer.getClass().getName());
            assertNotNull(PluginHelper.getConfigurerResolver(context)
                    .resolvePropertyConfigurer("mws-endpoint", context));

            MwsEndpoint endpoint = context.getEndpoint("mws:orders/listorders?marketplace=US&sellerId=A1SELLER"
                                                       + "&accessKeyId=AKIA1&secretKey=RAW(s3cr3t+/key)"
                                                       + "&maxThrottleWait=90s&parameters.MaxResultsPerPage=50",
                    MwsEndpoint.class);
            assertEquals("Orders", endpoint.getSection());
            assertEquals("ListOrders", endpoint.getAction());
            assertEquals(90_000L, endpoint.getConfiguration().getMaxThrottleWait());
            assertEquals("s3cr3t+/key", endpoint.getConfiguration().getSecretKey());
            assertEquals("50", String.valueOf(endpoint.getConfiguration().getParameters().get("MaxResultsPerPage")));
            assertFalse(endpoint.toString().contains("s3cr3t"), endpoint.toString());

            EndpointUriFactory uris = context.getCamelContextExtension().getEndpointUriFactory("mws");
            assertNotNull(uris, "the generated URI factory");
            assertTrue(uris.secretPropertyNames().containsAll(java.util.Set.of("secretKey", "mwsAuthToken")));
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("section", "Reports");
            props.put("action", "GetReportList");
            props.put("acknowledge", true);
            assertEquals("mws:Reports/GetReportList?acknowledge=true", uris.buildUri("mws", props, false));

            DevConsole console = context.getCamelContextExtension().getContextPlugin(
                    org.apache.camel.console.DevConsoleResolver.class).resolveDevConsole("mws");
            assertNotNull(console, "the dev console found through META-INF/services/.../dev-console/mws");
        }
    }

    @Test
    void theRuntimeCatalogReadsAndValidatesEndpointUris() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            RuntimeCamelCatalog catalog = context.getCamelContextExtension().getContextPlugin(RuntimeCamelCatalog.class);
            assertNotNull(catalog, "camel-core-catalog's runtime catalog");
            String json = catalog.componentJSonSchema("mws");
            assertNotNull(json, "the component JSON, found in the jar by scheme");
            assertTrue(json.contains("\"scheme\": \"mws\""), json.substring(0, Math.min(300, json.length())));

            EndpointValidationResult good = catalog.validateProperties("mws",
                    catalog.endpointProperties("mws:Orders/ListOrders?marketplace=US&delay=60000&includeOrderItems=true"));
            assertTrue(good.isSuccess(), good.summaryErrorMessage(false));
            EndpointValidationResult bad = catalog.validateProperties("mws",
                    catalog.endpointProperties("mws:Orders/ListOrders?marketplace=US&maxRetries=many"));
            assertFalse(bad.isSuccess());
            String problems = bad.summaryErrorMessage(false);
            assertTrue(problems.contains("maxRetries") && problems.contains("many"), problems);

            Map<String, String> parsed = catalog.endpointProperties("mws:Feeds/SubmitFeed?feedType=_POST_PRODUCT_DATA_");
            assertEquals("Feeds", parsed.get("section"));
            assertEquals("SubmitFeed", parsed.get("action"));
            assertEquals("_POST_PRODUCT_DATA_", parsed.get("feedType"));
            assertEquals("mws:Feeds/SubmitFeed?feedType=_POST_PRODUCT_DATA_", catalog.asEndpointUri("mws", parsed, false));
        }
    }

    @Test
    void theToolingCatalogTakesTheComponentFromTheJarsIndex() throws Exception {
        Properties index = new Properties();
        try (var in = MwsComponent.class.getResourceAsStream(
                "/META-INF/services/org/apache/camel/component.properties")) {
            assertNotNull(in);
            index.load(in);
        }
        CamelCatalog catalog = new DefaultCamelCatalog();
        for (String name : index.getProperty("components").split("\\s+")) {
            String json;
            try (var in = MwsComponent.class.getResourceAsStream(
                    "/META-INF/org/apache/camel/component/" + name + "/" + name + ".json")) {
                json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            catalog.addComponent(name, MwsComponent.class.getName(), json);
        }
        assertTrue(catalog.findComponentNames().contains("mws"));
        assertEquals("Amazon MWS", catalog.componentModel("mws").getTitle());
        assertTrue(catalog.componentModel("mws").getEndpointOptions().stream()
                .anyMatch(o -> "secretKey".equals(o.getName()) && o.isSecret()));
        EndpointValidationResult result = catalog.validateEndpointProperties(
                "mws:Reports/RequestReport?reportType=_GET_MERCHANT_LISTINGS_DATA_&awaitReport=yes");
        assertFalse(result.isSuccess(), "awaitReport is a boolean");
        assertTrue(result.summaryErrorMessage(false).contains("awaitReport"), result.summaryErrorMessage(false));
        assertEquals("mws:Orders/GetOrder?marketplace=DE",
                catalog.asEndpointUri("mws", Map.of("section", "Orders", "action", "GetOrder", "marketplace", "DE"),
                        false));
    }
}
