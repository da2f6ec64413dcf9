package org.apache.camel.mws.simulator.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Framing of request bodies: a fixed Content-Length or chunked transfer coding. */
final class RequestBodyStreams {

    private RequestBodyStreams() {
    }

    /** Exactly {@code length} bytes of the connection's stream; never reads past them. */
    static final class FixedLength extends InputStream {
        private final InputStream in;
        private long remaining;

        FixedLength(InputStream in, long length) {
            this.in = in;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                throw new EOFException("Request body ended before its Content-Length");
            }
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buf, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new EOFException("Request body ended before its Content-Length");
            }
            remaining -= n;
            return n;
        }

        boolean exhausted() {
            return remaining <= 0;
        }

        long remaining() {
            return remaining;
        }
    }

    /** Decodes {@code Transfer-Encoding: chunked}; trailers are read and ignored. */
    static final class Chunked extends InputStream {
        private final InputStream in;
        private long chunkRemaining;
        private boolean done;

        Chunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (chunkRemaining == 0) {
                nextChunk();
                if (done) {
                    return -1;
                }
            }
            int n = in.read(buf, off, (int) Math.min(len, chunkRemaining));
            if (n < 0) {
                throw new EOFException("Request body ended within a chunk");
            }
            chunkRemaining -= n;
            if (chunkRemaining == 0) {
                HttpRequestHead.readLine(in, false); // CRLF after the chunk data
            }
            return n;
        }

        private void nextChunk() throws IOException {
            String line = HttpRequestHead.readLine(in, false);
            int semi = line.indexOf(';');
            String size = (semi >= 0 ? line.substring(0, semi) : line).trim();
            try {
                chunkRemaining = Long.parseLong(size, 16);
            } catch (NumberFormatException e) {
                throw new HttpRequestHead.MalformedRequestException("Malformed chunk size");
            }
            if (chunkRemaining < 0) {
                throw new HttpRequestHead.MalformedRequestException("Malformed chunk size");
            }
            if (chunkRemaining == 0) {
                while (!HttpRequestHead.readLine(in, false).isEmpty()) {
                    // trailer fields carry nothing MWS used
                }
                done = true;
            }
        }

        boolean exhausted() {
            return done;
        }
    }
}
