package org.apache.camel.mws.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Three published MWS client libraries (../shared/interop/peers.sh, Node) list every order of a seller, page by
 * page, against the standalone simulator jar started as a real process, and see a wrong secret rejected.
 */
class PeersInteropIT {

    private static final String ACCESS_KEY = "AKIAINTEROPTEST00001";
    /** Holds + and / like real secrets do. */
    private static final String SECRET = "interopSecretKey0123456789abcdef+/ABCDEF";
    private static final String SELLER = "A1INTEROPSELLER";

    @Test
    void threePublishedClientsPageThroughEveryOrderAndRejectAWrongSecret() throws Exception {
        Path jar = Path.of(System.getProperty("simulator.jar", "target/camel-mws-simulator.jar"));
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built before integration tests: " + jar);
        Path peers = peersScript();

        Process sim = new ProcessBuilder(List.of(javaBin(), "-jar", jar.toString(), "--http-port", "0",
                "--https-port", "0", "--seed", "7", "--sellers", "2", "--orders-per-seller", "250",
                "--new-orders-per-hour", "0", "--time-scale", "600", "--access-key-id", ACCESS_KEY, "--secret-key",
                SECRET, "--seller-id", SELLER)).redirectErrorStream(true).start();
        try {
            Map<String, String> exported = readBanner(sim);
            String http = exported.get("MWS_HTTP_ENDPOINT");
            String https = exported.get("MWS_HTTPS_ENDPOINT");
            awaitPort(http);
            awaitPort(https);
            assertEquals(SELLER, exported.get("MWS_SELLER_ID"));
            assertEquals(ACCESS_KEY, exported.get("MWS_ACCESS_KEY_ID"));
            long expectOrders = Long.parseLong(exported.get("MWS_EXPECT_ORDERS"));
            assertTrue(expectOrders > 100, "enough orders for several pages: " + expectOrders);

            ProcessBuilder pb = new ProcessBuilder("bash", peers.toString()).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.put("MWS_HTTP_ENDPOINT", http);
            env.put("MWS_HTTPS_ENDPOINT", https);
            env.put("MWS_ACCESS_KEY_ID", ACCESS_KEY);
            env.put("MWS_SECRET_KEY", SECRET);
            env.put("MWS_SELLER_ID", SELLER);
            env.put("MWS_MARKETPLACE_ID", exported.get("MWS_MARKETPLACE_ID"));
            env.put("MWS_EXPECT_ORDERS", String.valueOf(expectOrders));
            Process run = pb.start();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(run));
            assertTrue(run.waitFor(10, TimeUnit.MINUTES), "peers.sh finished in time");
            String out = output.get(1, TimeUnit.MINUTES);
            System.out.println(out);
            assertEquals(0, run.exitValue(), out);
            assertTrue(out.contains("6 passed, 0 failed"), out);
            long pages = (expectOrders + 99) / 100;
            String seen = expectOrders + " orders in " + pages + " pages";
            assertEquals(3, out.split(java.util.regex.Pattern.quote(seen), -1).length - 1,
                    "every client saw " + seen + ":\n" + out);
        } finally {
            sim.destroy();
            if (!sim.waitFor(20, TimeUnit.SECONDS)) {
                sim.destroyForcibly();
            }
        }
    }

    /** ../shared/interop/peers.sh beside the project root (the module's parent), or MWS_PEERS_SCRIPT. */
    private static Path peersScript() {
        String override = System.getenv("MWS_PEERS_SCRIPT");
        Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        Path script = override != null ? Path.of(override)
                : moduleDir.getParent().resolve("../shared/interop/peers.sh").normalize();
        assertTrue(Files.isRegularFile(script), "peers.sh not found at " + script);
        return script;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Reads the simulator's start banner up to its ready line; the rest of its output is drained. */
    private static Map<String, String> readBanner(Process sim) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Map<String, String>> banner = CompletableFuture.supplyAsync(() -> {
            Map<String, String> exported = new HashMap<>();
            StringBuilder seen = new StringBuilder();
            try {
                for (String line; (line = reader.readLine()) != null;) {
                    seen.append(line).append('\n');
                    if (line.startsWith("export ")) {
                        String[] kv = line.substring(7).split("=", 2);
                        exported.put(kv[0], kv[1]);
                    }
                    if (line.equals("MWS simulator ready")) {
                        Thread drain = new Thread(() -> readAll(reader));
                        drain.setDaemon(true);
                        drain.start();
                        return exported;
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("The simulator ended before it was ready:\n" + seen);
        });
        Map<String, String> exported = banner.get(90, TimeUnit.SECONDS);
        assertNotNull(exported.get("MWS_EXPECT_ORDERS"), exported.toString());
        return exported;
    }

    private static void awaitPort(String url) throws InterruptedException {
        URI uri = URI.create(url);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Port of " + url + " never opened", e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static String readAll(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output lost: " + e + ")";
        }
    }

    private static void readAll(BufferedReader reader) {
        try {
            while (reader.readLine() != null) {
                // keep the pipe from filling up
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
