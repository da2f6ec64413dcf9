package org.apache.camel.mws.examples;

import org.apache.camel.main.Main;
import org.apache.camel.mws.examples.config.SettingsException;

/**
 * Runs the MWS examples: order sync into a database, reports into files, inventory feeds from a JMS queue. Settings
 * come from {@code application.properties}, JVM system properties ({@code -Dexamples.db.url=...}) and environment
 * variables ({@code EXAMPLES_DB_URL=...}). Stops cleanly on Ctrl-C.
 */
public final class ExamplesMain {

    private ExamplesMain() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.configure().addConfiguration(ExamplesConfiguration.class);
        int exitCode;
        try {
            exitCode = main.run(args);
        } catch (Exception e) {
            exitCode = 1;
            report(e);
        }
        if (main.getCamelContext() == null && exitCode == 0) {
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    private static void report(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SettingsException s) {
                System.err.println(s.getMessage());
                return;
            }
        }
        System.err.println("The MWS examples stopped: " + e);
    }
}
