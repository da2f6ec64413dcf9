package org.apache.camel.component.mws.signing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this component, filtered from the pom into a resource at build time.
 */
public final class ComponentVersion {

    private static final String RESOURCE = "/org/apache/camel/component/mws/mws-component.properties";
    private static final String VERSION = load();

    private ComponentVersion() {
    }

    /**
     * @return the component's version, or {@code unknown} when the resource is missing
     */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ComponentVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
