package org.apache.camel.component.mws.transport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.FileEntity;
import org.apache.hc.core5.util.Args;

/**
 * A feed file as the body of a SubmitFeed, written to the connection in blocks of {@link #BLOCK_SIZE} bytes.
 * HttpCore's {@link FileEntity} copies 4 KiB at a time into an 8 KiB session buffer, so a feed of hundreds of MB
 * costs a socket write per 8 KiB; a block larger than that buffer goes to the socket as it is.
 */
final class FeedFileEntity extends FileEntity {

    static final int BLOCK_SIZE = 256 * 1024;

    FeedFileEntity(File file, ContentType contentType) {
        super(file, contentType);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        Args.notNull(out, "Output stream");
        try (InputStream in = getContent()) {
            byte[] block = new byte[BLOCK_SIZE];
            int n;
            while ((n = in.read(block)) != -1) {
                out.write(block, 0, n);
            }
        }
    }
}
