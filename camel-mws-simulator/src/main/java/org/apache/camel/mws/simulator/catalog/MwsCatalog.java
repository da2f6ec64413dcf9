package org.apache.camel.mws.simulator.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The published MWS tables (sections, operations, marketplaces), read from the simulator's own copies of the
 * CSV files. The simulator keeps its own copies on purpose: it must not share code or data with the client
 * component, so that a mistake on one side is caught by the other.
 */
public final class MwsCatalog {

    private static final String WILDCARD_SECTION = "*";
    private static final MwsCatalog STANDARD = load();

    private final Map<String, Section> sectionsByName;
    private final Map<String, Section> sectionsByPath;
    private final Map<String, Operation> operations;
    private final List<Marketplace> marketplaces;

    private MwsCatalog(List<Section> sections, List<String[]> operationRows, List<Marketplace> marketplaces) {
        Map<String, Section> byName = new LinkedHashMap<>();
        Map<String, Section> byPath = new LinkedHashMap<>();
        for (Section s : sections) {
            byName.put(s.name(), s);
            byPath.put(s.path(), s);
        }
        Map<String, Operation> ops = new LinkedHashMap<>();
        for (String[] r : operationRows) {
            if (WILDCARD_SECTION.equals(r[0])) {
                for (Section s : sections) {
                    ops.put(key(s.name(), r[1]), operation(s.name(), r));
                }
            } else {
                ops.put(key(r[0], r[1]), operation(r[0], r));
            }
        }
        this.sectionsByName = Collections.unmodifiableMap(byName);
        this.sectionsByPath = Collections.unmodifiableMap(byPath);
        this.operations = Collections.unmodifiableMap(ops);
        this.marketplaces = List.copyOf(marketplaces);
    }

    /** The catalog of the tables shipped with the simulator. */
    public static MwsCatalog standard() {
        return STANDARD;
    }

    public List<Section> sections() {
        return List.copyOf(sectionsByName.values());
    }

    public Optional<Section> section(String name) {
        return Optional.ofNullable(sectionsByName.get(name));
    }

    /** The section served at {@code path} (exact path of sections.csv, a trailing slash tolerated). */
    public Optional<Section> sectionAtPath(String path) {
        Section s = sectionsByPath.get(path);
        if (s == null && path.length() > 1 && path.endsWith("/")) {
            s = sectionsByPath.get(path.substring(0, path.length() - 1));
        }
        return Optional.ofNullable(s);
    }

    /** The listed operation, if operations.csv names it. */
    public Optional<Operation> operation(String section, String action) {
        return Optional.ofNullable(operations.get(key(section, action)));
    }

    /** The listed operation, or the generous default bucket for an unlisted one. */
    public Operation operationOrDefault(String section, String action) {
        Operation op = operations.get(key(section, action));
        return op != null ? op : Operation.unlisted(section, action);
    }

    /** Every listed operation of a section. */
    public List<Operation> operationsOf(String section) {
        List<Operation> result = new ArrayList<>();
        for (Operation op : operations.values()) {
            if (op.section().equals(section)) {
                result.add(op);
            }
        }
        return result;
    }

    public List<Marketplace> marketplaces() {
        return marketplaces;
    }

    public Optional<Marketplace> marketplaceByCode(String code) {
        return marketplaces.stream().filter(m -> m.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<Marketplace> marketplaceById(String marketplaceId) {
        return marketplaces.stream().filter(m -> m.marketplaceId().equals(marketplaceId)).findFirst();
    }

    private static String key(String section, String action) {
        return section + '\u0000' + action;
    }

    private static Operation operation(String section, String[] r) {
        String bucket = r[2].replace("<section>", section);
        return new Operation(section, r[1], bucket, Integer.parseInt(r[3]), Integer.parseInt(r[4]),
                Duration.ofSeconds(Long.parseLong(r[5])), "item".equals(r[6].toLowerCase(Locale.ROOT)),
                r[7].isEmpty() ? 0 : Integer.parseInt(r[7]), r[8], r.length > 9 ? r[9] : "");
    }

    private static MwsCatalog load() {
        List<Section> sections = new ArrayList<>();
        for (String[] r : rows("sections.csv", 6)) {
            sections.add(new Section(r[0], r[1], r[2], r[3], r[4], "yes".equalsIgnoreCase(r[5])));
        }
        List<Marketplace> markets = new ArrayList<>();
        for (String[] r : rows("marketplaces.csv", 4)) {
            markets.add(new Marketplace(r[0], r[1], r[2], r[3]));
        }
        return new MwsCatalog(sections, rows("operations.csv", 10), markets);
    }

    /** Rows of a resource CSV without comments and header; the tables hold no quoted fields. */
    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = MwsCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing catalog resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line; (line = reader.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length < columns) {
                    throw new IllegalStateException("Malformed row in " + resource + ": " + line);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalog resource " + resource, e);
        }
    }
}
