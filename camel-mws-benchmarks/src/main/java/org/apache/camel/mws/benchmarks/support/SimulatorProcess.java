package org.apache.camel.mws.benchmarks.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsConfiguration;
import org.apache.camel.mws.simulator.SimulatorMain;
import org.apache.camel.mws.simulator.account.Accounts;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.spi.SellerAccount;

/**
 * The simulator in a JVM of its own (its command line, {@link SimulatorMain}), so that the heap and threads a
 * scenario reports are the component's alone. The accounts are derived from the seed exactly as the simulator
 * derives them, so the scenario knows every seller's id, marketplaces and MWSAuthToken without asking.
 */
public final class SimulatorProcess implements AutoCloseable {

    public static final long SEED = 42;

    private final Process process;
    private final String httpBaseUrl;
    private final Accounts accounts;

    private SimulatorProcess(Process process, String httpBaseUrl, Accounts accounts) {
        this.process = process;
        this.httpBaseUrl = httpBaseUrl;
        this.accounts = accounts;
    }

    /**
     * Starts the simulator and waits until it serves.
     *
     * @param maxHeap   its {@code -Xmx}
     * @param arguments its command-line options ({@code --sellers}, {@code --time-scale}, ...); the seed, the ports
     *                  and HTTPS off are added
     */
    public static SimulatorProcess start(String maxHeap, int sellers, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), SimulatorMain.class.getName(),
                "--seed", String.valueOf(SEED), "--sellers", String.valueOf(sellers), "--http-port", "0",
                "--https-port", "-1"));
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String url = null;
        String line;
        try {
            while ((line = out.readLine()) != null) {
                if (line.startsWith("  HTTP endpoint:")) {
                    url = line.substring(line.indexOf(':') + 1).trim();
                } else if (line.equals("MWS simulator ready")) {
                    break;
                }
            }
        } catch (IOException e) {
            p.destroyForcibly();
            throw e;
        }
        if (url == null || line == null) {
            p.destroyForcibly();
            throw new IOException("the simulator process did not start (exit " + (p.isAlive() ? "-" : p.exitValue())
                                  + ")");
        }
        // keep draining its output so that it never blocks on a full pipe
        CompletableFuture.runAsync(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        return new SimulatorProcess(p, url, Accounts.generate(SEED, sellers, null));
    }

    public String httpBaseUrl() {
        return httpBaseUrl;
    }

    public Accounts accounts() {
        return accounts;
    }

    /**
     * An {@code mws} component acting for the first seller over plain HTTP on loopback, with the third-party
     * developer's keys and the seller's MWSAuthToken (as {@link CurlClient#forFirstSeller} signs).
     */
    public MwsComponent componentForFirstSeller() {
        SellerAccount seller = accounts.firstSeller();
        DeveloperAccount dev = accounts.thirdPartyDeveloper();
        MwsComponent mws = new MwsComponent();
        MwsConfiguration c = mws.getConfiguration();
        c.setEndpoint(httpBaseUrl);
        c.setAccessKeyId(dev.accessKeyId());
        c.setSecretKey(dev.secretKey());
        c.setSellerId(seller.sellerId());
        c.setMwsAuthToken(accounts.authToken(seller.sellerId()));
        c.setMarketplace(seller.marketplaceIds().get(0));
        return mws;
    }

    public long pid() {
        return process.pid();
    }

    /** CPU time the simulator's JVM has used so far, in nanoseconds (0 when the platform cannot tell). */
    public long cpuNanos() {
        return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
