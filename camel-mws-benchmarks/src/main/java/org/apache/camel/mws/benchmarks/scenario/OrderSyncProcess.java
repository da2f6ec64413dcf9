package org.apache.camel.mws.benchmarks.scenario;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.mws.benchmarks.support.OrderSyncRoute;
import org.apache.camel.mws.benchmarks.support.PagedOrderSync;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

/**
 * The order sync of the fault matrix's kill-and-restart row, as a process of its own: its idempotent repository
 * is a file, and every order it delivers is appended to {@code delivered.txt} (one unbuffered write per order, so
 * a kill loses nothing already written). Started again on the same directory, it lists from the start and the
 * repository drops what was delivered before the kill.
 *
 * <pre>
 * OrderSyncProcess endpoint accessKeyId secretKey sellerId mwsAuthToken marketplaceId timeScale createdAfter dir
 * </pre>
 */
public final class OrderSyncProcess {

    private OrderSyncProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[8]);
        MwsComponent mws = new MwsComponent();
        MwsConfiguration c = mws.getConfiguration();
        c.setEndpoint(args[0]);
        c.setAccessKeyId(args[1]);
        c.setSecretKey(args[2]);
        c.setSellerId(args[3]);
        c.setMwsAuthToken(args[4]);
        c.setMarketplace(args[5]);
        c.setRetryBackoff(FaultMatrixScenario.RETRY_BACKOFF);
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("mws", mws);
        FileIdempotentRepository repository = (FileIdempotentRepository) FileIdempotentRepository
                .fileIdempotentRepository(dir.resolve("repository.dat").toFile(), 1_000_000);
        try (OutputStream delivered = new FileOutputStream(dir.resolve("delivered.txt").toFile(), true)) {
            OrderSyncRoute.install(camel, repository, order -> {
                try {
                    delivered.write((OrderSyncRoute.key(order) + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            camel.start();
            new PagedOrderSync(camel.createProducerTemplate(), "mws:Orders/ListOrders?timeScale=" + args[6],
                    OrderSyncRoute.fullListing(args[7])).run(OrderSyncRoute.into(camel), null);
            camel.stop();
        }
        System.exit(0);
    }
}
