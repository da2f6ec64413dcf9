package org.apache.camel.component.mws.transport;

import java.nio.file.Path;

/**
 * The body of a SubmitFeed: a file streamed as it is, with the feed's own Content-Type. Being a file it can be sent
 * again after a throttled answer, and its MD5 ({@code ContentMD5Value}) is computed before sending.
 *
 * @param file        the feed on disk
 * @param contentType the feed's Content-Type, e.g. {@code text/xml} or
 *                    {@code text/tab-separated-values; charset=iso-8859-1}
 */
public record FeedBody(Path file, String contentType) {

    public FeedBody {
        if (file == null) {
            throw new IllegalArgumentException("A SubmitFeed needs a feed file");
        }
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("A SubmitFeed needs the feed's Content-Type");
        }
    }
}
