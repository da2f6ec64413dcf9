package org.apache.camel.mws.examples.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.apache.camel.component.mws.catalog.MwsCatalog;
import org.apache.camel.component.mws.consumer.InitialStart;

/**
 * The application's settings, read from the {@code examples.*} properties ({@code application.properties}, JVM
 * system properties, or environment variables such as {@code EXAMPLES_DB_URL}) and checked all at once: every
 * missing or wrong setting becomes one line of a {@link SettingsException} saying which property and how to fix it.
 */
public record ExampleSettings(Path workDir, Simulator simulator, Mws mws, Database database, Jms jms, Orders orders,
        Reports reports, Feeds feeds) {

    /** Where the properties of this application start. */
    public static final String PREFIX = "examples.";

    /**
     * The in-process MWS simulator.
     *
     * @param enabled          whether the application talks to it instead of real MWS
     * @param sellers          how many sellers it simulates (homes US, DE, JP in turn)
     * @param timeScale        how many times faster than MWS time it runs
     * @param ordersPerSeller  orders each seller has before the application starts
     * @param newOrdersPerHour orders arriving per seller and MWS hour
     * @param seed             the seed of its data (same seed, same sellers and orders)
     * @param port             its HTTP port on 127.0.0.1 (0: any free port)
     */
    public record Simulator(boolean enabled, int sellers, double timeScale, int ordersPerSeller,
            int newOrdersPerHour, long seed, int port) {
    }

    /**
     * Real MWS: the developer account and the sellers it acts for.
     *
     * @param accessKeyId the developer's access key id
     * @param secretKey   the developer's secret key
     * @param sellers     the sellers
     * @param endpoint    a base URL replacing the host chosen from each seller's marketplace (null: MWS's)
     */
    public record Mws(String accessKeyId, String secretKey, List<SellerSettings> sellers, String endpoint,
            double timeScale) {

        @Override
        public String toString() {
            return "Mws[accessKeyId=" + accessKeyId + ", secretKey=***, sellers=" + sellers + ", endpoint=" + endpoint
                   + ", timeScale=" + timeScale + "]";
        }
    }

    /**
     * The database orders are written to.
     *
     * @param url         the JDBC URL (H2 or PostgreSQL)
     * @param user        the user
     * @param password    the password
     * @param maxPoolSize the most connections of the pool
     */
    public record Database(String url, String user, String password, int maxPoolSize) {

        @Override
        public String toString() {
            return "Database[url=" + url + ", user=" + user + ", password=***, maxPoolSize=" + maxPoolSize + "]";
        }
    }

    /**
     * The JMS broker.
     *
     * @param brokerUrl an external ActiveMQ broker's URL, or null for the embedded broker
     * @param user      the user of the external broker
     * @param password  its password
     */
    public record Jms(String brokerUrl, String user, String password) {

        public boolean embedded() {
            return brokerUrl == null;
        }

        @Override
        public String toString() {
            return "Jms[brokerUrl=" + (brokerUrl == null ? "embedded" : brokerUrl) + ", user=" + user + "]";
        }
    }

    /**
     * Order sync.
     *
     * @param enabled      whether orders are synced
     * @param pollInterval how often each seller's orders are polled
     * @param initialStart how far back the first sync reaches (an ISO instant or duration)
     */
    public record Orders(boolean enabled, Duration pollInterval, String initialStart) {
    }

    /**
     * Reports.
     *
     * @param enabled      whether reports are fetched
     * @param directory    where report files are written
     * @param pollInterval how often each seller's report list is polled
     */
    public record Reports(boolean enabled, Path directory, Duration pollInterval) {
    }

    /**
     * Feeds.
     *
     * @param enabled        whether inventory updates are read from the queue
     * @param samples        whether a route puts sample inventory updates on the queue (simulator only)
     * @param sampleInterval how often it does
     * @param pollInterval   how often a submitted feed's status is asked for
     */
    public record Feeds(boolean enabled, boolean samples, Duration sampleInterval, Duration pollInterval) {
    }

    /**
     * Reads and checks the settings.
     *
     * @param  properties        looks a property up by its full name
     * @throws SettingsException listing every missing or wrong setting
     */
    public static ExampleSettings read(Function<String, Optional<String>> properties) {
        Reader r = new Reader(properties);
        Path workDir = Path.of(r.text("work-dir", "target")).toAbsolutePath().normalize();

        Simulator simulator = new Simulator(r.bool("simulator.enabled", true),
                r.integer("simulator.sellers", 3, 1, 50), r.decimal("simulator.time-scale", 60.0, 1.0, 100_000.0),
                r.integer("simulator.orders-per-seller", 200, 0, 1_000_000),
                r.integer("simulator.new-orders-per-hour", 60, 0, 100_000),
                r.integer("simulator.seed", 42, Integer.MIN_VALUE, Integer.MAX_VALUE),
                r.integer("simulator.port", 0, 0, 65535));

        Mws mws = null;
        if (!simulator.enabled()) {
            String hint = " (or set examples.simulator.enabled=true to use the built-in simulator)";
            String accessKeyId = r.required("mws.access-key-id",
                    "set it (or the environment variable MWS_ACCESS_KEY_ID) to your MWS developer access key id" + hint);
            String secretKey = r.required("mws.secret-key",
                    "set it (or the environment variable MWS_SECRET_KEY) to your MWS developer secret key" + hint);
            String sellersText = r.required("mws.sellers",
                    "set it (or MWS_SELLERS) to SELLERID:MARKETPLACE[:MWSAUTHTOKEN], comma separated, e.g."
                                                     + " A1EXAMPLE:US,A2EXAMPLE:DE+FR:amzn.mws.123" + hint);
            List<SellerSettings> sellers = sellersText == null ? List.of() : r.sellers("mws.sellers", sellersText);
            mws = new Mws(accessKeyId, secretKey, sellers, r.optional("mws.endpoint"),
                    r.decimal("mws.time-scale", 1.0, 1.0, 100_000.0));
        }

        Database database = new Database(h2FileUrlMadeAbsolute(r.required("db.url",
                "set it to a JDBC URL, e.g. jdbc:h2:file:./target/mws-examples or"
                                                               + " jdbc:postgresql://localhost:5432/mws")),
                r.text("db.user", ""), r.text("db.password", ""), r.integer("db.max-pool-size", 5, 1, 100));
        if (database.url() != null && !database.url().startsWith("jdbc:h2:")
                && !database.url().startsWith("jdbc:postgresql:")) {
            r.problem("db.url", "'" + database.url() + "' is neither an H2 nor a PostgreSQL JDBC URL: use"
                                + " jdbc:h2:... or jdbc:postgresql://host:port/database");
        }

        String brokerUrl = r.optional("jms.broker-url");
        Jms jms = new Jms(brokerUrl, r.optional("jms.user"), r.optional("jms.password"));

        Orders orders = new Orders(r.bool("orders.enabled", true), r.duration("orders.poll-interval", Duration.ofMinutes(1)),
                r.text("orders.initial-start", "P30D"));
        try {
            InitialStart.parse(orders.initialStart());   // what the ListOrders consumer will make of it
        } catch (IllegalArgumentException e) {
            r.problem("orders.initial-start", "'" + orders.initialStart() + "' is neither a duration back from now"
                                              + " (P30D, 7d, 6h30m) nor an instant (2024-01-01T00:00:00Z)");
        }
        Reports reports = new Reports(r.bool("reports.enabled", true), Path.of(r.text("reports.directory", workDir.resolve("reports").toString()))
                .toAbsolutePath().normalize(),
                r.duration("reports.poll-interval", Duration.ofMinutes(1)));
        Feeds feeds = new Feeds(r.bool("feeds.enabled", true), r.bool("feeds.samples", true), r.duration("feeds.sample-interval",
                Duration.ofSeconds(30)), r.duration("feeds.poll-interval", Duration.ofSeconds(20)));
        if (feeds.enabled() && feeds.samples() && !simulator.enabled()) {
            r.problem("feeds.samples", "true would send made-up inventory updates to real MWS: set"
                                       + " examples.feeds.samples=false when examples.simulator.enabled=false");
        }
        r.throwIfProblems();
        return new ExampleSettings(workDir, simulator, mws, database, jms, orders, reports, feeds);
    }

    /** Reads typed values and collects the problems instead of failing at the first. */
    private static final class Reader {

        private final Function<String, Optional<String>> properties;
        private final List<String> problems = new ArrayList<>();

        Reader(Function<String, Optional<String>> properties) {
            this.properties = properties;
        }

        void problem(String key, String fix) {
            problems.add(PREFIX + key + ": " + fix);
        }

        void throwIfProblems() {
            if (!problems.isEmpty()) {
                throw new SettingsException(problems);
            }
        }

        String optional(String key) {
            return properties.apply(PREFIX + key).map(String::trim).filter(v -> !v.isEmpty()).orElse(null);
        }

        String text(String key, String defaultValue) {
            String v = optional(key);
            return v == null ? defaultValue : v;
        }

        String required(String key, String howToSet) {
            String v = optional(key);
            if (v == null) {
                problems.add(PREFIX + key + " is missing: " + howToSet);
            }
            return v;
        }

        boolean bool(String key, boolean defaultValue) {
            String v = optional(key);
            if (v == null) {
                return defaultValue;
            }
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(v);
            }
            problem(key, "'" + v + "' is not a boolean: use true or false");
            return defaultValue;
        }

        int integer(String key, int defaultValue, int min, int max) {
            String v = optional(key);
            if (v == null) {
                return defaultValue;
            }
            try {
                int i = Integer.parseInt(v.replace("_", ""));
                if (i >= min && i <= max) {
                    return i;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(key, "'" + v + "' is not a whole number from " + min + " to " + max);
            return defaultValue;
        }

        double decimal(String key, double defaultValue, double min, double max) {
            String v = optional(key);
            if (v == null) {
                return defaultValue;
            }
            try {
                double d = Double.parseDouble(v);
                if (d >= min && d <= max) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(key, "'" + v + "' is not a number from " + min + " to " + max);
            return defaultValue;
        }

        /** A duration as {@code 30s}, {@code 5m}, {@code 2h}, {@code 500ms} or ISO 8601 ({@code PT30S}). */
        Duration duration(String key, Duration defaultValue) {
            String v = optional(key);
            if (v == null) {
                return defaultValue;
            }
            try {
                Duration d = parseDuration(v);
                if (!d.isNegative() && !d.isZero()) {
                    return d;
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                // reported below
            }
            problem(key, "'" + v + "' is not a positive duration: use e.g. 30s, 5m, 2h or PT30S");
            return defaultValue;
        }

        List<SellerSettings> sellers(String key, String text) {
            List<SellerSettings> sellers = new ArrayList<>();
            for (String entry : text.split(",")) {
                String e = entry.trim();
                if (e.isEmpty()) {
                    continue;
                }
                String[] parts = e.split(":", 3);
                if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    problem(key, "'" + mask(parts) + "' is not SELLERID:MARKETPLACE[:MWSAUTHTOKEN] (e.g."
                                 + " A1EXAMPLE:US or A2EXAMPLE:DE+FR:amzn.mws.123)");
                    continue;
                }
                List<String> marketplaces = List.of(parts[1].trim().split("\\+"));
                try {
                    MwsCatalog.getDefault().selectMarketplaces(String.join(",", marketplaces));
                } catch (IllegalArgumentException ex) {
                    problem(key, "seller " + parts[0].trim() + ": " + ex.getMessage());
                    continue;
                }
                String token = parts.length == 3 && !parts[2].isBlank() ? parts[2].trim() : null;
                sellers.add(new SellerSettings(parts[0].trim(), marketplaces.stream().map(String::trim).toList(),
                        token));
            }
            if (sellers.isEmpty() && problems.isEmpty()) {
                problem(key, "names no seller: give at least one SELLERID:MARKETPLACE");
            }
            return sellers;
        }

        private static String mask(String[] parts) {
            return parts.length == 3 ? parts[0] + ":" + parts[1] + ":***" : String.join(":", parts);
        }
    }

    /**
     * H2 refuses a file path that is implicitly relative ({@code jdbc:h2:file:target/db}); such a path is taken as
     * relative to the working directory, as the user meant.
     */
    static String h2FileUrlMadeAbsolute(String url) {
        String prefix = "jdbc:h2:file:";
        if (url == null || !url.startsWith(prefix)) {
            return url;
        }
        String rest = url.substring(prefix.length());
        int semicolon = rest.indexOf(';');
        String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (path.startsWith("~") || Path.of(path).isAbsolute()) {
            return url;
        }
        return prefix + Path.of(path).toAbsolutePath().normalize() + (semicolon < 0 ? "" : rest.substring(semicolon));
    }

    /** Parses {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} or an ISO 8601 duration. */
    static Duration parseDuration(String text) {
        String v = text.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("p")) {
            return Duration.parse(v.toUpperCase(Locale.ROOT));
        }
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
        }
        long amount = Long.parseLong(v.substring(0, v.length() - 1).trim());
        return switch (v.charAt(v.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new NumberFormatException(text);
        };
    }
}
