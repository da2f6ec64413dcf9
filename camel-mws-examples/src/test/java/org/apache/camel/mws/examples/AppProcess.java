package org.apache.camel.mws.examples;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.spi.SellerAccount;

/**
 * The examples application in a JVM of its own ({@link ExamplesMain}, as a user runs it), so that a test can kill it
 * for real. Its output goes to a file.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final Path output;

    private AppProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /**
     * The settings that point the application at a simulator running in the test's JVM, as it would be pointed at
     * real MWS: the third-party developer's keys and every seller with its MWSAuthToken.
     */
    static Map<String, String> realServiceProperties(MwsSimulator sim) {
        DeveloperAccount dev = sim.accounts().thirdPartyDeveloper();
        StringJoiner sellers = new StringJoiner(",");
        for (SellerAccount s : sim.accounts().sellers()) {
            sellers.add(s.sellerId() + ":" + String.join("+", s.marketplaceIds()) + ":"
                        + sim.accounts().authToken(s.sellerId()));
        }
        return new java.util.LinkedHashMap<>(Map.of("examples.simulator.enabled", "false",
                "examples.mws.endpoint", sim.httpBaseUrl(), "examples.mws.access-key-id", dev.accessKeyId(),
                "examples.mws.secret-key", dev.secretKey(), "examples.mws.sellers", sellers.toString(),
                "examples.feeds.samples", "false",
                // the simulator's time runs faster than MWS: so does the component's pacing
                "examples.mws.time-scale", String.valueOf(sim.clock().timeScale())));
    }

    static AppProcess start(Map<String, String> properties, Path output) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .replace(' ', File.pathSeparatorChar).replace(File.pathSeparator + File.pathSeparator,
                        File.pathSeparator));
        if (!properties.containsKey("camel.management.port")) {
            command.add("-Dcamel.management.port=" + RunningApp.freePort());
        }
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add(ExamplesMain.class.getName());
        Files.createDirectories(output.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("EXAMPLES_") || k.startsWith("MWS_"));
        return new AppProcess(pb.start(), output);
    }

    /** kill -9: the JVM gets no chance to stop anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as Ctrl-C or a service manager stops it; returns the exit code. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the application did not stop within " + timeout + "\n" + output());
        }
        return process.exitValue();
    }

    /** Waits for the process to end by itself; returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the application did not exit within " + timeout + "\n" + output());
        }
        return process.exitValue();
    }

    /** Waits until the output shows {@code text} (fails if the application ends first). */
    void awaitOutput(String text, Duration timeout) throws Exception {
        Waits.until(timeout, "the application to log '" + text + "'", () -> {
            if (!process.isAlive()) {
                throw new AssertionError("the application ended:\n" + output());
            }
            return output().contains(text);
        });
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
