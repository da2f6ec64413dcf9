package org.apache.camel.mws.examples.config;

import java.util.List;

/**
 * The application's settings are incomplete or wrong. Carries one line per problem, each naming the property and
 * how to fix it; {@link #getMessage()} joins them.
 */
public class SettingsException extends RuntimeException {

    private final List<String> problems;

    public SettingsException(List<String> problems) {
        super("The MWS examples cannot start:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per missing or wrong setting. */
    public List<String> getProblems() {
        return problems;
    }
}
