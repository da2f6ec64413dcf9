package org.apache.camel.component.mws.transport;

import java.nio.charset.StandardCharsets;

/**
 * A successful MWS answer read into memory (bounded by {@code maxResponseSize}).
 *
 * @param call the call that was answered
 * @param head status and headers
 * @param body the body bytes
 */
public record MwsResponse(MwsCall call, MwsResponseHead head, byte[] body) {

    /**
     * @return the body decoded with the charset of its Content-Type (UTF-8 when none)
     */
    public String bodyAsString() {
        return new String(body, head.charset(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "MwsResponse[" + call.operationName() + " " + head + ", " + body.length + " bytes]";
    }
}
