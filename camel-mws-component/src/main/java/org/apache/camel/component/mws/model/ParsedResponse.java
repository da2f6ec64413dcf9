package org.apache.camel.component.mws.model;

/**
 * A successful MWS response: the {@code ...Result} object of the operation and the {@code RequestId} of its
 * {@code ResponseMetadata} (null when the server sent none).
 *
 * @param result    the unmarshalled {@code {Action}Result} (null when the envelope carried no result element)
 * @param requestId the request id from {@code ResponseMetadata/RequestId}
 */
public record ParsedResponse(Object result, String requestId) {
}
