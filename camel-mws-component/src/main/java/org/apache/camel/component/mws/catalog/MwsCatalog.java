package org.apache.camel.component.mws.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the component knows of MWS: its sections and their actions, the published quota and paging of the operations,
 * the marketplaces and their hosts. Built once from tables bundled with the component (copies of the protocol
 * reference's CSV files plus {@code actions.csv}); immutable and thread-safe.
 */
public final class MwsCatalog {

    private static final String BASE = "/org/apache/camel/component/mws/catalog/";
    private static final Pattern MARKETPLACE_ID = Pattern.compile("[A-Z0-9]{8,20}");
    /** Codes people use that differ from Amazon's. */
    private static final Map<String, String> CODE_ALIASES = Map.of("GB", "UK");

    private static final class Holder {
        static final MwsCatalog DEFAULT = load();
    }

    private final Map<String, Section> sections;
    private final Map<String, Marketplace> marketplacesByCode;
    private final Map<String, Marketplace> marketplacesById;

    private MwsCatalog(Map<String, Section> sections, List<Marketplace> marketplaces) {
        this.sections = Collections.unmodifiableMap(sections);
        Map<String, Marketplace> byCode = new LinkedHashMap<>();
        Map<String, Marketplace> byId = new HashMap<>();
        for (Marketplace m : marketplaces) {
            byCode.put(m.code(), m);
            byId.put(m.marketplaceId(), m);
        }
        this.marketplacesByCode = Collections.unmodifiableMap(byCode);
        this.marketplacesById = Collections.unmodifiableMap(byId);
    }

    /**
     * @return the catalog built from the component's bundled tables (loaded once)
     */
    public static MwsCatalog getDefault() {
        return Holder.DEFAULT;
    }

    static MwsCatalog load() {
        Map<String, Map<String, MarketplaceParameter>> actionsBySection = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTable.read(BASE + "actions.csv")) {
            actionsBySection.computeIfAbsent(row.get("section"), s -> new LinkedHashMap<>())
                    .put(row.get("action"), MarketplaceParameter.parse(row.get("marketplace_parameter")));
        }
        List<Map<String, String>> operationRows = CsvTable.read(BASE + "operations.csv");
        Map<String, Section> sections = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTable.read(BASE + "sections.csv")) {
            String name = row.get("section");
            Map<String, MarketplaceParameter> actionRows = actionsBySection.remove(name);
            if (actionRows == null) {
                throw new IllegalStateException("actions.csv lists no action for section " + name);
            }
            Map<String, Action> actions = new LinkedHashMap<>();
            actionRows.forEach((action, mp) -> actions.put(action,
                    new Action(name, action, mp, operation(operationRows, name, action))));
            sections.put(name, new Section(name, row.get("path"), row.get("version"), row.get("namespace"),
                    row.get("seller_param"), "yes".equalsIgnoreCase(row.get("quota_headers")), actions));
        }
        if (!actionsBySection.isEmpty()) {
            throw new IllegalStateException("actions.csv names sections missing from sections.csv: "
                                            + actionsBySection.keySet());
        }
        for (Map<String, String> row : operationRows) {
            String section = row.get("section");
            if (!"*".equals(section)
                    && (!sections.containsKey(section) || !sections.get(section).actions().containsKey(row.get("action")))) {
                throw new IllegalStateException("operations.csv names " + section + "/" + row.get("action")
                                                + ", which actions.csv does not list");
            }
        }
        List<Marketplace> marketplaces = new ArrayList<>();
        for (Map<String, String> row : CsvTable.read(BASE + "marketplaces.csv")) {
            marketplaces.add(new Marketplace(row.get("code"), row.get("marketplace_id"), row.get("host"),
                    row.get("region")));
        }
        return new MwsCatalog(sections, marketplaces);
    }

    private static Operation operation(List<Map<String, String>> rows, String section, String action) {
        for (Map<String, String> row : rows) {
            boolean anySection = "*".equals(row.get("section"));
            if ((anySection || section.equals(row.get("section"))) && action.equals(row.get("action"))) {
                String twin = row.get("next_token_action");
                return new Operation(section, action, row.get("bucket").replace("<section>", section),
                        Integer.parseInt(row.get("max_quota")), Double.parseDouble(row.get("restore")),
                        Duration.ofSeconds(Long.parseLong(row.get("restore_period_s"))),
                        "item".equals(row.get("unit")),
                        row.get("hourly").isEmpty() ? 0 : Integer.parseInt(row.get("hourly")),
                        PagingStyle.fromColumn(row.get("paging")), twin.isEmpty() ? null : twin);
            }
        }
        return null;
    }

    /**
     * @return every section by canonical name, in the catalog's order
     */
    public Map<String, Section> sections() {
        return sections;
    }

    /**
     * @param  name a section name, any letter case
     * @return      the section of that name
     */
    public Optional<Section> findSection(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim();
        Section exact = sections.get(wanted);
        if (exact != null) {
            return Optional.of(exact);
        }
        return sections.values().stream().filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * @param  name                     a section name, any letter case
     * @return                          the section of that name
     * @throws IllegalArgumentException naming the valid sections when there is none of that name
     */
    public Section section(String name) {
        return findSection(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown MWS section '" + name + "'. Valid sections: " + String.join(", ", sections.keySet())));
    }

    /**
     * @param  section                  a section name, any letter case
     * @param  action                   an action name, any letter case
     * @return                          the action
     * @throws IllegalArgumentException naming the valid sections or actions when either is unknown
     */
    public Action action(String section, String action) {
        return section(section).action(action);
    }

    /**
     * @param  section a section name, any letter case
     * @param  action  an action name, any letter case
     * @return         the published quota and paging of the operation, if Amazon published them
     */
    public Optional<Operation> operation(String section, String action) {
        return findSection(section).flatMap(s -> s.findAction(action)).map(Action::operation);
    }

    /**
     * @return the known marketplaces by code
     */
    public Map<String, Marketplace> marketplaces() {
        return marketplacesByCode;
    }

    /**
     * @param  codeOrId a marketplace code ({@code US}, {@code de}) or MarketplaceId
     * @return          the marketplace, if known
     */
    public Optional<Marketplace> findMarketplace(String codeOrId) {
        if (codeOrId == null) {
            return Optional.empty();
        }
        String key = codeOrId.trim().toUpperCase(Locale.ROOT);
        key = CODE_ALIASES.getOrDefault(key, key);
        Marketplace m = marketplacesByCode.get(key);
        return Optional.ofNullable(m != null ? m : marketplacesById.get(key));
    }

    /**
     * Resolves an endpoint's {@code marketplace} option.
     *
     * @param  option                   marketplace codes and/or MarketplaceIds, comma separated (null or blank: none)
     * @return                          the MarketplaceIds and the one host that serves the known ones
     * @throws IllegalArgumentException for a value that is neither a known code nor shaped like a MarketplaceId, and
     *                                  for marketplaces served by different hosts
     */
    public MarketplaceSelection selectMarketplaces(String option) {
        if (option == null || option.isBlank()) {
            return MarketplaceSelection.NONE;
        }
        Set<String> ids = new LinkedHashSet<>();
        Map<String, List<String>> codesByHost = new LinkedHashMap<>();
        for (String token : option.split(",")) {
            String value = token.trim();
            if (value.isEmpty()) {
                continue;
            }
            Optional<Marketplace> known = findMarketplace(value);
            if (known.isPresent()) {
                ids.add(known.get().marketplaceId());
                codesByHost.computeIfAbsent(known.get().host(), h -> new ArrayList<>()).add(known.get().code());
            } else if (MARKETPLACE_ID.matcher(value).matches()) {
                ids.add(value);
            } else {
                throw new IllegalArgumentException("Unknown marketplace '" + value
                                                   + "': use a MarketplaceId or one of the codes "
                                                   + String.join(", ", marketplacesByCode.keySet()));
            }
        }
        if (codesByHost.size() > 1) {
            String detail = codesByHost.entrySet().stream()
                    .map(e -> String.join(", ", e.getValue()) + " on " + e.getKey())
                    .collect(Collectors.joining("; "));
            throw new IllegalArgumentException("The marketplaces '" + option + "' are served by different MWS hosts ("
                                               + detail
                                               + "). One endpoint talks to one host: use one endpoint per host.");
        }
        String host = codesByHost.isEmpty() ? null : codesByHost.keySet().iterator().next();
        return new MarketplaceSelection(new ArrayList<>(ids), host);
    }
}
