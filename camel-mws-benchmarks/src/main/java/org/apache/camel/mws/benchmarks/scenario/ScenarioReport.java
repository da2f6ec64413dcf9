package org.apache.camel.mws.benchmarks.scenario;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where a scenario prints its figures: plain lines and aligned tables, and any data it saw lost. */
public final class ScenarioReport {

    private final PrintStream out;
    private final List<String> lost = new ArrayList<>();

    public ScenarioReport(PrintStream out) {
        this.out = out;
    }

    /** Prints a line. */
    public void line(String text) {
        out.println(text);
        out.flush();
    }

    /** Prints a formatted line ({@link Locale#ROOT}). */
    public void line(String format, Object... args) {
        line(String.format(Locale.ROOT, format, args));
    }

    /** Prints {@code name: value}. */
    public void figure(String name, String format, Object... args) {
        line(name + ": " + String.format(Locale.ROOT, format, args));
    }

    /** Prints a goal and whether the measured value meets it. */
    public void goal(String name, String goal, boolean met) {
        line("goal " + name + " " + goal + ": " + (met ? "met" : "NOT MET"));
    }

    /** Prints a Markdown table (so that it can go into BENCHMARKS.md as it is). */
    public void table(List<String> header, List<List<String>> rows) {
        line("| " + String.join(" | ", header) + " |");
        line("|" + "---|".repeat(header.size()));
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(cell == null ? "" : cell.replace("|", "\\|").replace("\r", " ").replace("\n", " "));
            }
            line("| " + String.join(" | ", cells) + " |");
        }
    }

    /** Records (and prints) data that went missing: the run then exits with status 1. */
    public void lostData(String what) {
        lost.add(what);
        line("LOST DATA: " + what);
    }

    /** What {@link #lostData} recorded. */
    public List<String> lost() {
        return List.copyOf(lost);
    }
}
