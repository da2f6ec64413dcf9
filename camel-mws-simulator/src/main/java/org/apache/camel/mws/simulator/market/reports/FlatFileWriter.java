package org.apache.camel.mws.simulator.market.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

import org.apache.camel.mws.simulator.market.xml.IsoTime;
import org.apache.camel.mws.simulator.market.xml.Money;

/**
 * Writes a tab-separated flat file in a report charset straight into a stream: ASCII bytes are copied, other
 * characters go through the charset's encoder (unmappable ones become {@code ?} as Amazon's did). Counts the
 * bytes written so reports can be padded to a size without knowing it in advance.
 */
public final class FlatFileWriter {

    private final OutputStream out;
    private final CharsetEncoder encoder;
    private final byte[] buf = new byte[64 * 1024];
    private final CharBuffer oneChar = CharBuffer.allocate(2);
    private final ByteBuffer encoded = ByteBuffer.allocate(16);
    private final StringBuilder scratch = new StringBuilder(32);
    private int pos;
    private long flushed;
    private boolean lineStart = true;
    private java.io.ByteArrayOutputStream capture;

    public FlatFileWriter(OutputStream out, Charset charset) {
        this.out = out;
        this.encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** Bytes written so far (flushed or buffered). */
    public long bytes() {
        return flushed + pos;
    }

    /** A field; tabs and line breaks inside it become spaces (they would break the file's structure). */
    public FlatFileWriter field(CharSequence s) {
        separator();
        if (s != null) {
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    put(c == '\t' || c == '\n' || c == '\r' ? (byte) ' ' : (byte) c);
                } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                    encode(c, s.charAt(++i));
                } else {
                    encode(c, (char) 0);
                }
            }
        }
        return this;
    }

    public FlatFileWriter field(long v) {
        scratch.setLength(0);
        return ascii(scratch.append(v));
    }

    /** An amount in minor units with the currency's digits. */
    public FlatFileWriter amount(long minor, int digits) {
        scratch.setLength(0);
        return ascii(Money.appendAmount(scratch, minor, digits));
    }

    /** An ISO 8601 date with {@code +00:00}, as the order reports show them. */
    public FlatFileWriter date(long epochMs) {
        scratch.setLength(0);
        IsoTime.appendOffset(scratch, epochMs);
        return ascii(scratch);
    }

    /** {@code yyyy-MM-dd HH:mm:ss UTC}, as listing reports show open dates. */
    public FlatFileWriter dateUtc(long epochMs) {
        scratch.setLength(0);
        IsoTime.appendDateTime(scratch, epochMs, ' ');
        return ascii(scratch.append(" UTC"));
    }

    public FlatFileWriter empty() {
        separator();
        return this;
    }

    private FlatFileWriter ascii(CharSequence s) {
        separator();
        for (int i = 0; i < s.length(); i++) {
            put((byte) s.charAt(i));
        }
        return this;
    }

    /** Writes a whole header line. */
    public FlatFileWriter header(String... names) {
        for (String n : names) {
            field(n);
        }
        return endLine();
    }

    public FlatFileWriter endLine() {
        put((byte) '\n');
        lineStart = true;
        return this;
    }

    private void separator() {
        if (!lineStart) {
            put((byte) '\t');
        }
        lineStart = false;
    }

    private void encode(char c, char low) {
        oneChar.clear();
        oneChar.put(c);
        if (low != 0) {
            oneChar.put(low);
        }
        oneChar.flip();
        encoded.clear();
        encoder.reset();
        encoder.encode(oneChar, encoded, true);
        encoder.flush(encoded);
        encoded.flip();
        while (encoded.hasRemaining()) {
            put(encoded.get());
        }
    }

    private void put(byte b) {
        if (capture != null) {
            capture.write(b);
            return;
        }
        if (pos == buf.length) {
            drain();
        }
        buf[pos++] = b;
    }

    /**
     * Diverts what is written next into a template instead of the output (see {@link #endCapture()}): big reports
     * are padded by rendering a row once and copying its bytes with a counter patched in.
     */
    public void beginCapture() {
        capture = new java.io.ByteArrayOutputStream(512);
    }

    /** The bytes written since {@link #beginCapture()}; output resumes. */
    public byte[] endCapture() {
        byte[] b = capture.toByteArray();
        capture = null;
        lineStart = true;
        return b;
    }

    /** Copies already encoded bytes (whole lines) to the output. */
    public void raw(byte[] bytes) {
        int off = 0;
        while (off < bytes.length) {
            if (pos == buf.length) {
                drain();
            }
            int n = Math.min(bytes.length - off, buf.length - pos);
            System.arraycopy(bytes, off, buf, pos, n);
            pos += n;
            off += n;
        }
        lineStart = true;
    }

    private void drain() {
        try {
            out.write(buf, 0, pos);
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
        flushed += pos;
        pos = 0;
    }

    /** Writes out what is buffered. */
    public void flush() throws IOException {
        try {
            drain();
            out.flush();
        } catch (WriteFailure e) {
            throw e.io();
        }
    }

    /** Carries an IOException through the row-writing code; unwrapped by {@link #flush()} callers. */
    public static final class WriteFailure extends RuntimeException {
        WriteFailure(IOException cause) {
            super(cause);
        }

        public IOException io() {
            return (IOException) getCause();
        }
    }
}
