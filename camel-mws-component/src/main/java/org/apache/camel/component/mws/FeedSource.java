package org.apache.camel.component.mws;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.component.mws.transport.FeedBody;

/**
 * Prepares the body of a SubmitFeed: a File or Path is sent as it is; anything else (String, byte[], InputStream,
 * ...) is first spooled to a file, so that its MD5 can be computed before sending and the request can be sent again
 * after a throttled answer without holding the feed in memory.
 */
final class FeedSource {

    /** The MarketplaceId of Japan, whose flat-file feeds are Shift_JIS. */
    private static final String JAPAN = "A1VC38T7YXB528";

    private FeedSource() {
    }

    /**
     * @param  file    the feed on disk
     * @param  spooled whether the file is a temporary copy to delete after the exchange
     */
    record Prepared(FeedBody body, boolean spooled) {
    }

    static Prepared prepare(Exchange exchange, MwsConfiguration config, List<String> marketplaceIds)
            throws IOException, InvalidPayloadException {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            throw new IllegalArgumentException("SubmitFeed needs the feed as the message body (String, byte[], File,"
                                               + " Path or InputStream)");
        }
        Path file = null;
        boolean spooled = false;
        if (body instanceof Path p) {
            file = p;
        } else if (body instanceof File f) {
            file = f.toPath();
        } else if (!(body instanceof String || body instanceof byte[] || body instanceof InputStream)) {
            // e.g. a GenericFile from camel-file
            File f = exchange.getMessage().getBody(File.class);
            file = f != null ? f.toPath() : null;
        }
        if (file != null && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The feed file " + file + " does not exist or is not a regular file");
        }
        if (file == null) {
            InputStream in = exchange.getMessage().getMandatoryBody(InputStream.class);
            file = Files.createTempFile(spoolDirectory(config), "mws-feed-", ".tmp");
            spooled = true;
            try (InputStream source = in) {
                Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
        return new Prepared(new FeedBody(file, contentType(config, file, marketplaceIds)), spooled);
    }

    static Path spoolDirectory(MwsConfiguration config) throws IOException {
        Path dir = config.getSpoolDirectory() != null && !config.getSpoolDirectory().isBlank()
                ? Path.of(config.getSpoolDirectory()) : Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(dir);
        return dir;
    }

    private static String contentType(MwsConfiguration config, Path file, List<String> marketplaceIds)
            throws IOException {
        if (config.getFeedContentType() != null && !config.getFeedContentType().isBlank()) {
            return config.getFeedContentType();
        }
        if (startsWithXml(file)) {
            return "text/xml";
        }
        return "text/tab-separated-values; charset=" + (marketplaceIds.contains(JAPAN) ? "Shift_JIS" : "iso-8859-1");
    }

    private static boolean startsWithXml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            int i = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                i = 3;
            }
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            return i < head.length && head[i] == '<';
        }
    }
}
