package org.apache.camel.mws.benchmarks.scenario;

/**
 * A whole-system measurement: the component in this JVM against the simulator, printing its figures.
 * <p>
 * Implementations live in this package, have a public no-argument constructor and a name ending in
 * {@code Scenario}; {@link ScenarioRunner} finds them on the class path. A scenario prints what it measured
 * through the {@link ScenarioReport} and returns normally; it throws only when it could not run, and reports lost
 * data with {@link ScenarioReport#lostData(String)}. Goals are printed beside the figures, never asserted: a
 * missed goal is a finding, not a failure of the run.
 * <p>
 * A {@code *Scenario} class of this package with only a {@code public static void main(String[])} is run too, in a
 * JVM of its own with {@code -Xmx128m} and {@code --quick} for the reduced size (see {@link ScenarioMain}).
 */
public interface Scenario {

    /** The name used on the command line, e.g. {@code pacing}. */
    String name();

    /** One line saying what is measured. */
    String title();

    /** The {@code -Xmx} the scenario runs with when the runner starts it in a JVM of its own. */
    default String maxHeap() {
        return "512m";
    }

    /** The order in which {@code all} runs the scenarios (smaller first). */
    default int order() {
        return 100;
    }

    /**
     * Runs the scenario.
     *
     * @param  size      {@link Size#QUICK} for the reduced size of {@code run-all.sh --quick}, else {@link Size#FULL}
     * @param  report    where the figures go
     * @throws Exception when the scenario could not run
     */
    void run(Size size, ScenarioReport report) throws Exception;

    /** How big a run is. */
    enum Size {
        /** Reduced: every scenario together in under ten minutes on two cores. */
        QUICK,
        /** The size the figures of BENCHMARKS.md are quoted at. */
        FULL
    }
}
