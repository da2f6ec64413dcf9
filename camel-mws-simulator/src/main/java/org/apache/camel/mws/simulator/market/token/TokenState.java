package org.apache.camel.mws.simulator.market.token;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.camel.mws.simulator.spi.SimException;

/** Writes and reads the compact binary state a NextToken carries. */
public final class TokenState {

    private TokenState() {
    }

    /** Builds a state. */
    public static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        private final DataOutputStream out = new DataOutputStream(bytes);

        public Writer putLong(long v) {
            try {
                out.writeLong(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public Writer putInt(int v) {
            try {
                out.writeInt(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** A nullable string. */
        public Writer putString(String v) {
            try {
                out.writeBoolean(v != null);
                if (v != null) {
                    out.writeUTF(v);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public byte[] toBytes() {
            return bytes.toByteArray();
        }
    }

    /** Reads a state; a malformed one (impossible once authenticated, but cheap to check) is NextTokenCorrupted. */
    public static final class Reader {
        private final DataInputStream in;

        public Reader(byte[] state) {
            this.in = new DataInputStream(new ByteArrayInputStream(state));
        }

        public long getLong() {
            try {
                return in.readLong();
            } catch (IOException e) {
                throw corrupted();
            }
        }

        public int getInt() {
            try {
                return in.readInt();
            } catch (IOException e) {
                throw corrupted();
            }
        }

        public String getString() {
            try {
                return in.readBoolean() ? in.readUTF() : null;
            } catch (IOException e) {
                throw corrupted();
            }
        }

        private static SimException corrupted() {
            return new SimException(400, "Sender", "NextTokenCorrupted", "The NextToken is not a valid token.");
        }
    }
}
