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

    private static final int SMALL_BUFFER_SIZE = 64 * 1024;
    /** From this Content-Length on, hashing runs on a thread of its own (see {@link OverlappedMd5}). */
    private static final long OVERLAP_FROM = 4L * 1024 * 1024;

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
        boolean done = false;
        try (OutputStream fileOut = Files.newOutputStream(file);
             OutputStream out = transcode ? new Utf8TranscodingOutputStream(fileOut, charset) : fileOut) {
            Copied copied = head.contentLength() >= OVERLAP_FROM ? copyOverlapped(head, body, out, file)
                    : copy(head, body, out);
            done = true;
            return new Spooled(file, head, copied.md5(), copied.bytes(), charset, decode);
        } catch (IOException e) {
            throw new IOException("writing the spool file " + file + " failed: " + e.getMessage(), e);
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    private record Copied(long bytes, String md5) {
    }

    /** Small bodies: read, hash and write on this thread. */
    private static Copied copy(MwsResponseHead head, InputStream body, OutputStream out) throws IOException {
        MessageDigest md5 = ContentMd5.newDigest();
        byte[] buffer = new byte[SMALL_BUFFER_SIZE];
        long received = 0;
        while (true) {
            int n = read(head, body, buffer, received);
            if (n < 0) {
                return new Copied(received, ContentMd5.toBase64(md5));
            }
            md5.update(buffer, 0, n);
            out.write(buffer, 0, n);
            received += n;
        }
    }

    /** Big bodies: receive and write on this thread while another one hashes. */
    private static Copied copyOverlapped(MwsResponseHead head, InputStream body, OutputStream out, Path file)
            throws IOException {
        try (OverlappedMd5 md5 = new OverlappedMd5(file.getFileName().toString())) {
            long received = 0;
            while (true) {
                byte[] buffer = md5.buffer();
                int n = read(head, body, buffer, received);
                if (n < 0) {
                    return new Copied(received, md5.finish());
                }
                out.write(buffer, 0, n);
                md5.hash(buffer, n);
                received += n;
            }
        }
    }

    /** Fills the buffer as far as the body allows; -1 at its end. A read failure is a {@link CutOff}. */
    private static int read(MwsResponseHead head, InputStream body, byte[] buffer, long received) {
        int filled = 0;
        try {
            while (filled < buffer.length) {
                int n = body.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
            }
        } catch (IOException e) {
            throw new CutOff(head, received + filled, e);
        }
        return filled == 0 ? -1 : filled;
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
