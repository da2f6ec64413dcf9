package org.apache.camel.mws.examples.embedded;

import java.nio.file.Path;

import org.apache.activemq.broker.BrokerService;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ActiveMQ broker inside the application, reachable in the same JVM as {@code vm://mws-examples}. Persistent
 * (KahaDB under the work directory), so queued inventory updates survive a restart or a crash.
 */
public final class EmbeddedBroker extends ServiceSupport {

    /** The broker's name; also the host of its vm:// URL. */
    public static final String NAME = "mws-examples";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final Path dataDirectory;
    private BrokerService broker;

    public EmbeddedBroker(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** The URL clients in this JVM connect with; it never creates a second broker. */
    public static String clientUrl() {
        return "vm://" + NAME + "?create=false";
    }

    @Override
    protected void doStart() throws Exception {
        BrokerService b = new BrokerService();
        b.setBrokerName(NAME);
        b.setPersistent(true);
        b.setDataDirectory(dataDirectory.toString());
        b.setUseJmx(false);
        b.setUseShutdownHook(false);   // Camel stops it, after the routes that use it
        b.setAdvisorySupport(false);
        // modest limits: the defaults (100 GB store) only produce warnings on a laptop's disk
        b.getSystemUsage().getStoreUsage().setLimit(1024L * 1024 * 1024);
        b.getSystemUsage().getTempUsage().setLimit(256L * 1024 * 1024);
        b.start();
        b.waitUntilStarted();
        broker = b;
        LOG.info("Embedded ActiveMQ broker started (data in {})", dataDirectory);
    }

    @Override
    protected void doStop() throws Exception {
        BrokerService b = broker;
        broker = null;
        if (b != null) {
            b.stop();
            b.waitUntilStopped();
        }
    }
}
