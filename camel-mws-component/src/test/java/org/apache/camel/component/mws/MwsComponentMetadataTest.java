package org.apache.camel.component.mws;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.camel.spi.UriParam;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated component JSON (what Camel tooling reads) lists every option and header, documented, with the
 * secret options flagged.
 */
class MwsComponentMetadataTest {

    private static JsonObject obj(JsonObject parent, String key) {
        return (JsonObject) parent.get(key);
    }

    private static JsonObject json() throws Exception {
        try (InputStream in = MwsComponent.class.getResourceAsStream(
                "/META-INF/org/apache/camel/component/mws/mws.json")) {
            assertNotNull(in, "mws.json is generated into the component jar");
            return (JsonObject) Jsoner.deserialize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void componentIdentity() throws Exception {
        JsonObject c = obj(json(), "component");
        assertEquals("mws", c.getString("scheme"));
        assertEquals("mws:section/action", c.getString("syntax"));
        assertEquals("Amazon MWS", c.getString("title"));
        assertEquals("cloud,api", c.getString("label"));
    }

    @Test
    void everyConfigurationOptionIsAnEndpointAndComponentOptionWithADescription() throws Exception {
        JsonObject properties = obj(json(), "properties");
        JsonObject componentProperties = obj(json(), "componentProperties");
        int options = 0;
        for (Field f : MwsConfiguration.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(UriParam.class)) {
                options++;
                assertTrue(properties.containsKey(f.getName()), "endpoint option " + f.getName());
                assertTrue(componentProperties.containsKey(f.getName()), "component option " + f.getName());
            }
        }
        long generated = properties.values().stream()
                .filter(v -> "configuration".equals(((JsonObject) v).getString("configurationField"))).count();
        assertEquals(options, generated, "options declared in MwsConfiguration, all in the generated metadata");
        for (String group : new String[] { "properties", "componentProperties" }) {
            JsonObject all = obj(json(), group);
            for (String name : all.keySet()) {
                String description = obj(all, name).getString("description");
                assertTrue(description != null && description.length() > 10, group + "." + name + " is documented");
            }
        }
        assertTrue(componentProperties.containsKey("maxConnections"));
        assertEquals("parameters.", obj(properties, "parameters").getString("prefix"));
        assertEquals(Boolean.TRUE, obj(properties, "parameters").get("multiValue"));
        assertEquals("10m", obj(properties, "maxThrottleWait").getString("defaultValue"));
        assertEquals("33554432", String.valueOf(obj(properties, "maxResponseSize").get("defaultValue")));
    }

    @Test
    void secretsAreFlagged() throws Exception {
        JsonObject properties = obj(json(), "properties");
        for (String secret : Set.of("secretKey", "mwsAuthToken")) {
            assertEquals(Boolean.TRUE, obj(properties, secret).get("secret"), secret);
            assertEquals("security", obj(properties, secret).getString("label"), secret);
            assertEquals(Boolean.TRUE, obj(json(), "componentProperties").getMap(secret).get("secret"), secret);
        }
        assertFalse(Boolean.TRUE.equals(obj(properties, "sellerId").get("secret")));
    }

    @Test
    void everyHeaderIsDocumented() throws Exception {
        JsonObject headers = obj(json(), "headers");
        for (Field f : MwsConstants.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String name = (String) f.get(null);
                assertTrue(headers.containsKey(name), name);
                assertTrue(obj(headers, name).getString("description").length() > 10, name);
                assertNotNull(obj(headers, name).getString("javaType"), name);
            }
        }
        long declared = java.util.Arrays.stream(MwsConstants.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).count();
        assertEquals(declared, headers.size(), "every header in the metadata is declared in MwsConstants");
    }
}
