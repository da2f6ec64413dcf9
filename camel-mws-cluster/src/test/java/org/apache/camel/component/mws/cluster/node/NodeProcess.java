package org.apache.camel.component.mws.cluster.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A cluster node in a JVM of its own, on this JVM's class path: started with {@code -Dnode.*} settings, its
 * output in a file; {@link #kill()} is {@code kill -9}.
 */
public final class NodeProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private NodeProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code mainClass} with the given system properties and environment variables.
     *
     * @param logDir where {@code <name>.log} receives the process's output
     */
    public static NodeProcess start(String name, Class<?> mainClass, Map<String, String> properties,
                                    Map<String, String> environment, Path logDir) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dnode.name=" + name);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            return new NodeProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start node " + name, e);
        }
    }

    /** {@code target/node-logs/<name>} of the module, created: the nodes' logs stay there for a look after the test. */
    public static Path logDirectory(String name) {
        try {
            return Files.createDirectories(Path.of("target", "node-logs", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the node printed {@code READY}; fails with the end of its log if it died or took too long. */
    public void awaitReady(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!output().contains("READY " + name)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("node " + name + " not ready in time:\n" + tail());
            }
            Thread.sleep(50);
        }
    }

    /** kill -9: no shutdown hook, no goodbye to the cluster. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The node's output so far. */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The last lines of the node's output, for failure messages. */
    public String tail() {
        String[] lines = output().split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
    }

    /** The end of each node's log, for failure messages. */
    public static String tails(List<NodeProcess> nodes) {
        StringBuilder sb = new StringBuilder();
        nodes.forEach(n -> sb.append("\n--- ").append(n).append('\n').append(n.tail()));
        return sb.toString();
    }

    /** Stops the node gracefully (SIGTERM, its shutdown hook stops the context), forcibly after 20 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
