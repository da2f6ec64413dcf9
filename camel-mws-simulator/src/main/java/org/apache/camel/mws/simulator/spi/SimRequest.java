package org.apache.camel.mws.simulator.spi;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * An authenticated, signature-checked request as a handler sees it.
 *
 * @param section     canonical section name from sections.csv (e.g. {@code Orders})
 * @param action      the {@code Action} parameter
 * @param sellerId    the seller acted for ({@code SellerId} or {@code Merchant})
 * @param accessKeyId the developer's access key id
 * @param params      every request parameter, decoded, without {@code Signature}
 * @param feedBody    SubmitFeed only: the request body spooled to a temporary file (deleted after the call); else null
 * @param contentType the request's Content-Type header, may be null
 * @param receivedAt  server time when the request arrived
 */
public record SimRequest(String section, String action, String sellerId, String accessKeyId,
        Map<String, String> params, Path feedBody, String contentType, Instant receivedAt) {

    /** The parameter's value, or null. */
    public String param(String name) {
        return params.get(name);
    }
}
