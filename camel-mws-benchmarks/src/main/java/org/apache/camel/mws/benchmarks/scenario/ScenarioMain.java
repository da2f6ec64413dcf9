package org.apache.camel.mws.benchmarks.scenario;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Locale;

/**
 * A {@code *Scenario} class of this package that has only a {@code main} method (it prints its figures and sets
 * its exit status itself): the runner starts it like the others, in a JVM of its own with {@code -Xmx128m} (the
 * memory bound the report and feed streaming scenarios are specified with), passing {@code --quick} when asked.
 * Its name is the class name without {@code Scenario}, in lower case.
 */
final class ScenarioMain implements Scenario {

    static final String MAX_HEAP = "128m";

    private final Class<?> type;
    private final Method main;

    private ScenarioMain(Class<?> type, Method main) {
        this.type = type;
        this.main = main;
    }

    /** The class as a scenario, or null when it has no {@code public static void main(String[])}. */
    static ScenarioMain of(Class<?> type) {
        try {
            Method m = type.getMethod("main", String[].class);
            return Modifier.isStatic(m.getModifiers()) ? new ScenarioMain(type, m) : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    Class<?> type() {
        return type;
    }

    @Override
    public String name() {
        String simple = type.getSimpleName();
        return simple.substring(0, simple.length() - "Scenario".length()).toLowerCase(Locale.ROOT);
    }

    @Override
    public String title() {
        return type.getSimpleName() + ".main";
    }

    @Override
    public String maxHeap() {
        return MAX_HEAP;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void run(Size size, ScenarioReport report) throws Exception {
        main.invoke(null, (Object) (size == Size.QUICK ? new String[] { "--quick" } : new String[0]));
    }
}
