package org.apache.camel.mws.benchmarks.scenario;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.mws.benchmarks.support.ConsumerOrderSync;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * The order sync of the fault matrix's kill-and-restart row, as a process of its own: the ListOrders consumer
 * with its checkpoint in a {@link FileStateRepository}, the idempotent repository in a file, and every order it
 * delivers appended to {@code delivered.txt} (one unbuffered write per order, so a kill loses nothing already
 * written). Started again on the same directory, it resumes from the checkpoint. It runs until it is stopped.
 *
 * <pre>
 * OrderSyncProcess endpoint accessKeyId secretKey sellerId mwsAuthToken marketplaceId timeScale initialStart dir
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
        FileStateRepository state = FileStateRepository.fileStateRepository(dir.resolve("state.dat").toFile());
        ConsumerOrderSync.bind(camel, "state", state);
        FileIdempotentRepository repository = (FileIdempotentRepository) FileIdempotentRepository
                .fileIdempotentRepository(dir.resolve("repository.dat").toFile(), 1_000_000);
        OutputStream delivered = new FileOutputStream(dir.resolve("delivered.txt").toFile(), true);
        new ConsumerOrderSync().install(camel, ConsumerOrderSync.uri(args[7], "state", "timeScale=" + args[6]),
                repository, (id, key) -> delivered.write((key + "\n").getBytes(StandardCharsets.UTF_8)));
        camel.start();
        Thread.currentThread().join(); // until stopped or killed
    }
}
