package org.apache.camel.component.mws.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * Writes the option and header tables of {@code src/main/docs/mws-component.adoc} from the generated
 * {@code mws.json}, between the marker comments Apache Camel's component pages use:
 * {@code // component options: START/END}, {@code // endpoint options: START/END} and
 * {@code // component headers: START/END}. Everything outside the markers is left as written.
 * <p>
 * The component build runs it (exec-maven-plugin, phase {@code process-test-classes}, after
 * camel-component-maven-plugin regenerated {@code mws.json}); {@code MwsDocsTest} fails when the page and the JSON
 * disagree or an option or header has no description.
 *
 * <pre>
 * java ... DocTables src/main/docs/mws-component.adoc src/generated/resources/.../mws.json [--check]
 * </pre>
 */
public final class DocTables {

    static final String COMPONENT_OPTIONS = "component options";
    static final String ENDPOINT_OPTIONS = "endpoint options";
    static final String HEADERS = "component headers";
    private static final String TABLE_HEAD = "[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n"
                                             + "| Name | Description | Default | Type\n";

    private DocTables() {
    }

    /**
     * @param args the adoc page, the component JSON, and optionally {@code --check} (fail instead of writing)
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: DocTables <component.adoc> <component.json> [--check]");
        }
        Path adoc = Path.of(args[0]);
        Path json = Path.of(args[1]);
        boolean check = args.length > 2 && "--check".equals(args[2]);
        String page = Files.readString(adoc, StandardCharsets.UTF_8);
        String updated = render(page, read(json));
        if (updated.equals(page)) {
            return; // in sync: say nothing, the build runs this every time
        }
        if (check) {
            throw new IllegalStateException(adoc + " is out of sync with " + json + ": run the component build");
        }
        Files.writeString(adoc, updated, StandardCharsets.UTF_8);
        System.out.println(adoc.getFileName() + ": option and header tables updated from " + json.getFileName());
    }

    /**
     * @return the component JSON
     */
    public static JsonObject read(Path json) throws IOException {
        try {
            return (JsonObject) Jsoner.deserialize(Files.readString(json, StandardCharsets.UTF_8));
        } catch (DeserializationException e) {
            throw new IOException(json + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * @param  page                  the adoc page
     * @param  json                  the component JSON
     * @return                       the page with the tables between the markers regenerated
     * @throws IllegalStateException when a marker is missing
     */
    public static String render(String page, JsonObject json) {
        String out = replace(page, COMPONENT_OPTIONS, componentOptions(json));
        out = replace(out, ENDPOINT_OPTIONS, endpointOptions(json));
        return replace(out, HEADERS, headers(json));
    }

    /**
     * @return the options and headers whose description is missing or too short to say anything, as
     *         {@code group.name}
     */
    public static List<String> undocumented(JsonObject json) {
        List<String> missing = new ArrayList<>();
        for (String group : new String[] { "componentProperties", "properties", "headers" }) {
            for (Map.Entry<String, Object> e : ((JsonObject) json.get(group)).entrySet()) {
                String description = ((JsonObject) e.getValue()).getString("description");
                if (description == null || description.isBlank() || description.trim().length() < 10) {
                    missing.add(group + "." + e.getKey());
                }
            }
        }
        return missing;
    }

    static String componentOptions(JsonObject json) {
        JsonObject options = (JsonObject) json.get("componentProperties");
        StringBuilder sb = new StringBuilder();
        sb.append("The ").append(title(json)).append(" component supports ").append(options.size())
                .append(" options, which are listed below.\n\n");
        table(sb, options, true);
        return sb.toString();
    }

    static String endpointOptions(JsonObject json) {
        JsonObject all = (JsonObject) json.get("properties");
        JsonObject path = new JsonObject();
        JsonObject query = new JsonObject();
        for (Map.Entry<String, Object> e : all.entrySet()) {
            boolean isPath = "path".equals(((JsonObject) e.getValue()).getString("kind"));
            (isPath ? path : query).put(e.getKey(), e.getValue());
        }
        StringBuilder sb = new StringBuilder();
        sb.append("The ").append(title(json)).append(" endpoint is configured using URI syntax:\n\n----\n")
                .append(((JsonObject) json.get("component")).getString("syntax"))
                .append("\n----\n\nwith the following path and query parameters:\n\n");
        sb.append("=== Path Parameters (").append(path.size()).append(" parameters)\n\n");
        table(sb, path, false);
        sb.append("\n=== Query Parameters (").append(query.size()).append(" parameters)\n\n");
        table(sb, query, true);
        return sb.toString();
    }

    static String headers(JsonObject json) {
        JsonObject headers = (JsonObject) json.get("headers");
        StringBuilder sb = new StringBuilder();
        sb.append("=== Message Headers\n\nThe ").append(title(json)).append(" component supports ")
                .append(headers.size()).append(" message headers, which are listed below.\n\n");
        sb.append("[width=\"100%\",cols=\"2,1,1,5\",options=\"header\"]\n|===\n| Name | Group | Type | Description\n");
        for (Map.Entry<String, Object> e : headers.entrySet()) {
            JsonObject h = (JsonObject) e.getValue();
            String constant = h.getString("constantName");
            sb.append("| *").append(e.getKey()).append("*");
            if (constant != null) {
                sb.append(" +\n`").append(constant.substring(constant.lastIndexOf('.') + 1)).append('`');
            }
            sb.append(" | ").append(escape(orEmpty(h.getString("group")))).append(" | `")
                    .append(shortType(h.getString("javaType"))).append("` | ").append(escape(h.getString("description")))
                    .append('\n');
        }
        sb.append("|===\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, JsonObject options, boolean showGroup) {
        sb.append(TABLE_HEAD);
        for (Map.Entry<String, Object> e : options.entrySet()) {
            JsonObject o = (JsonObject) e.getValue();
            sb.append("| *").append(e.getKey()).append('*');
            if (showGroup && o.getString("group") != null) {
                sb.append(" (").append(o.getString("group")).append(')');
            }
            sb.append(" | ");
            StringBuilder description = new StringBuilder();
            if (Boolean.TRUE.equals(o.get("required"))) {
                description.append("*Required* ");
            }
            description.append(orEmpty(o.getString("description")).trim());
            JsonArray values = (JsonArray) o.get("enum");
            if (values != null && !values.isEmpty()) {
                description.append(" One of: ");
                for (int i = 0; i < values.size(); i++) {
                    description.append(i > 0 ? ", " : "").append(values.get(i));
                }
                description.append('.');
            }
            if (Boolean.TRUE.equals(o.get("secret"))) {
                description.append(" (secret)");
            }
            sb.append(escape(description.toString())).append(" | ");
            Object def = o.get("defaultValue");
            sb.append(def == null ? "" : escape(String.valueOf(def))).append(" | ").append(type(o)).append('\n');
        }
        sb.append("|===\n");
    }

    /** Durations are long milliseconds in Java but written 10s, 5m, 1h: say so. */
    private static String type(JsonObject o) {
        return "duration".equals(o.getString("type")) ? "Duration" : shortType(o.getString("javaType"));
    }

    static String shortType(String javaType) {
        if (javaType == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (char c : javaType.toCharArray()) {
            if (Character.isJavaIdentifierPart(c) || c == '.') {
                word.append(c);
            } else {
                sb.append(simple(word)).append(c);
                word.setLength(0);
            }
        }
        return sb.append(simple(word)).toString();
    }

    private static String simple(StringBuilder qualified) {
        String s = qualified.toString();
        return s.substring(s.lastIndexOf('.') + 1);
    }

    private static String title(JsonObject json) {
        return ((JsonObject) json.get("component")).getString("title");
    }

    /** Table cells: a bar ends the cell, and braces could start an attribute reference. */
    static String escape(String text) {
        return text.replace("|", "\\|").replace("{", "\\{").replace("\n", " ");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String replace(String page, String marker, String content) {
        String start = "// " + marker + ": START";
        String end = "// " + marker + ": END";
        int s = page.indexOf(start);
        int e = page.indexOf(end);
        if (s < 0 || e < s) {
            throw new IllegalStateException("The page has no '" + start + "' ... '" + end + "' markers");
        }
        int from = page.indexOf('\n', s) + 1;
        return page.substring(0, from) + content + page.substring(e);
    }
}
