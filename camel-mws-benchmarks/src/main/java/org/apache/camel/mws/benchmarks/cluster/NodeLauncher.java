package org.apache.camel.mws.benchmarks.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A {@link ClusterBenchNode} in a JVM of its own, on this JVM's class path, its output in a file. */
public final class NodeLauncher implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private NodeLauncher(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static NodeLauncher start(String name, String maxHeap, Map<String, String> properties,
                                     Map<String, String> environment, Path logDir) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-Dbench.name=" + name);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ClusterBenchNode.class.getName());
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            return new NodeLauncher(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start node " + name, e);
        }
    }

    public String name() {
        return name;
    }

    /** Waits for {@code READY}; fails with the end of the node's log if it died or took too long. */
    public void awaitReady(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!output().contains("READY " + name)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("node " + name + " not ready in time:\n" + tail());
            }
            Thread.sleep(100);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** CPU time the node's JVM used so far, or -1 when the system does not tell. */
    public double cpuSeconds() {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }

    /** kill -9. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    public String tail() {
        String[] lines = output().split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 30), lines.length));
    }

    /** SIGTERM, then kill -9 after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
