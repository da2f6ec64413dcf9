package org.apache.camel.component.mws;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.camel.component.mws.transport.ContentMd5;

/**
 * Computes the MD5 of a download (or of a feed being spooled) on a thread of its own, so that hashing (the CPU-bound
 * part, a few hundred MB/s per core) overlaps with receiving the body and writing it to disk instead of adding to them. The receiving thread
 * fills buffers from a small fixed pool and hands each over once written; the hashing thread gives it back when it
 * is hashed. At most {@link #BUFFERS} buffers of {@link #BUFFER_SIZE} bytes exist per download.
 */
final class OverlappedMd5 implements AutoCloseable {

    static final int BUFFER_SIZE = 256 * 1024;
    static final int BUFFERS = 4;

    private record Chunk(byte[] bytes, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], -1);

    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final MessageDigest md5 = ContentMd5.newDigest();
    private final Thread hasher;
    private volatile Throwable failure;
    private String result;

    OverlappedMd5(String name) {
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[BUFFER_SIZE]);
        }
        hasher = new Thread(this::hash, "mws-md5-" + name);
        hasher.setDaemon(true);
        hasher.start();
    }

    private void hash() {
        try {
            while (true) {
                Chunk c = full.take();
                if (c == END) {
                    return;
                }
                md5.update(c.bytes(), 0, c.length());
                free.add(c.bytes());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            failure = e;
        }
    }

    /**
     * @return a buffer to fill; waits while every buffer is being hashed
     */
    byte[] buffer() throws IOException {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the download was being hashed");
        }
    }

    /**
     * Hands a filled buffer over for hashing; it must not be touched afterwards.
     */
    void hash(byte[] buffer, int length) throws IOException {
        try {
            full.put(new Chunk(buffer, length));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the download was being hashed");
        }
    }

    /**
     * @return the Base64 MD5 of everything handed over, once hashed
     */
    String finish() throws IOException {
        try {
            full.put(END);
            hasher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the download was being hashed");
        }
        if (failure != null) {
            throw new IOException("hashing the download failed: " + failure, failure);
        }
        result = ContentMd5.toBase64(md5);
        return result;
    }

    /** Stops the hashing thread if {@link #finish()} was not reached. */
    @Override
    public void close() {
        if (result == null) {
            hasher.interrupt();
        }
    }
}
