package org.apache.camel.component.mws;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

import org.apache.camel.component.mws.transport.ContentMd5;
import org.apache.camel.component.mws.transport.MwsResponseHead;
import org.apache.camel.component.mws.transport.RawResponseHandler;

/**
 * Streams a raw answer (a report, a feed processing result) to a file in the spool directory while computing its
 * MD5, then checks it against the {@code Content-MD5} header: the body is never held in memory.
 */
final class RawBodySpooler implements RawResponseHandler<RawBodySpooler.Spooled> {

    /**
     * @param file the spooled body
     * @param head the answer's status and headers
     * @param md5  the Base64 MD5 of the bytes received
     */
    record Spooled(Path file, MwsResponseHead head, String md5) {
    }

    private final Path directory;

    RawBodySpooler(Path directory) {
        this.directory = directory;
    }

    @Override
    public Spooled handle(MwsResponseHead head, InputStream body) throws IOException {
        Path file = Files.createTempFile(directory, "mws-download-", ".tmp");
        try {
            MessageDigest md5 = ContentMd5.newDigest();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), md5)) {
                body.transferTo(out);
            }
            return new Spooled(file, head, ContentMd5.toBase64(md5));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** An InputStream over a spooled file that deletes the file when closed. */
    static final class DeletingInputStream extends FileInputStream {
        private final Path file;

        DeletingInputStream(Path file) throws IOException {
            super(file.toFile());
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
