package org.apache.camel.mws.examples.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.mws.examples.config.ExampleSettings;
import org.apache.camel.mws.examples.config.SellerSettings;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MWS simulator running inside the application: a few sellers across US, DE and JP whose orders keep arriving,
 * served over HTTP on 127.0.0.1. The application talks to it as the third-party developer every simulated seller
 * authorized with an MWSAuthToken, as an integrator acting for many sellers would.
 */
public final class EmbeddedSimulator extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSimulator.class);

    private final MwsSimulator simulator;

    public EmbeddedSimulator(ExampleSettings.Simulator settings, Path workDir) {
        Path spool = workDir.resolve("simulator-spool");
        this.simulator = MwsSimulator.builder().seed(settings.seed()).sellers(settings.sellers())
                .timeScale(settings.timeScale()).ordersPerSeller(settings.ordersPerSeller())
                .marketSettings(s -> s.withNewOrdersPerHour(settings.newOrdersPerHour()))
                .httpPort(settings.port()).httpsPort(-1).spoolDirectory(spool).build();
        try {
            Files.createDirectories(spool);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot create " + spool + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected void doStart() {
        simulator.start();
        LOG.info("MWS simulator serving {} sellers on {} (time runs {}x faster than MWS time)",
                simulator.accounts().sellers().size(), simulator.httpBaseUrl(), simulator.clock().timeScale());
    }

    @Override
    protected void doStop() {
        simulator.close();
    }

    /** The running simulator, for inspection. */
    public MwsSimulator simulator() {
        return simulator;
    }

    /** The simulator's base URL. */
    public String endpoint() {
        return simulator.httpBaseUrl();
    }

    /** The developer account the application uses. */
    public DeveloperAccount developer() {
        return simulator.accounts().thirdPartyDeveloper();
    }

    /** The simulated sellers with the tokens they granted the developer, marketplaces home first. */
    public List<SellerSettings> sellers() {
        List<SellerSettings> sellers = new ArrayList<>();
        for (SellerAccount s : simulator.accounts().sellers()) {
            sellers.add(new SellerSettings(s.sellerId(), s.marketplaceIds(),
                    simulator.accounts().authToken(s.sellerId())));
        }
        return sellers;
    }
}
