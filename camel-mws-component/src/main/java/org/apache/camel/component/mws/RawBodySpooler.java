package org.apache.camel.component.mws;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.function.Function;

import org.apache.camel.component.mws.transport.ContentMd5;
import org.apache.camel.component.mws.transport.MwsResponseHead;
import org.apache.camel.component.mws.transport.RawResponseHandler;

/**
 * Streams a raw answer (a report, a feed processing result) to a file in the spool directory while computing the
 * MD5 of the bytes received, optionally transcoding it to UTF-8 on the way: the body is never held in memory. The
 * caller checks the MD5 against the {@code Content-MD5} header.
 */
final class RawBodySpooler implements RawResponseHandler<RawBodySpooler.Spooled> {

    /** Large enough that a loopback or LAN download is not slowed by per-read overhead. */
    private static final int BUFFER_SIZE = 256 * 1024;

    /**
     * @param file    the spooled body
     * @param head    the answer's status and headers
     * @param md5     the Base64 MD5 of the bytes received
     * @param bytes   how many bytes were received
     * @param charset the charset the body was written in by MWS
     * @param decoded whether the file holds the body transcoded to UTF-8 (else the bytes as received)
     */
    record Spooled(Path file, MwsResponseHead head, String md5, long bytes, Charset charset, boolean decoded) {

        /**
         * @return the charset of the spooled file
         */
        Charset fileCharset() {
            return decoded ? StandardCharsets.UTF_8 : charset;
        }
    }

    /**
     * The connection failed while the body was being received: the download is incomplete (and deleted) and may be
     * fetched again.
     */
    static final class CutOff extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient MwsResponseHead head;
        private final long received;

        CutOff(MwsResponseHead head, long received, IOException cause) {
            super(cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName(), cause);
            this.head = head;
            this.received = received;
        }

        MwsResponseHead head() {
            return head;
        }

        long received() {
            return received;
        }
    }

    private final Path directory;
    private final Function<MwsResponseHead, Charset> charsetOf;
    private final boolean decode;

    /**
     * @param directory the spool directory
     * @param charsetOf the charset of a body, from its answer's head
     * @param decode    whether to transcode the body to UTF-8 while spooling it
     */
    RawBodySpooler(Path directory, Function<MwsResponseHead, Charset> charsetOf, boolean decode) {
        this.directory = directory;
        this.charsetOf = charsetOf;
        this.decode = decode;
    }

    @Override
    public Spooled handle(MwsResponseHead head, InputStream body) throws IOException {
        Charset charset = charsetOf.apply(head);
        boolean transcode = decode && !StandardCharsets.UTF_8.equals(charset);
        Path file = Files.createTempFile(directory, "mws-download-", ".tmp");
        MessageDigest md5 = ContentMd5.newDigest();
        long received = 0;
        boolean done = false;
        try (OutputStream fileOut = Files.newOutputStream(file);
             OutputStream out = transcode ? new Utf8TranscodingOutputStream(fileOut, charset) : fileOut) {
            byte[] buffer = new byte[BUFFER_SIZE];
            while (true) {
                int n;
                try {
                    n = body.read(buffer);
                } catch (IOException e) {
                    throw new CutOff(head, received, e);
                }
                if (n < 0) {
                    break;
                }
                md5.update(buffer, 0, n);
                out.write(buffer, 0, n);
                received += n;
            }
            done = true;
        } catch (IOException e) {
            throw new IOException("writing the spool file " + file + " failed: " + e.getMessage(), e);
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
        return new Spooled(file, head, ContentMd5.toBase64(md5), received, charset, decode);
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
