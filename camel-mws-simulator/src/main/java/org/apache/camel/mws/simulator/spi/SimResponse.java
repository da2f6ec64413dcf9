package org.apache.camel.mws.simulator.spi;

import java.io.IOException;
import java.io.OutputStream;

/** What a handler answers; the protocol layer adds headers, the envelope and fault injection. */
public sealed interface SimResponse {

    /**
     * A normal XML answer: the inner XML of {@code <ActionResult>}; the protocol layer wraps it in
     * {@code <ActionResponse xmlns="section namespace"><ActionResult>...</ActionResult><ResponseMetadata>...}.
     */
    record XmlResult(String resultInnerXml) implements SimResponse {
    }

    /**
     * A raw body (GetReport, GetFeedSubmissionResult): streamed, never an envelope. {@code contentMd5} is the
     * Base64 MD5 of exactly the bytes {@code body} writes, computed without holding the body in memory.
     */
    record RawBody(String contentType, long contentLength, String contentMd5, BodyWriter body) implements SimResponse {
    }

    /** Writes a raw body; may be called more than once (each call must write the same bytes). */
    @FunctionalInterface
    interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
