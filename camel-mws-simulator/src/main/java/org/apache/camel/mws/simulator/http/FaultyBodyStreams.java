package org.apache.camel.mws.simulator.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/** Output streams that damage a response body on purpose, for fault injection. */
final class FaultyBodyStreams {

    private FaultyBodyStreams() {
    }

    /** Signals that the planned part of the body is written and the connection is to be reset. */
    static final class BodyCut extends IOException {
        private static final long serialVersionUID = 1L;

        BodyCut() {
            super("body cut on purpose");
        }
    }

    /** Lets {@code limit} bytes through, then throws {@link BodyCut}. */
    static OutputStream cutAfter(OutputStream out, long limit) {
        return new Splitting(out, limit) {
            @Override
            void atSplit() throws IOException {
                out.flush();
                throw new BodyCut();
            }
        };
    }

    /** Pauses once after {@code position} bytes. */
    static OutputStream pauseAt(OutputStream out, long position, Duration pause) {
        return new Splitting(out, position) {
            @Override
            void atSplit() throws IOException {
                out.flush();
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while pausing a slow body", e);
                }
            }
        };
    }

    /** Changes the byte at {@code position} (so the body no longer matches its Content-MD5). */
    static OutputStream corruptAt(OutputStream out, long position) {
        return new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                out.write(written++ == position ? flip(b) : b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (position >= written && position < written + len) {
                    byte[] copy = java.util.Arrays.copyOfRange(b, off, off + len);
                    int i = (int) (position - written);
                    copy[i] = (byte) flip(copy[i]);
                    out.write(copy, 0, len);
                } else {
                    out.write(b, off, len);
                }
                written += len;
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** A different printable byte, so text stays text and only the checksum tells. */
    private static int flip(int b) {
        int c = b & 0xff;
        return c == 'x' ? 'y' : (c >= 0x20 && c < 0x7f ? 'x' : c ^ 0x01);
    }

    /** Calls {@link #atSplit()} once when {@code splitAt} bytes have passed. */
    private abstract static class Splitting extends FilterOutputStream {
        private final long splitAt;
        private long written;
        private boolean split;

        Splitting(OutputStream out, long splitAt) {
            super(out);
            this.splitAt = splitAt;
        }

        abstract void atSplit() throws IOException;

        @Override
        public void write(int b) throws IOException {
            checkSplit();
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                checkSplit();
                int n = split ? len : (int) Math.min(len, splitAt - written);
                out.write(b, off, n);
                written += n;
                off += n;
                len -= n;
            }
            checkSplit();
        }

        private void checkSplit() throws IOException {
            if (!split && written >= splitAt) {
                split = true;
                atSplit();
            }
        }

        @Override
        public void close() throws IOException {
            checkSplit();
            flush();
        }
    }
}
