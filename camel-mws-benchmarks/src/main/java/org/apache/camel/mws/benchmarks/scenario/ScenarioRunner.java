package org.apache.camel.mws.benchmarks.scenario;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Runs scenarios and prints their figures.
 *
 * <pre>
 * java -cp camel-mws-benchmarks/target/benchmarks.jar org.apache.camel.mws.benchmarks.scenario.ScenarioRunner
 *      [--quick] (--list | all | NAME...)
 * </pre>
 * One name runs in this JVM. {@code all} (or several names) runs each scenario in a JVM of its own, with the
 * scenario's {@code -Xmx}, one after the other, and ends with a summary. Exit status: 0 when every scenario ran
 * and lost nothing, 1 when one saw lost data, 2 when one could not run, 64 for a bad command line.
 */
public final class ScenarioRunner {

    static final int OK = 0;
    static final int LOST_DATA = 1;
    static final int COULD_NOT_RUN = 2;
    static final int USAGE = 64;

    private static final String PACKAGE = ScenarioRunner.class.getPackageName();

    private ScenarioRunner() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        boolean quick = false;
        List<String> names = new ArrayList<>();
        for (String a : args) {
            if ("--quick".equals(a)) {
                quick = true;
            } else {
                names.add(a);
            }
        }
        Map<String, Scenario> known = discover();
        if (names.isEmpty() || names.contains("--help")) {
            out.println("usage: ScenarioRunner [--quick] (--list | all | NAME...)");
            list(known, out);
            return names.isEmpty() ? USAGE : OK;
        }
        if (names.equals(List.of("--list"))) {
            list(known, out);
            return OK;
        }
        if (names.equals(List.of("all"))) {
            names = new ArrayList<>(known.keySet());
        }
        for (String n : names) {
            if (!known.containsKey(n)) {
                out.println("Unknown scenario '" + n + "'.");
                list(known, out);
                return USAGE;
            }
        }
        Scenario.Size size = quick ? Scenario.Size.QUICK : Scenario.Size.FULL;
        if (names.size() == 1) {
            return runHere(known.get(names.get(0)), size, out);
        }
        return runEachInItsOwnJvm(names.stream().map(known::get).toList(), quick, out);
    }

    private static void list(Map<String, Scenario> known, PrintStream out) {
        out.println("scenarios:");
        known.values().forEach(s -> out.printf(Locale.ROOT, "  %-12s %s (-Xmx%s)%n", s.name(), s.title(), s.maxHeap()));
    }

    /** Runs one scenario in this JVM. */
    static int runHere(Scenario scenario, Scenario.Size size, PrintStream out) {
        ScenarioReport report = new ScenarioReport(out);
        report.line("== scenario " + scenario.name() + ": " + scenario.title() + " (" + size.name().toLowerCase(Locale.ROOT)
                    + ")");
        report.line(machine());
        long start = System.nanoTime();
        try {
            scenario.run(size, report);
        } catch (Throwable e) {
            report.line("COULD NOT RUN: " + e);
            e.printStackTrace(out);
            return COULD_NOT_RUN;
        } finally {
            report.line("scenario %s took %.1f s", scenario.name(), (System.nanoTime() - start) / 1e9);
        }
        if (!report.lost().isEmpty()) {
            report.line("scenario " + scenario.name() + " LOST DATA in " + report.lost().size() + " place(s)");
            return LOST_DATA;
        }
        return OK;
    }

    private static int runEachInItsOwnJvm(List<Scenario> scenarios, boolean quick, PrintStream out) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<List<String>> rows = new ArrayList<>();
        int worst = OK;
        long allStart = System.nanoTime();
        for (Scenario s : scenarios) {
            String mainClass = s instanceof ScenarioMain m ? m.type().getName() : ScenarioRunner.class.getName();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx" + s.maxHeap(), "-cp", classPath, mainClass));
            if (!(s instanceof ScenarioMain)) {
                command.add(s.name());
            }
            if (quick) {
                command.add("--quick");
            }
            long start = System.nanoTime();
            int status;
            try {
                Process p = new ProcessBuilder(command).inheritIO().start();
                status = p.waitFor();
            } catch (IOException e) {
                out.println("Cannot start the JVM of " + s.name() + ": " + e.getMessage());
                status = COULD_NOT_RUN;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return COULD_NOT_RUN;
            }
            rows.add(List.of(s.name(), describe(status), String.format(Locale.ROOT, "%.1f",
                    (System.nanoTime() - start) / 1e9)));
            worst = Math.max(worst, status == OK || status == LOST_DATA ? status : COULD_NOT_RUN);
            out.println();
        }
        ScenarioReport report = new ScenarioReport(out);
        report.line("== summary (" + (quick ? "quick" : "full") + "), " + machine());
        report.table(List.of("scenario", "outcome", "seconds"), rows);
        report.line("all scenarios took %.1f s", (System.nanoTime() - allStart) / 1e9);
        return worst;
    }

    private static String describe(int status) {
        return switch (status) {
        case OK -> "ran, nothing lost";
        case LOST_DATA -> "LOST DATA";
        default -> "COULD NOT RUN (exit " + status + ")";
        };
    }

    /** The machine line every figure is quoted with. */
    static String machine() {
        long physical = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            physical = os.getTotalMemorySize();
        }
        return String.format(Locale.ROOT, "machine: %d cores (load average %.1f), %s memory, %s %s, -Xmx%d MiB, %s",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                physical > 0 ? String.format(Locale.ROOT, "%.1f GiB", physical / (1024.0 * 1024 * 1024)) : "unknown",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** Every concrete {@code *Scenario} class of this package on the class path, by name, in run order. */
    static Map<String, Scenario> discover() {
        List<Scenario> found = new ArrayList<>();
        for (String className : scenarioClassNames()) {
            try {
                Class<?> c = Class.forName(className);
                if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                    continue;
                }
                if (Scenario.class.isAssignableFrom(c)) {
                    found.add((Scenario) c.getConstructor().newInstance());
                } else if (ScenarioMain.of(c) != null) {
                    found.add(ScenarioMain.of(c));
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("Cannot load the scenario " + className + ": " + e, e);
            }
        }
        found.sort(Comparator.comparingInt(Scenario::order).thenComparing(Scenario::name));
        Map<String, Scenario> byName = new LinkedHashMap<>();
        for (Scenario s : found) {
            if (byName.put(s.name(), s) != null) {
                throw new IllegalStateException("Two scenarios are named " + s.name());
            }
        }
        return byName;
    }

    private static List<String> scenarioClassNames() {
        String dir = PACKAGE.replace('.', '/') + "/";
        Path location;
        try {
            location = Path.of(ScenarioRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve(dir))) {
                    files.map(p -> p.getFileName().toString()).filter(ScenarioRunner::isScenarioClass)
                            .forEach(f -> names.add(PACKAGE + "." + f.substring(0, f.length() - 6)));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(dir) && n.indexOf('/', dir.length()) < 0)
                            .map(n -> n.substring(dir.length()))
                            .filter(ScenarioRunner::isScenarioClass)
                            .forEach(f -> names.add(PACKAGE + "." + f.substring(0, f.length() - 6)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the scenarios in " + location + File.separator + dir, e);
        }
        return names;
    }

    private static boolean isScenarioClass(String fileName) {
        return fileName.endsWith("Scenario.class") && fileName.indexOf('$') < 0;
    }

    /** Formats a duration as seconds with one decimal. */
    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toNanos() / 1e9);
    }
}
