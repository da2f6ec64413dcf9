package org.apache.camel.component.mws.signing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAgentTest {

    @Test
    void defaultCarriesNameVersionLanguageAndPlatform() {
        String ua = UserAgent.of(null, null);
        String expected = "camel-mws/" + ComponentVersion.get() + " (Language=Java/" + System.getProperty("java.version")
                          + "; Platform=";
        assertTrue(ua.startsWith(expected), ua);
        assertTrue(ua.endsWith(")"), ua);
        assertFalse(ComponentVersion.get().equals("unknown"), "the version resource is filtered from the pom");
    }

    @Test
    void escapesPerSection4() {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("Language", "Java/17");
        attrs.put("Na=me", "v;a)l\\ue");
        String ua = UserAgent.build("My/App\\X", "1.0(beta)", attrs);
        assertEquals("My\\/App\\\\X/1.0\\(beta) (Language=Java/17; Na\\=me=v\\;a\\)l\\\\ue)", ua);
    }

    @Test
    void collapsesLineBreaksSoTheHeaderStaysOneLine() {
        String ua = UserAgent.build("My\r\nApp", "1\t0", Map.of("Language", "Java/17"));
        assertEquals("My App/1 0 (Language=Java/17)", ua);
    }

    @Test
    void languageIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> UserAgent.build("a", "1", Map.of("Platform", "x")));
    }

    @Test
    void neverLongerThan500AndNeverCutInsideAnEscape() {
        String name = "a/".repeat(400);
        String version = "(".repeat(300);
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("Language", "Java/17");
        attrs.put("Platform", "p".repeat(300));
        String ua = UserAgent.build(name, version, attrs);
        assertTrue(ua.length() <= UserAgent.MAX_LENGTH, "length " + ua.length());
        assertTrue(ua.contains("(Language=Java/17)"), ua);
        assertFalse(ua.contains("Platform"), "optional attributes are dropped first");
        // every backslash escapes the next character: no dangling escape at a cut
        String app = ua.substring(0, ua.indexOf(" (Language"));
        int i = 0;
        while (i < app.length()) {
            if (app.charAt(i) == '\\') {
                assertTrue(i + 1 < app.length() && "/(\\".indexOf(app.charAt(i + 1)) >= 0, "bad escape at " + i);
                i += 2;
            } else {
                i++;
            }
        }
    }

    @Test
    void shortAgentsAreLeftWhole() {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("Language", "Java/17.0.2");
        attrs.put("Platform", "Linux/amd64");
        assertEquals("camel-mws/1.0 (Language=Java/17.0.2; Platform=Linux/amd64)",
                UserAgent.build("camel-mws", "1.0", attrs));
    }
}
