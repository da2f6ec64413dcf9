package org.apache.camel.component.mws.signing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds the User-Agent MWS asks for (REFERENCE.md section 4):
 * {@code AppName/AppVersion (Language=Java/17.0.2; Platform=Linux/amd64)}, escaped with backslashes and never longer
 * than {@value #MAX_LENGTH} characters.
 */
public final class UserAgent {

    /** The longest User-Agent MWS accepts. */
    public static final int MAX_LENGTH = 500;
    /** The application name used when none is configured. */
    public static final String DEFAULT_APPLICATION_NAME = "camel-mws";

    private UserAgent() {
    }

    /**
     * @param  applicationName    the application name (null or blank: {@value #DEFAULT_APPLICATION_NAME})
     * @param  applicationVersion the application version (null or blank: the component's version)
     * @return                    the User-Agent with the Java version and the platform of this JVM
     */
    public static String of(String applicationName, String applicationVersion) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Language", "Java/" + System.getProperty("java.version"));
        attributes.put("Platform", System.getProperty("os.name") + "/" + System.getProperty("os.arch"));
        return build(isBlank(applicationName) ? DEFAULT_APPLICATION_NAME : applicationName,
                isBlank(applicationVersion) ? ComponentVersion.get() : applicationVersion, attributes);
    }

    /**
     * @param  applicationName    the application name
     * @param  applicationVersion the application version
     * @param  attributes         the attributes in order; {@code Language} must be among them
     * @return                    the escaped User-Agent; when too long, optional attributes are dropped first, then
     *                            the name and version are shortened (never inside an escape sequence)
     */
    public static String build(String applicationName, String applicationVersion, Map<String, String> attributes) {
        if (!attributes.containsKey("Language")) {
            throw new IllegalArgumentException("The MWS User-Agent needs a Language attribute");
        }
        String name = clean(applicationName);
        String version = clean(applicationVersion);
        Map<String, String> attrs = new LinkedHashMap<>();
        attributes.forEach((k, v) -> attrs.put(clean(k), clean(v)));
        String ua = format(name, version, attrs);
        if (ua.length() > MAX_LENGTH) {
            attrs.keySet().retainAll(Set.of("Language"));
            ua = format(name, version, attrs);
        }
        while (ua.length() > MAX_LENGTH) {
            int excess = ua.length() - MAX_LENGTH;
            if (name.length() >= version.length()) {
                name = name.substring(0, Math.max(1, name.length() - excess));
            } else {
                version = version.substring(0, Math.max(1, version.length() - excess));
            }
            if (name.length() == 1 && version.length() == 1) {
                attrs.put("Language", attrs.get("Language").substring(0, Math.min(attrs.get("Language").length(), 40)));
            }
            ua = format(name, version, attrs);
        }
        return ua;
    }

    private static String format(String name, String version, Map<String, String> attrs) {
        StringBuilder ua = new StringBuilder(128);
        ua.append(escape(name, "\\/")).append('/').append(escape(version, "\\(")).append(" (");
        boolean first = true;
        for (Map.Entry<String, String> e : attrs.entrySet()) {
            if (!first) {
                ua.append("; ");
            }
            first = false;
            ua.append(escape(e.getKey(), "\\=")).append('=').append(escape(e.getValue(), "\\;)"));
        }
        return ua.append(')').toString();
    }

    /** Collapses whitespace (control characters included) so that the header stays on one line. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\p{Cntrl}]+", " ").trim();
    }

    private static String escape(String s, String special) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (special.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
