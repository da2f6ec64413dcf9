package org.apache.camel.component.mws.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.component.mws.catalog.MwsCatalog;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The component page {@code src/main/docs/mws-component.adoc} agrees with the generated {@code mws.json}: every option
 * and header is documented, the tables between the markers are the ones {@link DocTables} renders from the JSON, and
 * every example URI names a real section, action and options.
 */
class MwsDocsTest {

    static final Path PAGE = Path.of("src/main/docs/mws-component.adoc");
    static final Path JSON = Path.of("src/generated/resources/META-INF/org/apache/camel/component/mws/mws.json");
    private static final Pattern URI = Pattern.compile("\"mws:([A-Za-z]+)/([A-Za-z]+)(\\?[^\"]*)?\"");
    private static final Pattern CONTINUED = Pattern.compile("\\+ \"([^\"]*)\"");

    @Test
    void everyOptionAndHeaderHasADescription() throws Exception {
        JsonObject json = DocTables.read(JSON);
        assertEquals(List.of(), DocTables.undocumented(json), "options and headers without a description: describe"
                                                              + " options in their setter's Javadoc, headers in the"
                                                              + " @Metadata of MwsConstants");
    }

    @Test
    void theTablesAreInSyncWithTheGeneratedJson() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        assertEquals(DocTables.render(page, DocTables.read(JSON)), page,
                "mws-component.adoc is out of sync with mws.json: run"
                                                                        + " mvn -o -q -pl camel-mws-component -am"
                                                                        + " process-test-classes");
        JsonObject json = DocTables.read(JSON);
        for (String group : new String[] { "componentProperties", "properties" }) {
            for (String option : ((JsonObject) json.get(group)).keySet()) {
                assertTrue(page.contains("| *" + option + "*"), option + " is in a table");
            }
        }
        for (String header : ((JsonObject) json.get("headers")).keySet()) {
            assertTrue(page.contains("| *" + header + "*"), header + " is in the headers table");
        }
    }

    @Test
    void aStaleOrEditedTableIsRewrittenAndMarkersAreRequired() throws Exception {
        JsonObject json = DocTables.read(JSON);
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String stale = page.replaceFirst("\\| \\*secretKey\\* \\(security\\) \\|[^\n]*\n", "")
                .replace("The Amazon MWS component supports", "The Amazon MWS component supported");
        assertTrue(stale.length() < page.length(), "a row was removed");
        assertEquals(page, DocTables.render(stale, json), "the tables come back from the JSON");
        String noMarkers = page.replace("// component headers: END", "");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> DocTables.render(noMarkers, json));
        assertTrue(e.getMessage().contains("// component headers: START"), e.getMessage());
    }

    @Test
    void theExamplesNameRealSectionsActionsAndOptions() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        JsonObject options = (JsonObject) DocTables.read(JSON).get("properties");
        MwsCatalog catalog = MwsCatalog.getDefault();
        List<String> problems = new ArrayList<>();
        int examples = 0;
        for (String line : joinContinuations(page)) {
            Matcher m = URI.matcher(line);
            while (m.find()) {
                examples++;
                try {
                    catalog.section(m.group(1)).action(m.group(2));
                } catch (IllegalArgumentException e) {
                    problems.add(m.group() + ": " + e.getMessage());
                }
                if (m.group(3) != null) {
                    for (String pair : m.group(3).substring(1).split("&")) {
                        String name = pair.substring(0, pair.indexOf('=') < 0 ? pair.length() : pair.indexOf('='));
                        if (!options.containsKey(name) && !name.startsWith("parameters.")) {
                            problems.add(m.group() + ": no option " + name);
                        }
                    }
                }
            }
        }
        assertTrue(examples >= 15, "the page has examples: " + examples);
        assertEquals(List.of(), problems);
    }

    /** Joins {@code "a" + "b"} continuations of Java string literals into one literal per statement. */
    private static List<String> joinContinuations(String page) {
        String joined = page.replaceAll("\"\\s*\\n\\s*\\+ \"", "");
        return List.of(joined.split("\n"));
    }
}
