package org.apache.camel.component.mws;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A streamed feed is refused as soon as spooling it passes the size MWS takes, not once all of it is on disk: with a
 * 1 MiB limit standing in for 2 GiB, a 2 MiB stream is read only a byte past the limit, the error names the problem
 * and no spool file is left.
 */
class FeedSpoolLimitTest {

    private static final long LIMIT = 1024 * 1024 - 1;

    @TempDir
    Path spool;

    private CamelContext context;
    private MwsConfiguration config;

    @BeforeEach
    void setUp() {
        context = new DefaultCamelContext();
        config = new MwsConfiguration();
        config.setSpoolDirectory(spool.toString());
    }

    @AfterEach
    void tearDown() throws Exception {
        context.close();
    }

    /** A stream of {@code size} bytes of feed text that counts what was read from it and whether it was closed. */
    private static final class CountingFeed extends InputStream {

        private final long size;
        private long read;
        private boolean closed;

        CountingFeed(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            Arrays.fill(b, off, off + n, (byte) 'x');
            read += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private FeedSource.Prepared prepare(InputStream feed) throws Exception {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(feed);
        return FeedSource.prepare(exchange, config, List.of(), LIMIT);
    }

    @Test
    void aStreamOverTheLimitIsRefusedAsSoonAsSpoolingPassesIt() throws Exception {
        CountingFeed feed = new CountingFeed(2 * (LIMIT + 1));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> prepare(feed));

        assertEquals("The feed is at least 1048576 bytes; MWS takes feeds under 1048576 bytes: split it into several"
                     + " feeds", e.getMessage());
        assertEquals(LIMIT + 1, feed.read, "reading stopped one byte past the limit, not at the end of the stream");
        assertTrue(feed.closed, "the body stream is closed");
        assertEquals(List.of(), listSpool(), "the partial spool file is deleted");
    }

    @Test
    void aStreamOfExactlyTheLimitIsSpooledWhole() throws Exception {
        CountingFeed feed = new CountingFeed(LIMIT);

        FeedSource.Prepared prepared = prepare(feed);

        assertTrue(prepared.spooled());
        assertEquals(LIMIT, Files.size(prepared.body().file()));
        assertNotNull(prepared.md5());
        Files.delete(prepared.body().file());
    }

    private List<Path> listSpool() throws Exception {
        try (var files = Files.list(spool)) {
            return files.toList();
        }
    }
}
