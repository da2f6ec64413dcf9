package org.apache.camel.component.mws;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Receives bytes in one charset and writes them to the underlying stream as UTF-8. A character split across two
 * writes (a double-byte windows-31j character, for instance) is kept until its second half arrives. Bytes that are
 * not valid in the source charset become U+FFFD, as a Reader would make them.
 */
final class Utf8TranscodingOutputStream extends FilterOutputStream {

    private static final int CHARS = 64 * 1024;

    private final CharsetDecoder decoder;
    /** For single-byte charsets (windows-1252, ISO-8859-x): the UTF-8 bytes of each byte, else null. */
    private final byte[][] singleByteTable;
    private final byte[] tableOut = new byte[CHARS * 3];
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(CHARS);
    private final ByteBuffer encoded = ByteBuffer.allocate(CHARS * 3);
    /** Bytes of an incomplete character left over from the previous write (at most a few). */
    private ByteBuffer pending = ByteBuffer.allocate(16);
    private boolean closed;

    Utf8TranscodingOutputStream(OutputStream out, Charset source) {
        super(out);
        this.decoder = source.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.singleByteTable = singleByteTable(source);
    }

    /**
     * The UTF-8 form of each of the 256 bytes when the charset maps every byte to one character on its own (most
     * report charsets outside Japan); then transcoding is a table lookup per byte, several times faster than a
     * decoder and an encoder.
     */
    private static byte[][] singleByteTable(Charset source) {
        if (!source.canEncode() || source.newEncoder().maxBytesPerChar() != 1.0f) {
            return null;
        }
        CharsetDecoder decoder = source.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        byte[][] table = new byte[256][];
        for (int b = 0; b < 256; b++) {
            try {
                CharBuffer c = decoder.reset().decode(ByteBuffer.wrap(new byte[] { (byte) b }));
                if (c.length() != 1 || Character.isSurrogate(c.charAt(0))) {
                    return null;
                }
                table[b] = String.valueOf(c.charAt(0)).getBytes(StandardCharsets.UTF_8);
            } catch (java.nio.charset.CharacterCodingException e) {
                return null;
            }
        }
        return table;
    }

    private void writeByTable(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        int i = off;
        while (i < end) {
            int o = 0;
            while (i < end) {
                int room = tableOut.length - o;
                if (room < 4) {
                    break;
                }
                // a run of ASCII bytes is the same in UTF-8: copied as it is
                int runStart = i;
                int limit = Math.min(end, i + room - 3);
                while (i < limit && b[i] >= 0) {
                    i++;
                }
                int run = i - runStart;
                System.arraycopy(b, runStart, tableOut, o, run);
                o += run;
                if (i < limit) {
                    byte[] utf8 = singleByteTable[b[i++] & 0xFF];
                    for (byte u : utf8) {
                        tableOut[o++] = u;
                    }
                }
            }
            out.write(tableOut, 0, o);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (singleByteTable != null) {
            writeByTable(b, off, len);
            return;
        }
        ByteBuffer in;
        if (pending.position() > 0) {
            // rare: finish the split character first, then go on with the rest
            ByteBuffer joined = ByteBuffer.allocate(pending.position() + len);
            pending.flip();
            joined.put(pending).put(b, off, len).flip();
            pending.clear();
            in = joined;
        } else {
            in = ByteBuffer.wrap(b, off, len);
        }
        decode(in, false);
        if (in.hasRemaining()) {
            if (pending.capacity() < in.remaining()) {
                pending = ByteBuffer.allocate(in.remaining());
            }
            pending.put(in);
        }
    }

    private void decode(ByteBuffer in, boolean endOfInput) throws IOException {
        while (true) {
            CoderResult result = decoder.decode(in, chars, endOfInput);
            drainChars(false);
            if (result.isUnderflow()) {
                return;
            }
            if (result.isError()) {
                result.throwException(); // not reached with REPLACE
            }
        }
    }

    private void drainChars(boolean endOfInput) throws IOException {
        chars.flip();
        while (true) {
            CoderResult result = encoder.encode(chars, encoded, endOfInput);
            writeEncoded();
            if (result.isUnderflow()) {
                break;
            }
        }
        chars.compact();
    }

    private void writeEncoded() throws IOException {
        if (encoded.position() > 0) {
            out.write(encoded.array(), 0, encoded.position());
            encoded.clear();
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (singleByteTable != null) {
                return;
            }
            pending.flip();
            decode(pending, true);
            while (decoder.flush(chars).isOverflow()) {
                drainChars(false);
            }
            drainChars(true);
            while (encoder.flush(encoded).isOverflow()) {
                writeEncoded();
            }
            writeEncoded();
        } finally {
            super.close();
        }
    }
}
