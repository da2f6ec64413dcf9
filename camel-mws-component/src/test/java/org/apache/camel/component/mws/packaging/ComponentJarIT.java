package org.apache.camel.component.mws.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens the component jar the build produced and checks that it carries what Camel and its tooling (catalog, CLI, IDE
 * plugins) read from a component jar: the component factory, the component JSON, the component index, the generated
 * configurers, URI factory and dev console, every one naming a class inside the jar; and nothing of the tests or the
 * simulator.
 */
class ComponentJarIT {

    static Path jar() {
        String path = System.getProperty("mws.component.jar");
        assertNotNull(path, "the build passes the jar's path in mws.component.jar");
        Path jar = Path.of(path);
        assertTrue(Files.isRegularFile(jar), jar + " was built");
        return jar;
    }

    private static String text(JarFile jar, String entry) throws IOException {
        JarEntry e = jar.getJarEntry(entry);
        assertNotNull(e, "the jar carries " + entry);
        try (InputStream in = jar.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties properties(JarFile jar, String entry) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text(jar, entry)));
        return p;
    }

    private static void assertClassInJar(JarFile jar, String className) {
        assertNotNull(jar.getJarEntry(className.replace('.', '/') + ".class"), className + " is in the jar");
    }

    @Test
    void theJarCarriesTheGeneratedMetadata() throws Exception {
        try (JarFile jar = new JarFile(jar().toFile())) {
            Properties factory = properties(jar, "META-INF/services/org/apache/camel/component/mws");
            assertEquals("org.apache.camel.component.mws.MwsComponent", factory.getProperty("class"));
            assertClassInJar(jar, factory.getProperty("class"));

            Properties index = properties(jar, "META-INF/services/org/apache/camel/component.properties");
            assertEquals("mws", index.getProperty("components"));
            assertEquals("org.apache.camel.mws", index.getProperty("groupId"));
            assertEquals("camel-mws-component", index.getProperty("artifactId"));
            assertNotNull(index.getProperty("version"));

            JsonObject json = (JsonObject) Jsoner.deserialize(text(jar, "META-INF/org/apache/camel/component/mws/mws.json"));
            JsonObject component = (JsonObject) json.get("component");
            assertEquals("mws", component.getString("scheme"));
            assertEquals("mws:section/action", component.getString("syntax"));
            assertEquals("org.apache.camel.component.mws.MwsComponent", component.getString("javaType"));
            assertEquals(index.getProperty("version"), component.getString("version"));
            assertEquals(Files.readString(Path.of(
                    "src/generated/resources/META-INF/org/apache/camel/component/mws/mws.json")),
                    text(jar, "META-INF/org/apache/camel/component/mws/mws.json"),
                    "the jar carries the committed JSON");
            List<String> undocumented = new ArrayList<>();
            for (String group : new String[] { "componentProperties", "properties", "headers" }) {
                JsonObject all = (JsonObject) json.get(group);
                assertFalse(all.isEmpty(), group);
                all.forEach((name, o) -> {
                    String d = ((JsonObject) o).getString("description");
                    if (d == null || d.isBlank()) {
                        undocumented.add(group + "." + name);
                    }
                });
            }
            assertEquals(List.of(), undocumented);

            for (String[] service : new String[][] {
                    { "configurer/mws-component", "org.apache.camel.component.mws.MwsComponentConfigurer" },
                    { "configurer/mws-endpoint", "org.apache.camel.component.mws.MwsEndpointConfigurer" },
                    { "urifactory/mws-endpoint", "org.apache.camel.component.mws.MwsEndpointUriFactory" },
                    { "dev-console/mws", "org.apache.camel.component.mws.monitor.MwsDevConsole" } }) {
                Properties p = properties(jar, "META-INF/services/org/apache/camel/" + service[0]);
                assertEquals(service[1], p.getProperty("class"), service[0]);
                assertClassInJar(jar, service[1]);
            }

            List<String> strays = jar.stream().map(JarEntry::getName)
                    .filter(n -> n.contains("/simulator/") || n.endsWith("Test.class") || n.endsWith("IT.class")
                                 || n.contains("/support/") || n.startsWith("logback"))
                    .toList();
            assertEquals(List.of(), strays, "no test classes or simulator in the component jar");
            assertNotNull(jar.getManifest(), "a manifest");
        }
    }
}
