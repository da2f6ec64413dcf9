package org.apache.camel.component.mws.transport;

import java.io.IOException;
import java.io.InputStream;

/**
 * Receives a successful (2xx) answer as a stream, for the actions whose body is a raw document of any size
 * (GetReport, GetFeedSubmissionResult). The stream is closed by the transport after the handler returns; a handler
 * must not keep it.
 *
 * @param <T> what the handler makes of the body
 */
@FunctionalInterface
public interface RawResponseHandler<T> {

    /**
     * @param  head        the status and headers of the answer (Content-Type, Content-MD5, x-mws-request-id, ...)
     * @param  body        the body as it arrives, never held in memory by the transport
     * @return             what the handler made of it
     * @throws IOException when reading the body or writing it somewhere failed
     */
    T handle(MwsResponseHead head, InputStream body) throws IOException;
}
